/* Bit manipulation: xorshift/xoshiro generators and a bit-level reservoir of random booleans. */
#include <stdint.h>

uint32_t xorshift32(uint32_t *s) {
  uint32_t x = *s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *s = x;
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t xoshiro256ss(uint64_t s[4]) {
  uint64_t result = rotl(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

int count_true_bits(uint32_t seed, int draws) {
  int ones = 0;
  uint32_t pool = 0;
  int left = 0;
  for (int i = 0; i < draws; i++) {
    if (left == 0) {
      pool = xorshift32(&seed);
      left = 32;
    }
    ones += pool & 1u;
    pool >>= 1;
    left--;
  }
  return ones;
}
