#include "selftest.h"
int find_first(const int *values, int n, int wanted);
int find_last(const int *values, int n, int wanted);
int lower_bound(const int *sorted, int n, int key);

int main(void) {
  int v[] = {4, 8, 15, 16, 23, 42, 8};
  int s[] = {1, 3, 3, 5, 9, 11};
  CHECK_EQ(find_first(v, 7, 8), 1);
  CHECK_EQ(find_last(v, 7, 8), 6);
  CHECK_EQ(find_first(v, 7, 99), -1);
  CHECK_EQ(find_last(v, 0, 4), -1);
  CHECK_EQ(lower_bound(s, 6, 0), 0);
  CHECK_EQ(lower_bound(s, 6, 3), 1);
  CHECK_EQ(lower_bound(s, 6, 4), 3);
  CHECK_EQ(lower_bound(s, 6, 11), 5);
  CHECK_EQ(lower_bound(s, 6, 12), 6);
  return st_finish("003_loop_search");
}
