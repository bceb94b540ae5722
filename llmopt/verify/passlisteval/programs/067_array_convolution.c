/* Arrays: 1-D convolution, polynomial multiplication, and moving averages. */
void convolve(const int *a, int na, const int *b, int nb, long *out) {
  for (int i = 0; i < na + nb - 1; i++) out[i] = 0;
  for (int i = 0; i < na; i++)
    for (int j = 0; j < nb; j++) out[i + j] += (long)a[i] * b[j];
}

void moving_average(const double *v, int n, int window, double *out) {
  double s = 0;
  for (int i = 0; i < n; i++) {
    s += v[i];
    if (i >= window) s -= v[i - window];
    out[i] = s / (i + 1 < window ? i + 1 : window);
  }
}

long poly_eval(const long *coeffs, int n, long x) {
  long acc = 0;
  for (int i = n - 1; i >= 0; i--) acc = acc * x + coeffs[i];
  return acc;
}
