#include <stdint.h>
#include "selftest.h"
int utf8_decode(const unsigned char *s, uint32_t *cp);
int utf8_encode(uint32_t cp, unsigned char *out);
long utf8_count(const unsigned char *s);

int main(void) {
  uint32_t cp = 0;
  unsigned char buf[8] = {0};
  CHECK_EQ(utf8_count((const unsigned char *)"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"), 9);
  CHECK_EQ(utf8_count((const unsigned char *)"bad \xc3"), -1);
  CHECK_EQ(utf8_count((const unsigned char *)"\xc0\xaf"), -1); /* overlong */
  CHECK_EQ(utf8_decode((const unsigned char *)"\xe2\x82\xac", &cp), 3);
  CHECK_EQ(cp, 0x20ac);
  CHECK_EQ(utf8_decode((const unsigned char *)"\xed\xa0\x80", &cp), -1); /* surrogate */
  int ok = 1;
  for (uint32_t c = 1; c < 0x110000; c += 97) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    int n = utf8_encode(c, buf);
    uint32_t back = 0;
    ok &= utf8_decode(buf, &back) == n && back == c;
  }
  CHECK(ok);
  return st_finish("079_str_utf8");
}
