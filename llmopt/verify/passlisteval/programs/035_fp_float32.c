/* Floating point: single precision arithmetic, float/double/int conversions and rounding. */
float lerp_f(float a, float b, float t) { return a + (b - a) * t; }
float sum_f(const float *v, int n) {
  float s = 0.0f;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
int to_int_trunc(float x) { return (int)x; }
long round_half_away(double x) { return x < 0 ? -(long)(-x + 0.5) : (long)(x + 0.5); }
float narrow(double x) { return (float)x; }
double widen(float x) { return x; }
unsigned to_unsigned(double x) { return (unsigned)x; }
double from_long(long v) { return (double)v; }
float from_uint(unsigned v) { return (float)v; }
