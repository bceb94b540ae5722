#include <math.h>
#include "selftest.h"
double newton_sqrt(double a);
double newton_cbrt(double a);
double bisect_root(double lo, double hi);

int main(void) {
  CHECK_NEAR(newton_sqrt(2.0), 1.4142135623730951, 1e-15);
  CHECK_NEAR(newton_sqrt(1e10), 1e5, 1e-9);
  CHECK_NEAR(newton_sqrt(0.25), 0.5, 1e-15);
  CHECK_EQ(newton_sqrt(-4.0) == 0.0, 1);
  for (double a = 0.5; a < 1000.0; a *= 3.7) CHECK_NEAR(newton_sqrt(a), sqrt(a), 1e-12 * sqrt(a));
  CHECK_NEAR(newton_cbrt(27.0), 3.0, 1e-12);
  CHECK_NEAR(newton_cbrt(2.0), cbrt(2.0), 1e-12);
  CHECK_NEAR(bisect_root(2.0, 3.0), 2.0945514815423265, 1e-12);
  return st_finish("031_fp_newton");
}
