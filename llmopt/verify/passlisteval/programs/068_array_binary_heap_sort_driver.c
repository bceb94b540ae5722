#include "selftest.h"
void heap_sort(long *v, int n);
void insertion_sort(long *v, int n);
void selection_sort(long *v, int n);

int main(void) {
  long a[150], b[150], c[150];
  unsigned long x = 88172645463325252ul;
  for (int i = 0; i < 150; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    a[i] = b[i] = c[i] = (long)(x % 2001) - 1000;
  }
  heap_sort(a, 150);
  insertion_sort(b, 150);
  selection_sort(c, 150);
  int ok = 1;
  for (int i = 0; i < 150; i++) ok &= a[i] == b[i] && b[i] == c[i] && (i == 0 || a[i - 1] <= a[i]);
  CHECK(ok);
  long one[1] = {5};
  heap_sort(one, 1);
  CHECK_EQ(one[0], 5);
  long d[4] = {4, 3, 2, 1};
  heap_sort(d, 4);
  CHECK_EQ(d[0], 1);
  CHECK_EQ(d[3], 4);
  return st_finish("068_array_binary_heap_sort");
}
