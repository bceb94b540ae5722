#include "selftest.h"
struct cplx {
  double re, im;
};
struct cplx c_mul(struct cplx a, struct cplx b);
int mandel_iterations(double cre, double cim, int limit);
long mandel_area_count(int size, int limit);

static long reference_count(int size, int limit) {
  long inside = 0;
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++) {
      double cre = -2.0 + 2.5 * x / size, cim = -1.25 + 2.5 * y / size, zr = 0, zi = 0;
      int i = 0;
      while (i < limit && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cre;
        zi = zr * zi + zi * zr + cim;
        zr = t;
        i++;
      }
      inside += i == limit;
    }
  return inside;
}

int main(void) {
  struct cplx i = {0.0, 1.0}, r = c_mul(i, i);
  CHECK_NEAR(r.re, -1.0, 0.0);
  CHECK_NEAR(r.im, 0.0, 0.0);
  CHECK_EQ(mandel_iterations(0.0, 0.0, 50), 50);
  CHECK_EQ(mandel_iterations(2.0, 2.0, 50), 1);
  CHECK_EQ(mandel_iterations(-1.0, 0.0, 50), 50);
  CHECK_EQ(mandel_area_count(40, 60), reference_count(40, 60));
  return st_finish("036_fp_complex_math");
}
