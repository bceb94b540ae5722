#include "selftest.h"
int solve(int n, double a[6][6], double *b, double *x);
double det3(double m[3][3]);

int main(void) {
  double a[6][6] = {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
  double b[6] = {8, -11, -3}, x[6] = {0};
  CHECK(solve(3, a, b, x));
  CHECK_NEAR(x[0], 2.0, 1e-12);
  CHECK_NEAR(x[1], 3.0, 1e-12);
  CHECK_NEAR(x[2], -1.0, 1e-12);
  double s[6][6] = {{1, 2}, {2, 4}};
  double sb[6] = {1, 2};
  CHECK(!solve(2, s, sb, x));
  double m[3][3] = {{6, 1, 1}, {4, -2, 5}, {2, 8, 7}};
  CHECK_NEAR(det3(m), -306.0, 1e-12);
  double h[6][6], hb[6], want[6] = {1, -2, 3, -4, 5, -6};
  for (int i = 0; i < 6; i++) {
    hb[i] = 0;
    for (int j = 0; j < 6; j++) {
      h[i][j] = 1.0 / (i + j + 1) + (i == j);
      hb[i] += h[i][j] * want[j];
    }
  }
  CHECK(solve(6, h, hb, x));
  for (int i = 0; i < 6; i++) CHECK_NEAR(x[i], want[i], 1e-9);
  return st_finish("040_fp_matrix_solve");
}
