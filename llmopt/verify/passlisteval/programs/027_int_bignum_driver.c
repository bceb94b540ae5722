#include "selftest.h"
void big_set(unsigned *a, unsigned v);
void big_add(unsigned *a, const unsigned *b);
void big_mul_small(unsigned *a, unsigned m);
unsigned big_div_small(unsigned *a, unsigned d);
int big_digit_sum(unsigned *a);

int main(void) {
  unsigned a[40], b[40];
  big_set(a, 1);
  for (unsigned i = 2; i <= 100; i++) big_mul_small(a, i);
  /* Project Euler 20: the digit sum of 100! is 648. */
  CHECK_EQ(big_digit_sum(a), 648);
  big_set(a, 1);
  for (int i = 0; i < 100; i++) big_mul_small(a, 2);
  CHECK_EQ(big_digit_sum(a), 115); /* digit sum of 2^100 */
  big_set(a, 0xffffffffu);
  big_set(b, 1);
  big_add(a, b);
  CHECK_EQ(a[0], 0);
  CHECK_EQ(a[1], 1);
  big_set(a, 1000);
  CHECK_EQ(big_div_small(a, 7), 6);
  CHECK_EQ(a[0], 142);
  return st_finish("027_int_bignum");
}
