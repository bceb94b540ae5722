#include <stdint.h>
#include "selftest.h"
int32_t sext8(uint8_t x);
uint32_t zext8(int8_t x);
int16_t trunc16(int32_t x);
int64_t mul_wide(int32_t a, int32_t b);
uint64_t umul_wide(uint32_t a, uint32_t b);
uint32_t mulhi32(uint32_t a, uint32_t b);
int compare_mixed(int a, unsigned b);
uint16_t add_u16(uint16_t a, uint16_t b);
int promoted_char_sum(signed char a, signed char b);

int main(void) {
  CHECK_EQ(sext8(0xff), -1);
  CHECK_EQ(sext8(0x7f), 127);
  CHECK_EQ(sext8(0x80), -128);
  CHECK_EQ(zext8(-1), 255);
  CHECK_EQ(trunc16(0x12345678), 0x5678);
  CHECK_EQ(trunc16(0x0001ffff), -1);
  CHECK_EQ(mul_wide(-2000000000, 3), -6000000000LL);
  CHECK(umul_wide(4294967295u, 4294967295u) == 18446744065119617025ull);
  CHECK_EQ(mulhi32(0x80000000u, 4), 2);
  CHECK_EQ(mulhi32(4294967295u, 4294967295u), 4294967294u);
  CHECK(compare_mixed(-1, 0));
  CHECK(!compare_mixed(5, 3));
  CHECK_EQ(add_u16(65535, 2), 1);
  CHECK_EQ(promoted_char_sum(127, 127), 254);
  CHECK_EQ(promoted_char_sum(-128, -128), -256);
  return st_finish("023_int_widths");
}
