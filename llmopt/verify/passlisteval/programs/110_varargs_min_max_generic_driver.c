#include "selftest.h"
typedef long (*variadic_fn)(int, ...);
long product(int count, ...);
variadic_fn pick(int which);
long sum_twice(int count, ...);

int main(void) {
  CHECK_EQ(pick(0)(4, 1L, 2L, 3L, 4L), 24);
  CHECK_EQ(pick(1)(4, 1L, 2L, 3L, 4L), -2);
  CHECK_EQ(pick(1)(7, 10L, 1L, 10L, 1L, 10L, 1L, 10L), 37);
  CHECK_EQ(product(0), 1);
  CHECK_EQ(sum_twice(3, 5L, 6L, 7L), 36);
  CHECK_EQ(sum_twice(12, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L), 24);
  return st_finish("110_varargs_min_max_generic");
}
