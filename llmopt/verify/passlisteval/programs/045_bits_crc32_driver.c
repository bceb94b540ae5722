#include <stdint.h>
#include "selftest.h"
uint32_t crc32_bitwise(const unsigned char *data, size_t n);
uint32_t crc32_table(const unsigned char *data, size_t n);
uint16_t crc16_ccitt(const unsigned char *data, size_t n);

int main(void) {
  const unsigned char *check = (const unsigned char *)"123456789";
  unsigned char buf[300];
  CHECK_EQ(crc32_bitwise(check, 9), 0xcbf43926u);
  CHECK_EQ(crc32_table(check, 9), 0xcbf43926u);
  CHECK_EQ(crc32_bitwise(check, 0), 0);
  CHECK_EQ(crc16_ccitt(check, 9), 0x29b1);
  for (int i = 0; i < 300; i++) buf[i] = (unsigned char)(i * 7 + 3);
  CHECK_EQ(crc32_table(buf, 300), crc32_bitwise(buf, 300));
  CHECK_EQ(crc32_table(buf + 1, 17), crc32_bitwise(buf + 1, 17));
  return st_finish("045_bits_crc32");
}
