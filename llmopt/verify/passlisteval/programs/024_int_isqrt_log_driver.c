#include "selftest.h"
unsigned long isqrt_newton(unsigned long n);
unsigned isqrt_bits(unsigned n);
int ilog10(unsigned long n);
int is_perfect_square(unsigned long n);

int main(void) {
  CHECK_EQ(isqrt_newton(0), 0);
  CHECK_EQ(isqrt_newton(15), 3);
  CHECK_EQ(isqrt_newton(16), 4);
  CHECK(isqrt_newton(18446744073709551615ul) == 4294967295ul);
  for (unsigned n = 0; n < 3000; n += 7) {
    unsigned r = isqrt_bits(n);
    CHECK(r * r <= n && (r + 1) * (r + 1) > n);
    CHECK_EQ(isqrt_newton(n), r);
  }
  CHECK_EQ(isqrt_bits(4294967295u), 65535);
  CHECK_EQ(ilog10(9), 0);
  CHECK_EQ(ilog10(10), 1);
  CHECK_EQ(ilog10(18446744073709551615ul), 19);
  CHECK(is_perfect_square(1 << 20));
  CHECK(!is_perfect_square(99));
  return st_finish("024_int_isqrt_log");
}
