#include "selftest.h"
float lerp_f(float a, float b, float t);
float sum_f(const float *v, int n);
int to_int_trunc(float x);
long round_half_away(double x);
float narrow(double x);
double widen(float x);
unsigned to_unsigned(double x);
double from_long(long v);
float from_uint(unsigned v);

int main(void) {
  float v[1000];
  for (int i = 0; i < 1000; i++) v[i] = 0.1f;
  CHECK_NEAR(lerp_f(2.0f, 4.0f, 0.25f), 2.5, 0.0);
  CHECK_NEAR(sum_f(v, 1000), 99.99905, 1e-4);
  CHECK(sum_f(v, 1000) != 100.0f); /* float accumulation error is part of the expected result */
  CHECK_EQ(to_int_trunc(-2.9f), -2);
  CHECK_EQ(to_int_trunc(2.9f), 2);
  CHECK_EQ(round_half_away(2.5), 3);
  CHECK_EQ(round_half_away(-2.5), -3);
  CHECK_EQ(round_half_away(-2.4), -2);
  CHECK_NEAR(widen(narrow(0.1)), 0.10000000149011612, 0.0);
  CHECK_EQ(to_unsigned(4000000000.0), 4000000000u);
  CHECK_NEAR(from_long(9007199254740993L), 9007199254740992.0, 0.0);
  CHECK_NEAR(from_uint(16777217u), 16777216.0, 0.0);
  return st_finish("035_fp_float32");
}
