/* Floating point: Newton iteration (square root, cube root), bisection for a polynomial root. */
double newton_sqrt(double a) {
  if (a <= 0.0) return 0.0;
  double x = a > 1.0 ? a : 1.0;
  for (int i = 0; i < 100; i++) {
    double next = 0.5 * (x + a / x);
    if (next >= x) break;
    x = next;
  }
  return x;
}

double newton_cbrt(double a) {
  double x = a > 1.0 ? a / 3.0 : 1.0;
  for (int i = 0; i < 200; i++) x = x - (x * x * x - a) / (3.0 * x * x);
  return x;
}

double bisect_root(double lo, double hi) {
  /* root of x^3 - 2x - 5 (Wallis' equation) */
  for (int i = 0; i < 80; i++) {
    double mid = 0.5 * (lo + hi);
    double f = mid * mid * mid - 2.0 * mid - 5.0;
    if (f > 0.0)
      hi = mid;
    else
      lo = mid;
  }
  return 0.5 * (lo + hi);
}
