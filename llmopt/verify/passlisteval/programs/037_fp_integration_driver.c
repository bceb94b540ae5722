#include "selftest.h"
double trapezoid(double (*f)(double), double a, double b, int n);
double simpson(double (*f)(double), double a, double b, int n);
double square(double x);
double cubic(double x);
double reciprocal(double x);

int main(void) {
  CHECK_NEAR(simpson(square, 0.0, 3.0, 10), 9.0, 1e-12);
  CHECK_NEAR(simpson(cubic, 0.0, 2.0, 10), 2.0, 1e-12);
  CHECK_NEAR(trapezoid(square, 0.0, 1.0, 1000), 1.0 / 3.0, 1e-6);
  CHECK_NEAR(simpson(reciprocal, 1.0, 2.718281828459045, 200), 1.0, 1e-8);
  CHECK_NEAR(trapezoid(cubic, -1.0, 1.0, 100), 0.0, 1e-12);
  return st_finish("037_fp_integration");
}
