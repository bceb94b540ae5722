#include <limits.h>
#include "selftest.h"
int checked_add(int a, int b, int *out);
int checked_mul(int a, int b, int *out);
int saturating_add(int a, int b);
unsigned char saturating_u8_add(unsigned char a, unsigned char b);
unsigned wrapping_mul(unsigned a, unsigned b);
int builtin_overflow_add(long a, long b, long *out);

int main(void) {
  int r = 0;
  long lr = 0;
  CHECK(checked_add(1, 2, &r) && r == 3);
  CHECK(!checked_add(INT_MAX, 1, &r));
  CHECK(!checked_add(INT_MIN, -1, &r));
  CHECK(checked_add(INT_MIN, INT_MAX, &r) && r == -1);
  CHECK(checked_mul(46340, 46340, &r) && r == 2147395600);
  CHECK(!checked_mul(46341, 46341, &r));
  CHECK(checked_mul(-65536, 32768, &r) && r == INT_MIN);
  CHECK_EQ(saturating_add(INT_MAX - 5, 10), INT_MAX);
  CHECK_EQ(saturating_add(INT_MIN + 5, -10), INT_MIN);
  CHECK_EQ(saturating_add(-5, 10), 5);
  CHECK_EQ(saturating_u8_add(200, 100), 255);
  CHECK_EQ(saturating_u8_add(20, 100), 120);
  CHECK_EQ(wrapping_mul(65536u, 65536u), 0);
  CHECK_EQ(wrapping_mul(4294967295u, 3u), 4294967293u);
  CHECK(builtin_overflow_add(LONG_MAX, 1, &lr));
  CHECK(!builtin_overflow_add(40, 2, &lr) && lr == 42);
  return st_finish("022_int_overflow_checks");
}
