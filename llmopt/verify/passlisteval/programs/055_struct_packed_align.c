/* Structs: layout (padding, packed structs, offsetof, alignment) and unaligned member access. */
#include <stddef.h>
#include <stdint.h>

struct padded {
  char c;
  int i;
  short s;
  double d;
};

struct __attribute__((packed)) packed {
  char c;
  int i;
  short s;
  double d;
};

size_t padded_size(void) { return sizeof(struct padded); }
size_t packed_size(void) { return sizeof(struct packed); }
size_t offset_of_d(void) { return offsetof(struct padded, d); }

int packed_roundtrip(int value) {
  struct packed p[3];
  for (int k = 0; k < 3; k++) {
    p[k].c = (char)k;
    p[k].i = value + k;
    p[k].s = (short)(k * 100);
    p[k].d = k * 0.5;
  }
  return p[2].i + p[1].s + (int)(p[2].d * 2) + p[2].c;
}

uint32_t read_u32_at(const unsigned char *buf, size_t offset) {
  struct __attribute__((packed)) u32 {
    uint32_t v;
  };
  return ((const struct u32 *)(buf + offset))->v;
}
