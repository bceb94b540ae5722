#include "selftest.h"
long sum_range(int lo, int hi);
long sum_step(int lo, int hi, int step);
long sum_down(int n);
long sum_squares(int n);

int main(void) {
  CHECK_EQ(sum_range(0, 0), 0);
  CHECK_EQ(sum_range(0, 10), 45);
  CHECK_EQ(sum_range(-5, 6), 0);
  CHECK_EQ(sum_range(1, 101), 5050);
  CHECK_EQ(sum_step(0, 10, 3), 0 + 3 + 6 + 9);
  CHECK_EQ(sum_step(5, 5, 1), 0);
  CHECK_EQ(sum_down(100), 5050);
  CHECK_EQ(sum_down(-3), 0);
  CHECK_EQ(sum_squares(1), 1);
  CHECK_EQ(sum_squares(10), 385);
  return st_finish("001_loop_sum");
}
