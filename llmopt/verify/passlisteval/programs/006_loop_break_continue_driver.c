#include "selftest.h"
int sum_odd_until_negative(const int *v, int n);
int count_until_repeat(const int *v, int n);
int skip_runs(const char *s);

int main(void) {
  int a[] = {1, 2, 3, 4, 5, -1, 7};
  int b[] = {3, 1, 4, 1, 5};
  int c[] = {9, 8, 7};
  CHECK_EQ(sum_odd_until_negative(a, 7), 9);
  CHECK_EQ(sum_odd_until_negative(a, 2), 1);
  CHECK_EQ(count_until_repeat(b, 5), 3);
  CHECK_EQ(count_until_repeat(c, 3), 3);
  CHECK_EQ(skip_runs("aaabccdd"), 4);
  CHECK_EQ(skip_runs(""), 0);
  CHECK_EQ(skip_runs("abc"), 3);
  return st_finish("006_loop_break_continue");
}
