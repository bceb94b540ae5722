#include "selftest.h"
long max_subarray(const int *v, int n);
int lis_length(const int *v, int n);
int knapsack(const int *weight, const int *value, int n, int capacity);
int edit_distance(const char *a, const char *b);

int main(void) {
  int a[] = {-2, 1, -3, 4, -1, 2, 1, -5, 4};
  int neg[] = {-8, -3, -6};
  CHECK_EQ(max_subarray(a, 9), 6);
  CHECK_EQ(max_subarray(neg, 3), -3);
  int l[] = {10, 9, 2, 5, 3, 7, 101, 18};
  CHECK_EQ(lis_length(l, 8), 4);
  CHECK_EQ(lis_length(neg, 3), 2);
  int w[] = {1, 3, 4, 5}, v[] = {1, 4, 5, 7};
  CHECK_EQ(knapsack(w, v, 4, 7), 9);
  CHECK_EQ(knapsack(w, v, 4, 0), 0);
  CHECK_EQ(edit_distance("kitten", "sitting"), 3);
  CHECK_EQ(edit_distance("", "abc"), 3);
  CHECK_EQ(edit_distance("flaw", "lawn"), 2);
  CHECK_EQ(edit_distance("same", "same"), 0);
  return st_finish("064_array_kadane_dp");
}
