/* Loops: linear and binary search, loop exit taken from inside the body. */
int find_first(const int *values, int n, int wanted) {
  int i = 0;
  while (i < n && values[i] != wanted) i++;
  return i < n ? i : -1;
}

int find_last(const int *values, int n, int wanted) {
  for (int i = n - 1; i >= 0; i--)
    if (values[i] == wanted) return i;
  return -1;
}

int lower_bound(const int *sorted, int n, int key) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (sorted[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
