/* Bit manipulation: C bit-fields and manual field packing (an IPv4-like header). */
#include <stdint.h>

struct flags {
  unsigned version : 4;
  unsigned ihl : 4;
  unsigned dscp : 6;
  unsigned ecn : 2;
  unsigned length : 16;
  signed delta : 5;
};

uint32_t pack_fields(unsigned version, unsigned ihl, unsigned dscp, unsigned ecn, unsigned length) {
  return (version & 0xfu) << 28 | (ihl & 0xfu) << 24 | (dscp & 0x3fu) << 18 | (ecn & 3u) << 16 | (length & 0xffffu);
}

void unpack_fields(uint32_t word, struct flags *f) {
  f->version = word >> 28;
  f->ihl = (word >> 24) & 0xf;
  f->dscp = (word >> 18) & 0x3f;
  f->ecn = (word >> 16) & 3;
  f->length = word & 0xffff;
}

int bump_delta(struct flags *f, int by) {
  f->delta = f->delta + by; /* implementation-defined wrap into 5 signed bits on overflow; tests stay in range */
  return f->delta;
}

unsigned field_sum(const struct flags *f) { return f->version + f->ihl + f->dscp + f->ecn + f->length; }
