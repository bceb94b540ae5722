/* Arrays: dedup of sorted arrays, stable partition, Dutch national flag, two-pointer pair sums. */
int dedup_sorted(int *v, int n) {
  if (n == 0) return 0;
  int w = 1;
  for (int r = 1; r < n; r++)
    if (v[r] != v[w - 1]) v[w++] = v[r];
  return w;
}

int stable_partition_even(int *v, int n, int *scratch) {
  int k = 0;
  for (int i = 0; i < n; i++)
    if (v[i] % 2 == 0) scratch[k++] = v[i];
  int evens = k;
  for (int i = 0; i < n; i++)
    if (v[i] % 2 != 0) scratch[k++] = v[i];
  for (int i = 0; i < n; i++) v[i] = scratch[i];
  return evens;
}

void dutch_flag(int *v, int n, int pivot) {
  int lo = 0, mid = 0, hi = n - 1;
  while (mid <= hi) {
    if (v[mid] < pivot) {
      int t = v[lo];
      v[lo++] = v[mid];
      v[mid++] = t;
    } else if (v[mid] > pivot) {
      int t = v[hi];
      v[hi--] = v[mid];
      v[mid] = t;
    } else {
      mid++;
    }
  }
}

int count_pairs_with_sum(const int *sorted, int n, int target) {
  int i = 0, j = n - 1, pairs = 0;
  while (i < j) {
    int s = sorted[i] + sorted[j];
    if (s == target) {
      pairs++;
      i++;
      j--;
    } else if (s < target) {
      i++;
    } else {
      j--;
    }
  }
  return pairs;
}
