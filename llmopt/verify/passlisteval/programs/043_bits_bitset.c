/* Bit manipulation: a fixed-size bitset over 64-bit words (set, clear, test, count, iterate). */
#include <stdint.h>
#define WORDS 8

void bs_clear_all(uint64_t *bs) {
  for (int i = 0; i < WORDS; i++) bs[i] = 0;
}
void bs_set(uint64_t *bs, unsigned bit) { bs[bit / 64] |= 1ull << (bit % 64); }
void bs_reset(uint64_t *bs, unsigned bit) { bs[bit / 64] &= ~(1ull << (bit % 64)); }
int bs_test(const uint64_t *bs, unsigned bit) { return (int)((bs[bit / 64] >> (bit % 64)) & 1u); }

int bs_count(const uint64_t *bs) {
  int c = 0;
  for (int i = 0; i < WORDS; i++) c += __builtin_popcountll(bs[i]);
  return c;
}

int bs_next(const uint64_t *bs, int from) {
  for (int bit = from; bit < WORDS * 64; bit++) {
    uint64_t word = bs[bit / 64] >> (bit % 64);
    if (word == 0) {
      bit = (bit / 64 + 1) * 64 - 1;
      continue;
    }
    return bit + __builtin_ctzll(word);
  }
  return -1;
}

void bs_and(uint64_t *dst, const uint64_t *a, const uint64_t *b) {
  for (int i = 0; i < WORDS; i++) dst[i] = a[i] & b[i];
}
