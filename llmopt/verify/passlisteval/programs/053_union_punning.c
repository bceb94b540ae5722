/* Unions: type punning between float and integer representations, tagged unions. */
#include <stdint.h>

union fbits {
  float f;
  uint32_t u;
};

union dbits {
  double d;
  uint64_t u;
  uint32_t half[2];
};

uint32_t float_bits(float f) {
  union fbits b;
  b.f = f;
  return b.u;
}

float float_from_bits(uint32_t u) {
  union fbits b;
  b.u = u;
  return b.f;
}

int double_exponent(double d) {
  union dbits b;
  b.d = d;
  return (int)((b.u >> 52) & 0x7ff) - 1023;
}

uint32_t double_high_word(double d) {
  union dbits b;
  b.d = d;
  return b.half[1]; /* little-endian host */
}

enum kind { K_INT, K_REAL, K_TEXT };

struct value {
  enum kind kind;
  union {
    long i;
    double r;
    const char *s;
  } as;
};

double value_as_number(struct value v) {
  switch (v.kind) {
    case K_INT:
      return (double)v.as.i;
    case K_REAL:
      return v.as.r;
    default: {
      double n = 0;
      for (const char *p = v.as.s; *p >= '0' && *p <= '9'; p++) n = n * 10 + (*p - '0');
      return n;
    }
  }
}
