#include <stdint.h>
#include "selftest.h"
uint32_t float_bits(float f);
float float_from_bits(uint32_t u);
int double_exponent(double d);
uint32_t double_high_word(double d);
enum kind { K_INT, K_REAL, K_TEXT };
struct value {
  enum kind kind;
  union {
    long i;
    double r;
    const char *s;
  } as;
};
double value_as_number(struct value v);

int main(void) {
  CHECK_EQ(float_bits(1.0f), 0x3f800000u);
  CHECK_EQ(float_bits(-2.0f), 0xc0000000u);
  CHECK_NEAR(float_from_bits(0x40490fdbu), 3.1415927410125732, 0.0);
  CHECK_EQ(double_exponent(1.0), 0);
  CHECK_EQ(double_exponent(1024.0), 10);
  CHECK_EQ(double_exponent(0.375), -2);
  CHECK_EQ(double_high_word(1.0), 0x3ff00000u);
  struct value v;
  v.kind = K_INT;
  v.as.i = -12;
  CHECK_NEAR(value_as_number(v), -12.0, 0.0);
  v.kind = K_REAL;
  v.as.r = 2.5;
  CHECK_NEAR(value_as_number(v), 2.5, 0.0);
  v.kind = K_TEXT;
  v.as.s = "314x";
  CHECK_NEAR(value_as_number(v), 314.0, 0.0);
  return st_finish("053_union_punning");
}
