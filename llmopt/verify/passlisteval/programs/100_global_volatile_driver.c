#include "selftest.h"
extern volatile int hardware_register;
extern volatile unsigned tick_count;
extern int last_error;
int poll_until(int target, int max_polls);
unsigned ticks_between_reads(void);
int checked_divide(int a, int b);
int write_count_twice(void);

int main(void) {
  hardware_register = 0;
  CHECK_EQ(poll_until(10, 100), 10);
  CHECK_EQ(hardware_register, 10);
  CHECK_EQ(poll_until(5, 100), 1);
  hardware_register = 0;
  CHECK_EQ(poll_until(1000, 10), -1);
  tick_count = 40;
  CHECK_EQ(ticks_between_reads(), 5);
  CHECK_EQ(tick_count, 45);
  CHECK_EQ(checked_divide(7, 0), 0);
  CHECK_EQ(last_error, 1);
  CHECK_EQ(checked_divide(7, 2), 3);
  CHECK_EQ(last_error, 0);
  CHECK_EQ(write_count_twice(), 2);
  return st_finish("100_global_volatile");
}
