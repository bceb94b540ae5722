/* Floating point: mean, variance (Welford), linear regression, RMS over arrays. */
#include <math.h>

double mean(const double *v, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += v[i];
  return n ? s / n : 0.0;
}

double variance_welford(const double *v, int n) {
  double m = 0.0, m2 = 0.0;
  for (int i = 0; i < n; i++) {
    double delta = v[i] - m;
    m += delta / (i + 1);
    m2 += delta * (v[i] - m);
  }
  return n > 1 ? m2 / (n - 1) : 0.0;
}

void linear_fit(const double *x, const double *y, int n, double *slope, double *intercept) {
  double mx = mean(x, n), my = mean(y, n), sxy = 0.0, sxx = 0.0;
  for (int i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
  }
  *slope = sxy / sxx;
  *intercept = my - *slope * mx;
}

double rms(const double *v, int n) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += v[i] * v[i];
  return sqrt(s / n);
}
