#include <stdint.h>
#include "selftest.h"
size_t padded_size(void);
size_t packed_size(void);
size_t offset_of_d(void);
int packed_roundtrip(int value);
uint32_t read_u32_at(const unsigned char *buf, size_t offset);

int main(void) {
  unsigned char buf[16];
  for (int i = 0; i < 16; i++) buf[i] = (unsigned char)(i + 1);
  CHECK_EQ(padded_size(), 24);
  CHECK_EQ(packed_size(), 15);
  CHECK_EQ(offset_of_d(), 16);
  CHECK_EQ(packed_roundtrip(1000), 1002 + 100 + 2 + 2);
  CHECK_EQ(read_u32_at(buf, 1), 0x05040302u);
  CHECK_EQ(read_u32_at(buf, 7), 0x0b0a0908u);
  return st_finish("055_struct_packed_align");
}
