#include "selftest.h"
double mean(const double *v, int n);
double variance_welford(const double *v, int n);
void linear_fit(const double *x, const double *y, int n, double *slope, double *intercept);
double rms(const double *v, int n);

int main(void) {
  double v[] = {2, 4, 4, 4, 5, 5, 7, 9};
  double x[20], y[20], slope = 0, intercept = 0;
  CHECK_NEAR(mean(v, 8), 5.0, 1e-15);
  CHECK_NEAR(variance_welford(v, 8), 32.0 / 7.0, 1e-14);
  CHECK_NEAR(variance_welford(v, 1), 0.0, 0.0);
  for (int i = 0; i < 20; i++) {
    x[i] = i * 0.5;
    y[i] = 3.25 * x[i] - 1.5;
  }
  linear_fit(x, y, 20, &slope, &intercept);
  CHECK_NEAR(slope, 3.25, 1e-12);
  CHECK_NEAR(intercept, -1.5, 1e-12);
  double w[] = {3, 4};
  CHECK_NEAR(rms(w, 2), 3.5355339059327378, 1e-15);
  return st_finish("033_fp_stats");
}
