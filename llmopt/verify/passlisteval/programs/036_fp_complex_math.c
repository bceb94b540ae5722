/* Floating point: complex arithmetic by hand (struct of doubles), Mandelbrot iteration counts. */
struct cplx {
  double re, im;
};

struct cplx c_mul(struct cplx a, struct cplx b) {
  struct cplx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
  return r;
}

struct cplx c_add(struct cplx a, struct cplx b) {
  struct cplx r = {a.re + b.re, a.im + b.im};
  return r;
}

double c_abs2(struct cplx a) { return a.re * a.re + a.im * a.im; }

int mandel_iterations(double cre, double cim, int limit) {
  struct cplx z = {0.0, 0.0}, c = {cre, cim};
  int i = 0;
  while (i < limit && c_abs2(z) <= 4.0) {
    z = c_add(c_mul(z, z), c);
    i++;
  }
  return i;
}

long mandel_area_count(int size, int limit) {
  long inside = 0;
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++) {
      double cre = -2.0 + 2.5 * x / size, cim = -1.25 + 2.5 * y / size;
      if (mandel_iterations(cre, cim, limit) == limit) inside++;
    }
  return inside;
}
