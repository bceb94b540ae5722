#include "selftest.h"
void scale_array(int *dst, const int *src, int factor);
int dot8(const int *a, const int *b);
void prefix_sums(long *values, int n);
unsigned checksum_bytes(const unsigned char *data, int n);

int main(void) {
  int src[16], dst[16];
  for (int i = 0; i < 16; i++) src[i] = i - 5;
  scale_array(dst, src, 3);
  for (int i = 0; i < 16; i++) CHECK_EQ(dst[i], 3 * (i - 5));
  int a[8] = {1, 2, 3, 4, 5, 6, 7, 8}, b[8] = {8, 7, 6, 5, 4, 3, 2, 1};
  CHECK_EQ(dot8(a, b), 120);
  long v[6] = {1, 2, 3, 4, 5, 6};
  prefix_sums(v, 6);
  CHECK_EQ(v[5], 21);
  CHECK_EQ(v[2], 6);
  /* Adler-32 of "Wikipedia" is 0x11E60398. */
  CHECK_EQ(checksum_bytes((const unsigned char *)"Wikipedia", 9), 0x11E60398u);
  CHECK_EQ(checksum_bytes((const unsigned char *)"", 0), 1);
  return st_finish("005_loop_unrollable");
}
