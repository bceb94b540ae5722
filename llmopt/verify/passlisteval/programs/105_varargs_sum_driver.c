#include "selftest.h"
long sum_ints(int count, ...);
long sum_until_zero(long first, ...);
double average_doubles(int count, ...);
int max_of_ints(int count, ...);

int main(void) {
  CHECK_EQ(sum_ints(0), 0);
  CHECK_EQ(sum_ints(3, 1, 2, 3), 6);
  CHECK_EQ(sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 55);
  CHECK_EQ(sum_until_zero(5L, 6L, 7L, 0L), 18);
  CHECK_EQ(sum_until_zero(0L), 0);
  CHECK_NEAR(average_doubles(4, 1.0, 2.0, 3.0, 4.5), 2.625, 0.0);
  CHECK_NEAR(average_doubles(9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 10.0), 2.0, 1e-15);
  CHECK_EQ(max_of_ints(5, -3, 17, 4, 17, 2), 17);
  CHECK_EQ(max_of_ints(1, -9), -9);
  return st_finish("105_varargs_sum");
}
