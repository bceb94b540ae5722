#include <stdint.h>
#include "selftest.h"
int32_t ashr(int32_t x, unsigned n);
uint32_t lshr(uint32_t x, unsigned n);
uint64_t shl64(uint64_t x, unsigned n);
void shl128(uint64_t *hi, uint64_t *lo, unsigned n);
int32_t round_shift(int32_t x, unsigned n);
uint32_t mask_range(unsigned lo, unsigned hi);

int main(void) {
  uint64_t hi = 0, lo = 0x8000000000000001ull;
  CHECK_EQ(ashr(-16, 2), -4);
  CHECK_EQ(ashr(-1, 31), -1);
  CHECK_EQ(lshr(0x80000000u, 31), 1);
  CHECK(shl64(1, 63) == 0x8000000000000000ull);
  CHECK(shl64(1, 64) == 0);
  shl128(&hi, &lo, 1);
  CHECK(hi == 1 && lo == 2);
  shl128(&hi, &lo, 70);
  CHECK(hi == 128 && lo == 0);
  CHECK_EQ(round_shift(5, 1), 3);
  CHECK_EQ(round_shift(-5, 1), -2);
  CHECK_EQ(round_shift(1000, 4), 63);
  CHECK_EQ(mask_range(4, 7), 0xf0);
  CHECK_EQ(mask_range(0, 31), 0xffffffffu);
  CHECK_EQ(mask_range(16, 31), 0xffff0000u);
  return st_finish("048_bits_shifts");
}
