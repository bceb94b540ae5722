#include "selftest.h"
double sum_typed(const char *types, ...);
long weighted(int count, ...);
int copy_twice(int count, ...);

int main(void) {
  int x = 40;
  CHECK_NEAR(sum_typed("idlp", 1, 0.5, 100L, &x), 141.5, 0.0);
  CHECK_NEAR(sum_typed("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 55.0, 0.0);
  CHECK_NEAR(sum_typed("iiiiiiiiii", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 55.0, 0.0);
  CHECK_NEAR(sum_typed(""), 0.0, 0.0);
  CHECK_EQ(weighted(3, 10L, 20L, 30L), 140);
  CHECK_EQ(weighted(8, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L), 36);
  CHECK_EQ(copy_twice(4, 1, 2, 3, 4), 10);
  return st_finish("107_varargs_mixed");
}
