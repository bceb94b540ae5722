#include <stdint.h>
#include "selftest.h"
uint32_t rotl32(uint32_t x, unsigned r);
uint32_t rotr32(uint32_t x, unsigned r);
uint64_t rotl64(uint64_t x, unsigned r);
uint32_t reverse_bits(uint32_t x);
uint32_t bswap32_manual(uint32_t x);
uint16_t bswap16_manual(uint16_t x);
uint64_t load_le64(const unsigned char *p);
uint32_t load_be32(const unsigned char *p);

int main(void) {
  const unsigned char bytes[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  CHECK_EQ(rotl32(0x80000001u, 1), 3);
  CHECK_EQ(rotl32(0x12345678u, 0), 0x12345678u);
  CHECK_EQ(rotr32(0x12345678u, 8), 0x78123456u);
  CHECK(rotl64(0x8000000000000000ull, 4) == 8);
  for (unsigned r = 0; r < 32; r++) CHECK_EQ(rotr32(rotl32(0xdeadbeefu, r), r), 0xdeadbeefu);
  CHECK_EQ(reverse_bits(1), 0x80000000u);
  CHECK_EQ(reverse_bits(0x0000ffffu), 0xffff0000u);
  CHECK_EQ(bswap32_manual(0x11223344u), 0x44332211u);
  CHECK_EQ(bswap16_manual(0xabcd), 0xcdab);
  CHECK(load_le64(bytes) == 0x0807060504030201ull);
  CHECK_EQ(load_be32(bytes), 0x01020304u);
  return st_finish("042_bits_rotate_reverse");
}
