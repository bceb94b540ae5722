#include "selftest.h"
long ext_gcd(long a, long b, long *x, long *y);
long mod_inverse(long a, long m);
int miller_rabin(unsigned long n);

int main(void) {
  long x, y;
  CHECK_EQ(ext_gcd(240, 46, &x, &y), 2);
  CHECK_EQ(240 * x + 46 * y, 2);
  CHECK_EQ(mod_inverse(3, 11), 4);
  CHECK_EQ(mod_inverse(10, 17), 12);
  CHECK_EQ(mod_inverse(6, 9), -1);
  for (long a = 1; a < 97; a++) CHECK_EQ(a * mod_inverse(a, 97) % 97, 1);
  CHECK(miller_rabin(2));
  CHECK(miller_rabin(1000000007ul));
  CHECK(!miller_rabin(561));
  CHECK(miller_rabin(18446744073709551557ul));
  CHECK(!miller_rabin(18446744073709551615ul));
  int count = 0;
  for (unsigned long n = 0; n < 1000; n++) count += miller_rabin(n);
  CHECK_EQ(count, 168);
  return st_finish("025_int_modular");
}
