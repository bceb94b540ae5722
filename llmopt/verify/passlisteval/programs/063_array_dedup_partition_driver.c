#include "selftest.h"
int dedup_sorted(int *v, int n);
int stable_partition_even(int *v, int n, int *scratch);
void dutch_flag(int *v, int n, int pivot);
int count_pairs_with_sum(const int *sorted, int n, int target);

int main(void) {
  int a[] = {1, 1, 2, 3, 3, 3, 7, 9, 9};
  int n = dedup_sorted(a, 9);
  CHECK_EQ(n, 5);
  CHECK_EQ(a[4], 9);
  int b[] = {5, 2, 8, 1, 4, 7, 6}, scratch[7];
  CHECK_EQ(stable_partition_even(b, 7, scratch), 4);
  int want[] = {2, 8, 4, 6, 5, 1, 7};
  for (int i = 0; i < 7; i++) CHECK_EQ(b[i], want[i]);
  int c[] = {3, 1, 2, 3, 5, 3, 0, 4};
  dutch_flag(c, 8, 3);
  int phase_ok = 1, phase = 0;
  for (int i = 0; i < 8; i++) {
    int p = c[i] < 3 ? 0 : c[i] == 3 ? 1 : 2;
    phase_ok &= p >= phase;
    phase = p;
  }
  CHECK(phase_ok);
  int s[] = {1, 2, 3, 4, 5, 6, 7, 8};
  CHECK_EQ(count_pairs_with_sum(s, 8, 9), 4);
  CHECK_EQ(count_pairs_with_sum(s, 8, 100), 0);
  return st_finish("063_array_dedup_partition");
}
