#include <stdint.h>
#include "selftest.h"
int is_pow2(uint32_t x);
uint32_t next_pow2(uint32_t x);
uint32_t lowest_set(uint32_t x);
uint32_t clear_lowest(uint32_t x);
int32_t sign_extend(uint32_t x, unsigned bits);
uint32_t to_gray(uint32_t x);
uint32_t from_gray(uint32_t g);
int count_leading_zeros_manual(uint32_t x);

int main(void) {
  CHECK(is_pow2(1) && is_pow2(1024) && is_pow2(0x80000000u));
  CHECK(!is_pow2(0) && !is_pow2(6));
  CHECK_EQ(next_pow2(0), 1);
  CHECK_EQ(next_pow2(5), 8);
  CHECK_EQ(next_pow2(64), 64);
  CHECK_EQ(next_pow2(0x40000001u), 0x80000000u);
  CHECK_EQ(lowest_set(0x68), 8);
  CHECK_EQ(clear_lowest(0x68), 0x60);
  CHECK_EQ(sign_extend(0xf, 4), -1);
  CHECK_EQ(sign_extend(0x7, 4), 7);
  CHECK_EQ(sign_extend(0x80, 8), -128);
  CHECK_EQ(sign_extend(0xffffffffu, 32), -1);
  for (uint32_t i = 0; i < 300; i++) {
    CHECK_EQ(from_gray(to_gray(i)), i);
    CHECK_EQ(__builtin_popcount(to_gray(i) ^ to_gray(i + 1)), 1);
  }
  CHECK_EQ(count_leading_zeros_manual(1), 31);
  CHECK_EQ(count_leading_zeros_manual(0), 32);
  CHECK_EQ(count_leading_zeros_manual(0x00ff0000u), 8);
  return st_finish("044_bits_tricks");
}
