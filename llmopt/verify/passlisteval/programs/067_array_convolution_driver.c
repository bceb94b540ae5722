#include "selftest.h"
void convolve(const int *a, int na, const int *b, int nb, long *out);
void moving_average(const double *v, int n, int window, double *out);
long poly_eval(const long *coeffs, int n, long x);

int main(void) {
  int a[] = {1, 2, 3}, b[] = {0, 1, 1, 4};
  long out[8];
  convolve(a, 3, b, 4, out);
  long want[] = {0, 1, 3, 9, 11, 12};
  for (int i = 0; i < 6; i++) CHECK_EQ(out[i], want[i]);
  /* (x + 1)^2 * (x - 1) = x^3 + x^2 - x - 1 */
  int p[] = {1, 2, 1}, q[] = {-1, 1};
  convolve(p, 3, q, 2, out);
  CHECK_EQ(out[0], -1);
  CHECK_EQ(out[1], -1);
  CHECK_EQ(out[2], 1);
  CHECK_EQ(out[3], 1);
  CHECK_EQ(poly_eval(out, 4, 3), 27 + 9 - 3 - 1);
  double v[] = {2, 4, 6, 8, 10}, avg[5];
  moving_average(v, 5, 2, avg);
  CHECK_NEAR(avg[0], 2.0, 0.0);
  CHECK_NEAR(avg[1], 3.0, 0.0);
  CHECK_NEAR(avg[4], 9.0, 0.0);
  return st_finish("067_array_convolution");
}
