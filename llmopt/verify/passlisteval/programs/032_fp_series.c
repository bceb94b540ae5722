/* Floating point: series summation (exp, sin by Taylor series, pi by Leibniz/Nilakantha), Kahan summation. */
double taylor_exp(double x) {
  double term = 1.0, sum = 1.0;
  for (int n = 1; n < 40; n++) {
    term *= x / n;
    sum += term;
  }
  return sum;
}

double taylor_sin(double x) {
  double term = x, sum = x;
  for (int n = 1; n < 20; n++) {
    term *= -x * x / ((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}

double nilakantha_pi(int terms) {
  double pi = 3.0, sign = 1.0;
  for (int i = 0; i < terms; i++) {
    double k = 2.0 + 2.0 * i;
    pi += sign * 4.0 / (k * (k + 1.0) * (k + 2.0));
    sign = -sign;
  }
  return pi;
}

double kahan_sum(const double *v, int n) {
  double sum = 0.0, c = 0.0;
  for (int i = 0; i < n; i++) {
    double y = v[i] - c;
    double t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}
