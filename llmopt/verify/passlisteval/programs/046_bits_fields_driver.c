#include <stdint.h>
#include "selftest.h"
struct flags {
  unsigned version : 4;
  unsigned ihl : 4;
  unsigned dscp : 6;
  unsigned ecn : 2;
  unsigned length : 16;
  signed delta : 5;
};
uint32_t pack_fields(unsigned version, unsigned ihl, unsigned dscp, unsigned ecn, unsigned length);
void unpack_fields(uint32_t word, struct flags *f);
int bump_delta(struct flags *f, int by);
unsigned field_sum(const struct flags *f);

int main(void) {
  struct flags f;
  memset(&f, 0, sizeof f);
  uint32_t w = pack_fields(4, 5, 46, 1, 1500);
  CHECK_EQ(w, 0x45b905dcu);
  unpack_fields(w, &f);
  CHECK_EQ(f.version, 4);
  CHECK_EQ(f.ihl, 5);
  CHECK_EQ(f.dscp, 46);
  CHECK_EQ(f.ecn, 1);
  CHECK_EQ(f.length, 1500);
  CHECK_EQ(field_sum(&f), 1556);
  CHECK_EQ(bump_delta(&f, -7), -7);
  CHECK_EQ(bump_delta(&f, 22), 15);
  CHECK_EQ(bump_delta(&f, -31), -16);
  CHECK_EQ(f.length, 1500);
  return st_finish("046_bits_fields");
}
