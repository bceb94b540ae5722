#include <stdint.h>
#include "selftest.h"
int popcount_loop(uint32_t x);
int popcount_kernighan(uint64_t x);
int popcount_swar(uint32_t x);
int parity(uint32_t x);

int main(void) {
  CHECK_EQ(popcount_loop(0), 0);
  CHECK_EQ(popcount_loop(0xffffffffu), 32);
  CHECK_EQ(popcount_swar(0xf0f0f0f0u), 16);
  CHECK_EQ(popcount_kernighan(0xffffffffffffffffull), 64);
  CHECK_EQ(popcount_kernighan(0x8000000000000001ull), 2);
  uint32_t x = 2463534242u;
  for (int i = 0; i < 200; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    CHECK_EQ(popcount_loop(x), __builtin_popcount(x));
    CHECK_EQ(popcount_swar(x), popcount_kernighan(x));
    CHECK_EQ(parity(x), __builtin_popcount(x) & 1);
  }
  return st_finish("041_bits_popcount");
}
