#include "selftest.h"
int collatz_steps(unsigned long n);
unsigned long collatz_peak(unsigned long n);
int longest_below(int limit, int *steps_out);

int main(void) {
  int steps = -1;
  CHECK_EQ(collatz_steps(1), 0);
  CHECK_EQ(collatz_steps(6), 8);
  CHECK_EQ(collatz_steps(27), 111);
  CHECK_EQ(collatz_peak(27), 9232);
  CHECK_EQ(collatz_peak(1), 1);
  CHECK_EQ(longest_below(10, &steps), 9);
  CHECK_EQ(steps, 19);
  CHECK_EQ(longest_below(1000, &steps), 871);
  CHECK_EQ(steps, 178);
  return st_finish("004_loop_collatz");
}
