/* Recursion: quicksort and merge sort on int arrays. */
static void swap_ints(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

void quicksort(int *v, int lo, int hi) {
  if (lo >= hi) return;
  int pivot = v[(lo + hi) / 2];
  int i = lo, j = hi;
  while (i <= j) {
    while (v[i] < pivot) i++;
    while (v[j] > pivot) j--;
    if (i <= j) {
      swap_ints(&v[i], &v[j]);
      i++;
      j--;
    }
  }
  quicksort(v, lo, j);
  quicksort(v, i, hi);
}

void merge_sort(int *v, int *tmp, int n) {
  if (n < 2) return;
  int half = n / 2;
  merge_sort(v, tmp, half);
  merge_sort(v + half, tmp, n - half);
  int i = 0, j = half, k = 0;
  while (i < half && j < n) tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
  while (i < half) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  for (k = 0; k < n; k++) v[k] = tmp[k];
}
