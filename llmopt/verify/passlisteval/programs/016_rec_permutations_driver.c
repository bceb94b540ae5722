#include "selftest.h"
int count_permutations(int n, long *signature);
int n_queens(int n);
int subset_sum_count(const int *v, int n, int target);

int main(void) {
  long sig = 0;
  CHECK_EQ(count_permutations(3, &sig), 6);
  CHECK_EQ(sig, 123 + 132 + 213 + 231 + 312 + 321);
  CHECK_EQ(count_permutations(6, &sig), 720);
  /* Each digit appears 120 times in each of 6 positions: 120 * 21 * 111111. */
  CHECK_EQ(sig, 120L * 21 * 111111);
  CHECK_EQ(n_queens(4), 2);
  CHECK_EQ(n_queens(6), 4);
  CHECK_EQ(n_queens(8), 92);
  int v[] = {1, 2, 3, 4, 5};
  CHECK_EQ(subset_sum_count(v, 5, 5), 3);
  CHECK_EQ(subset_sum_count(v, 5, 15), 1);
  CHECK_EQ(subset_sum_count(v, 5, 16), 0);
  return st_finish("016_rec_permutations");
}
