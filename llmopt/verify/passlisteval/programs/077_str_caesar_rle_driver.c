#include "selftest.h"
void caesar(char *s, int shift);
void vigenere(char *s, const char *key, int decrypt);
int rle_encode(const char *in, char *out);
int rle_decode(const char *in, char *out);

int main(void) {
  char a[] = "Hello, World!";
  char v[] = "ATTACKATDAWN";
  char enc[64], dec[64];
  caesar(a, 13);
  CHECK_STR(a, "Uryyb, Jbeyq!");
  caesar(a, -13);
  CHECK_STR(a, "Hello, World!");
  caesar(a, 27);
  CHECK_STR(a, "Ifmmp, Xpsme!");
  vigenere(v, "LEMON", 0);
  CHECK_STR(v, "LXFOPVEFRNHR");
  vigenere(v, "LEMON", 1);
  CHECK_STR(v, "ATTACKATDAWN");
  CHECK_EQ(rle_encode("aaabccddddddddddd", enc), 10);
  CHECK_STR(enc, "3a1b2c9d2d");
  CHECK_EQ(rle_decode(enc, dec), 17);
  CHECK_STR(dec, "aaabccddddddddddd");
  CHECK_EQ(rle_encode("", enc), 0);
  return st_finish("077_str_caesar_rle");
}
