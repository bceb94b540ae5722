/* Bit manipulation: classic tricks (power of two, next power of two, lowest set bit, sign extend, gray code). */
#include <stdint.h>

int is_pow2(uint32_t x) { return x && !(x & (x - 1)); }

uint32_t next_pow2(uint32_t x) {
  if (x <= 1) return 1;
  x--;
  x |= x >> 1;
  x |= x >> 2;
  x |= x >> 4;
  x |= x >> 8;
  x |= x >> 16;
  return x + 1;
}

uint32_t lowest_set(uint32_t x) { return x & (0u - x); }
uint32_t clear_lowest(uint32_t x) { return x & (x - 1); }

int32_t sign_extend(uint32_t x, unsigned bits) {
  uint32_t m = 1u << (bits - 1);
  x &= (bits == 32) ? 0xffffffffu : ((1u << bits) - 1);
  return (int32_t)((x ^ m) - m);
}

uint32_t to_gray(uint32_t x) { return x ^ (x >> 1); }

uint32_t from_gray(uint32_t g) {
  uint32_t x = g;
  while (g >>= 1) x ^= g;
  return x;
}

int count_leading_zeros_manual(uint32_t x) {
  int n = 0;
  if (x == 0) return 32;
  while (!(x & 0x80000000u)) {
    x <<= 1;
    n++;
  }
  return n;
}
