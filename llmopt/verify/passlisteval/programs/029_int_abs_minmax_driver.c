#include <limits.h>
#include "selftest.h"
int abs_branch(int x);
int abs_mask(int x);
int min3(int a, int b, int c);
int max_of(const int *v, int n);
int clamp(int x, int lo, int hi);
int sign(long x);
unsigned average_floor(unsigned a, unsigned b);
int average_signed(int a, int b);

int main(void) {
  int v[] = {3, -9, 27, 4, 27, -100};
  for (int x = -50; x <= 50; x += 7) CHECK_EQ(abs_branch(x), abs_mask(x));
  CHECK_EQ(abs_mask(INT_MIN + 1), INT_MAX);
  CHECK_EQ(min3(3, 1, 2), 1);
  CHECK_EQ(min3(-1, 5, -7), -7);
  CHECK_EQ(max_of(v, 6), 27);
  CHECK_EQ(max_of(v + 5, 1), -100);
  CHECK_EQ(clamp(15, 0, 10), 10);
  CHECK_EQ(clamp(-3, 0, 10), 0);
  CHECK_EQ(clamp(5, 0, 10), 5);
  CHECK_EQ(sign(-99), -1);
  CHECK_EQ(sign(0), 0);
  CHECK_EQ(sign(LONG_MAX), 1);
  CHECK_EQ(average_floor(4294967295u, 4294967293u), 4294967294u);
  CHECK_EQ(average_floor(3, 4), 3);
  CHECK_EQ(average_signed(INT_MAX, INT_MAX - 2), INT_MAX - 1);
  CHECK_EQ(average_signed(-3, 0), -1);
  return st_finish("029_int_abs_minmax");
}
