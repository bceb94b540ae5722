#include "selftest.h"
void histogram(const unsigned char *data, int n, int *bins);
void counting_sort(unsigned char *data, int n);
void gather(const int *src, const int *index, int n, int *dst);
void scatter_add(int *dst, const int *index, const int *values, int n);
int mode(const unsigned char *data, int n);

int main(void) {
  unsigned char text[] = "mississippi";
  int bins[256];
  histogram(text, 11, bins);
  CHECK_EQ(bins['s'], 4);
  CHECK_EQ(bins['p'], 2);
  CHECK_EQ(bins['z'], 0);
  counting_sort(text, 11);
  CHECK(memcmp(text, "iiiimppssss", 11) == 0);
  CHECK_EQ(mode((const unsigned char *)"abracadabra", 11), 'a');
  int src[] = {10, 20, 30, 40}, idx[] = {3, 0, 3, 1}, dst[4];
  gather(src, idx, 4, dst);
  CHECK_EQ(dst[0], 40);
  CHECK_EQ(dst[2], 40);
  CHECK_EQ(dst[3], 20);
  int acc[4] = {0, 0, 0, 0}, vals[] = {1, 2, 3, 4};
  scatter_add(acc, idx, vals, 4);
  CHECK_EQ(acc[3], 4);
  CHECK_EQ(acc[0], 2);
  CHECK_EQ(acc[1], 4);
  CHECK_EQ(acc[2], 0);
  return st_finish("065_array_histogram");
}
