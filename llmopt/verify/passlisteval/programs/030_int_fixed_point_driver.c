#include "selftest.h"
typedef int fixed;
fixed fix_from_int(int v);
fixed fix_mul(fixed a, fixed b);
fixed fix_div(fixed a, fixed b);
fixed fix_sqrt(fixed a);
fixed fix_poly(const fixed *coeffs, int n, fixed x);

int main(void) {
  CHECK_EQ(fix_mul(fix_from_int(3), fix_from_int(4)), fix_from_int(12));
  CHECK_EQ(fix_mul(32768, 32768), 16384); /* 0.5 * 0.5 = 0.25 */
  CHECK_EQ(fix_mul(fix_from_int(-2), 98304), fix_from_int(-3));
  CHECK_EQ(fix_div(fix_from_int(1), fix_from_int(4)), 16384);
  CHECK_EQ(fix_div(fix_from_int(-9), fix_from_int(3)), fix_from_int(-3));
  CHECK_EQ(fix_sqrt(fix_from_int(16)), fix_from_int(4));
  CHECK_EQ(fix_sqrt(fix_from_int(144)), fix_from_int(12));
  fixed s2 = fix_sqrt(fix_from_int(2));
  CHECK(s2 >= 92681 && s2 <= 92682); /* sqrt(2) * 65536 = 92681.9 */
  fixed c[3] = {fix_from_int(1), fix_from_int(2), fix_from_int(3)}; /* 1 + 2x + 3x^2 */
  CHECK_EQ(fix_poly(c, 3, fix_from_int(2)), fix_from_int(17));
  CHECK_EQ(fix_poly(c, 3, 32768), fix_from_int(2) + 49152); /* 1 + 1 + 0.75 */
  return st_finish("030_int_fixed_point");
}
