/* Floating point: numerical integration (trapezoid, Simpson) with a function-pointer integrand. */
double trapezoid(double (*f)(double), double a, double b, int n) {
  double h = (b - a) / n, s = 0.5 * (f(a) + f(b));
  for (int i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}

double simpson(double (*f)(double), double a, double b, int n) {
  double h = (b - a) / n, s = f(a) + f(b);
  for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4.0 : 2.0);
  return s * h / 3.0;
}

double square(double x) { return x * x; }
double cubic(double x) { return x * x * x - x; }
double reciprocal(double x) { return 1.0 / x; }
