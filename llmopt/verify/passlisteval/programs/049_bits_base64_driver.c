#include "selftest.h"
size_t b64_encode(const unsigned char *in, size_t n, char *out);
long b64_decode(const char *in, unsigned char *out);

int main(void) {
  char enc[128];
  unsigned char dec[128], raw[64];
  CHECK_EQ(b64_encode((const unsigned char *)"Man", 3, enc), 4);
  CHECK_STR(enc, "TWFu");
  b64_encode((const unsigned char *)"Ma", 2, enc);
  CHECK_STR(enc, "TWE=");
  b64_encode((const unsigned char *)"M", 1, enc);
  CHECK_STR(enc, "TQ==");
  b64_encode((const unsigned char *)"hello world", 11, enc);
  CHECK_STR(enc, "aGVsbG8gd29ybGQ=");
  CHECK_EQ(b64_decode("aGVsbG8gd29ybGQ=", dec), 11);
  CHECK(memcmp(dec, "hello world", 11) == 0);
  CHECK_EQ(b64_decode("a$b", dec), -1);
  for (int i = 0; i < 64; i++) raw[i] = (unsigned char)(255 - i * 3);
  b64_encode(raw, 64, enc);
  CHECK_EQ(b64_decode(enc, dec), 64);
  CHECK(memcmp(dec, raw, 64) == 0);
  return st_finish("049_bits_base64");
}
