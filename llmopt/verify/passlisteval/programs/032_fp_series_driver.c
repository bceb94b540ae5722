#include <math.h>
#include "selftest.h"
double taylor_exp(double x);
double taylor_sin(double x);
double nilakantha_pi(int terms);
double kahan_sum(const double *v, int n);

int main(void) {
  static double v[10001];
  CHECK_NEAR(taylor_exp(1.0), 2.718281828459045, 1e-14);
  CHECK_NEAR(taylor_exp(-2.0), exp(-2.0), 1e-14);
  CHECK_NEAR(taylor_sin(0.5), sin(0.5), 1e-15);
  CHECK_NEAR(taylor_sin(3.0), sin(3.0), 1e-13);
  CHECK_NEAR(nilakantha_pi(1000), 3.141592653589793, 1e-9);
  v[0] = 1.0;
  for (int i = 1; i <= 10000; i++) v[i] = 1e-16;
  /* Naive summation loses every 1e-16; compensated summation keeps them. */
  CHECK_NEAR(kahan_sum(v, 10001), 1.0 + 1e-12, 1e-15);
  return st_finish("032_fp_series");
}
