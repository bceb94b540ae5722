#include "selftest.h"
typedef long (*binop)(long, long);
binop lookup_op(const char *name);
long apply_index(int index, long a, long b);
long fold(binop fn, const long *v, int n, long init);

int main(void) {
  long v[] = {3, -1, 4, 1, -5, 9};
  CHECK(lookup_op("nope") == 0);
  CHECK_EQ(fold(lookup_op("add"), v, 6, 0), 11);
  CHECK_EQ(fold(lookup_op("mul"), v, 6, 1), 540);
  CHECK_EQ(fold(lookup_op("max"), v, 6, -100), 9);
  CHECK_EQ(fold(lookup_op("min"), v, 6, 100), -5);
  CHECK_EQ(apply_index(1, 10, 3), 7);
  CHECK_EQ(apply_index(2, -4, 5), -20);
  CHECK_EQ(lookup_op("sub")(1, 2), -1);
  return st_finish("089_fptr_dispatch_table");
}
