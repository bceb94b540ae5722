#include "selftest.h"
double hypot_manual(double a, double b);
double power_int(double x, int n);
double square_pow(double x);
double floor_ceil_sum(double x);
double wrap_angle(double a);
double log_ratio(double a, double b);
double distance_abs(double a, double b);
float sqrt_f(float x);
double round_to(double x, int digits);

int main(void) {
  CHECK_NEAR(hypot_manual(5, 12), 13.0, 0.0);
  CHECK_NEAR(power_int(2.0, 10), 1024.0, 0.0);
  CHECK_NEAR(power_int(2.0, -2), 0.25, 0.0);
  CHECK_NEAR(square_pow(-3.0), 9.0, 0.0);
  CHECK_NEAR(floor_ceil_sum(2.5), 5.0, 0.0);
  CHECK_NEAR(floor_ceil_sum(-2.5), -5.0, 0.0);
  CHECK_NEAR(floor_ceil_sum(3.0), 6.0, 0.0);
  CHECK_NEAR(wrap_angle(-90.0), 270.0, 0.0);
  CHECK_NEAR(wrap_angle(725.0), 5.0, 0.0);
  CHECK_NEAR(log_ratio(100.0, 10.0), 2.302585092994046, 1e-15);
  CHECK_NEAR(distance_abs(-2.0, 3.5), 5.5, 0.0);
  CHECK_NEAR(sqrt_f(2.25f), 1.5, 0.0);
  CHECK_NEAR(round_to(3.14159, 2), 3.14, 1e-15);
  return st_finish("039_fp_libm");
}
