#include <stdint.h>
#include "selftest.h"
void bs_clear_all(uint64_t *bs);
void bs_set(uint64_t *bs, unsigned bit);
void bs_reset(uint64_t *bs, unsigned bit);
int bs_test(const uint64_t *bs, unsigned bit);
int bs_count(const uint64_t *bs);
int bs_next(const uint64_t *bs, int from);
void bs_and(uint64_t *dst, const uint64_t *a, const uint64_t *b);

int main(void) {
  uint64_t a[8], b[8], c[8];
  bs_clear_all(a);
  bs_clear_all(b);
  for (unsigned i = 0; i < 512; i += 3) bs_set(a, i);
  for (unsigned i = 0; i < 512; i += 5) bs_set(b, i);
  CHECK_EQ(bs_count(a), 171);
  CHECK_EQ(bs_count(b), 103);
  bs_and(c, a, b);
  CHECK_EQ(bs_count(c), 35);
  CHECK(bs_test(c, 15));
  CHECK(!bs_test(c, 16));
  bs_reset(c, 15);
  CHECK(!bs_test(c, 15));
  CHECK_EQ(bs_next(c, 1), 30);
  CHECK_EQ(bs_next(c, 500), 510);
  CHECK_EQ(bs_next(c, 511), -1);
  int visited = 0;
  for (int bit = bs_next(a, 0); bit >= 0; bit = bs_next(a, bit + 1)) visited++;
  CHECK_EQ(visited, 171);
  return st_finish("043_bits_bitset");
}
