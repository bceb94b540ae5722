#include <stdint.h>
#include "selftest.h"
uint32_t xorshift32(uint32_t *s);
uint64_t xoshiro256ss(uint64_t s[4]);
int count_true_bits(uint32_t seed, int draws);

static uint32_t ref_xorshift(uint32_t x) {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}

int main(void) {
  uint32_t s = 1, r = 1;
  CHECK_EQ(xorshift32(&s), 270369);
  for (int i = 0; i < 100; i++) {
    r = ref_xorshift(r);
    if (i > 0) xorshift32(&s);
  }
  CHECK_EQ(s, r);
  uint64_t st[4] = {1, 2, 3, 4};
  CHECK(xoshiro256ss(st) == 11520ull);
  CHECK(xoshiro256ss(st) == 0ull);
  CHECK(xoshiro256ss(st) == 1509978240ull);
  int ones = 0;
  uint32_t seed = 7;
  for (int i = 0; i < 100; i++) ones += __builtin_popcount(xorshift32(&seed));
  CHECK_EQ(count_true_bits(7, 3200), 0 + count_true_bits(7, 3200));
  int total = 0;
  seed = 7;
  for (int i = 0; i < 100; i++) total += (int)(xorshift32(&seed) != 0);
  CHECK_EQ(total, 100);
  CHECK(ones > 1400 && ones < 1800);
  /* Bits drawn one at a time from fresh words equal the words' popcount sum. */
  CHECK_EQ(count_true_bits(7, 3200), ones);
  return st_finish("050_bits_xorshift");
}
