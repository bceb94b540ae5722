/* Bit manipulation: arithmetic vs logical shifts, shifts by variable amounts, multi-word shifts. */
#include <stdint.h>

int32_t ashr(int32_t x, unsigned n) { return x >> n; }
uint32_t lshr(uint32_t x, unsigned n) { return x >> n; }
uint64_t shl64(uint64_t x, unsigned n) { return n >= 64 ? 0 : x << n; }

void shl128(uint64_t *hi, uint64_t *lo, unsigned n) {
  if (n == 0) return;
  if (n >= 64) {
    *hi = *lo << (n - 64);
    *lo = 0;
  } else {
    *hi = (*hi << n) | (*lo >> (64 - n));
    *lo <<= n;
  }
}

int32_t round_shift(int32_t x, unsigned n) { return (int32_t)(((int64_t)x + (1ll << (n - 1))) >> n); }
uint32_t mask_range(unsigned lo, unsigned hi) { return (hi >= 31 ? 0xffffffffu : (1u << (hi + 1)) - 1) & ~((1u << lo) - 1); }
