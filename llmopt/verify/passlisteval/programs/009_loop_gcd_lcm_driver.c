#include "selftest.h"
unsigned gcd_euclid(unsigned a, unsigned b);
unsigned gcd_binary(unsigned a, unsigned b);
unsigned long lcm_all(const unsigned *v, int n);

static unsigned gcd_slow(unsigned a, unsigned b) {
  unsigned g = 1;
  for (unsigned d = 1; d <= a && d <= b; d++)
    if (a % d == 0 && b % d == 0) g = d;
  return a == 0 ? b : b == 0 ? a : g;
}

int main(void) {
  CHECK_EQ(gcd_euclid(48, 18), 6);
  CHECK_EQ(gcd_euclid(17, 5), 1);
  CHECK_EQ(gcd_binary(48, 18), 6);
  CHECK_EQ(gcd_binary(0, 9), 9);
  for (unsigned a = 0; a < 40; a += 3)
    for (unsigned b = 1; b < 40; b += 5) {
      CHECK_EQ(gcd_euclid(a, b), gcd_slow(a, b));
      CHECK_EQ(gcd_binary(a, b), gcd_slow(a, b));
    }
  unsigned v[] = {2, 3, 4, 5, 6};
  CHECK_EQ(lcm_all(v, 5), 60);
  return st_finish("009_loop_gcd_lcm");
}
