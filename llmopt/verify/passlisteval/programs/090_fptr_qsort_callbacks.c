/* Function pointers: qsort and bsearch with comparators, and a generic callback-driven sort. */
#include <stdlib.h>
#include <string.h>

static int cmp_int_asc(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b) { return cmp_int_asc(b, a); }

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

void sort_ints(int *v, size_t n, int descending) { qsort(v, n, sizeof *v, descending ? cmp_int_desc : cmp_int_asc); }

void sort_strings(const char **v, size_t n) { qsort(v, n, sizeof *v, cmp_str); }

int find_int(const int *sorted, size_t n, int key) {
  const int *hit = bsearch(&key, sorted, n, sizeof *sorted, cmp_int_asc);
  return hit ? (int)(hit - sorted) : -1;
}

void generic_insertion_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
  unsigned char *b = base, tmp[64];
  for (size_t i = 1; i < n; i++) {
    memcpy(tmp, b + i * size, size);
    size_t j = i;
    while (j > 0 && cmp(b + (j - 1) * size, tmp) > 0) {
      memcpy(b + j * size, b + (j - 1) * size, size);
      j--;
    }
    memcpy(b + j * size, tmp, size);
  }
}

int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
