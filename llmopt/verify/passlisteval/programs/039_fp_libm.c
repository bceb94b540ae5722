/* Floating point: calls into libm that optimizers may fold or turn into intrinsics (pow, fabs, floor, fmod...). */
#include <math.h>

double hypot_manual(double a, double b) { return sqrt(a * a + b * b); }
double power_int(double x, int n) { return pow(x, n); }
double square_pow(double x) { return pow(x, 2.0); }
double floor_ceil_sum(double x) { return floor(x) + ceil(x); }
double wrap_angle(double a) {
  double r = fmod(a, 360.0);
  return r < 0 ? r + 360.0 : r;
}
double log_ratio(double a, double b) { return log(a) - log(b); }
double distance_abs(double a, double b) { return fabs(a - b); }
float sqrt_f(float x) { return sqrtf(x); }
double round_to(double x, int digits) {
  double scale = pow(10.0, digits);
  return round(x * scale) / scale;
}
