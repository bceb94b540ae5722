#include "selftest.h"
void sort_ints(int *v, size_t n, int descending);
void sort_strings(const char **v, size_t n);
int find_int(const int *sorted, size_t n, int key);
void generic_insertion_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
int compare_doubles(const void *a, const void *b);

int main(void) {
  int v[] = {42, -3, 17, 8, 99, 0, 17};
  const char *words[] = {"pear", "apple", "fig", "banana"};
  double d[] = {2.5, -1.0, 3.75, 0.0};
  sort_ints(v, 7, 0);
  CHECK_EQ(v[0], -3);
  CHECK_EQ(v[6], 99);
  CHECK_EQ(find_int(v, 7, 42), 5);
  CHECK_EQ(find_int(v, 7, 5), -1);
  sort_ints(v, 7, 1);
  CHECK_EQ(v[0], 99);
  CHECK_EQ(v[6], -3);
  sort_strings(words, 4);
  CHECK_STR(words[0], "apple");
  CHECK_STR(words[3], "pear");
  generic_insertion_sort(d, 4, sizeof d[0], compare_doubles);
  CHECK_NEAR(d[0], -1.0, 0.0);
  CHECK_NEAR(d[3], 3.75, 0.0);
  return st_finish("090_fptr_qsort_callbacks");
}
