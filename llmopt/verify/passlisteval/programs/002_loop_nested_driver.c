#include "selftest.h"
int count_pairs_below(int n, int limit);
int first_pair_with_product(int n, int target, int *out_i, int *out_j);
long multiplication_table_sum(int rows, int cols);

int main(void) {
  int i = 0, j = 0;
  CHECK_EQ(count_pairs_below(4, 100), 6);
  CHECK_EQ(count_pairs_below(4, 3), 2); /* (0,1) (0,2) */
  CHECK_EQ(count_pairs_below(0, 10), 0);
  CHECK(first_pair_with_product(10, 12, &i, &j));
  CHECK_EQ(i, 2);
  CHECK_EQ(j, 6);
  CHECK(!first_pair_with_product(10, 97, &i, &j));
  CHECK_EQ(multiplication_table_sum(3, 4), 6 * 10);
  CHECK_EQ(multiplication_table_sum(10, 10), 3025);
  return st_finish("002_loop_nested");
}
