#include <limits.h>
#include "selftest.h"
int parse_int(const char *s, long *out);
int parse_hex(const char *s, unsigned long *out);
double parse_decimal(const char *s);

int main(void) {
  long v = 0;
  unsigned long h = 0;
  CHECK(parse_int("12345", &v) && v == 12345);
  CHECK(parse_int("-42", &v) && v == -42);
  CHECK(parse_int("+7", &v) && v == 7);
  CHECK(parse_int("9223372036854775807", &v) && v == LONG_MAX);
  CHECK(parse_int("-9223372036854775808", &v) && v == LONG_MIN);
  CHECK(!parse_int("9223372036854775808", &v));
  CHECK(!parse_int("99999999999999999999999", &v));
  CHECK(!parse_int("12a", &v));
  CHECK(!parse_int("-", &v));
  CHECK(parse_hex("0xff", &h) && h == 255);
  CHECK(parse_hex("DeadBeef", &h) && h == 0xdeadbeef);
  CHECK(!parse_hex("0x", &h));
  CHECK(!parse_hex("0x12345678901234567", &h));
  CHECK_NEAR(parse_decimal("3.25"), 3.25, 0.0);
  CHECK_NEAR(parse_decimal("-0.5"), -0.5, 0.0);
  CHECK_NEAR(parse_decimal("10"), 10.0, 0.0);
  return st_finish("073_str_number_parse");
}
