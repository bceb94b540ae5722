/* Loops: constant trip counts that unrolling and vectorizing passes like to transform. */
void scale_array(int *dst, const int *src, int factor) {
  for (int i = 0; i < 16; i++) dst[i] = src[i] * factor;
}

int dot8(const int *a, const int *b) {
  int total = 0;
  for (int i = 0; i < 8; i++) total += a[i] * b[i];
  return total;
}

void prefix_sums(long *values, int n) {
  for (int i = 1; i < n; i++) values[i] += values[i - 1];
}

unsigned checksum_bytes(const unsigned char *data, int n) {
  unsigned a = 1, b = 0;
  for (int i = 0; i < n; i++) {
    a = (a + data[i]) % 65521u;
    b = (b + a) % 65521u;
  }
  return (b << 16) | a;
}
