#include "selftest.h"
unsigned long power_mod(unsigned long base, unsigned exp, unsigned long mod);
long binomial(int n, int k);
int digit_root(long n);

int main(void) {
  CHECK_EQ(power_mod(2, 10, 100000), 1024);
  CHECK_EQ(power_mod(3, 0, 7), 1);
  CHECK_EQ(power_mod(7, 13, 1), 0);
  /* Fermat: a^(p-1) = 1 mod p. */
  CHECK_EQ(power_mod(12345, 1000002, 1000003), 1);
  CHECK_EQ(binomial(5, 2), 10);
  CHECK_EQ(binomial(10, 5), 252);
  CHECK_EQ(binomial(20, 10), 184756);
  CHECK_EQ(binomial(4, 7), 0);
  CHECK_EQ(digit_root(0), 0);
  CHECK_EQ(digit_root(987654321), 9);
  CHECK_EQ(digit_root(493193), 2);
  return st_finish("017_rec_power_binom");
}
