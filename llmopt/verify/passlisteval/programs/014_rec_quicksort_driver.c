#include "selftest.h"
void quicksort(int *v, int lo, int hi);
void merge_sort(int *v, int *tmp, int n);

int main(void) {
  int a[200], b[200], tmp[200];
  unsigned x = 12345;
  for (int i = 0; i < 200; i++) {
    x = x * 1103515245u + 12345u;
    a[i] = b[i] = (int)((x >> 8) % 1000) - 500;
  }
  long sum_before = 0, sum_after = 0;
  for (int i = 0; i < 200; i++) sum_before += a[i];
  quicksort(a, 0, 199);
  merge_sort(b, tmp, 200);
  for (int i = 0; i < 200; i++) sum_after += a[i];
  CHECK_EQ(sum_after, sum_before);
  int sorted = 1;
  for (int i = 1; i < 200; i++) sorted &= a[i - 1] <= a[i];
  CHECK(sorted);
  int same = 1;
  for (int i = 0; i < 200; i++) same &= a[i] == b[i];
  CHECK(same);
  int one[1] = {7};
  quicksort(one, 0, 0);
  CHECK_EQ(one[0], 7);
  return st_finish("014_rec_quicksort");
}
