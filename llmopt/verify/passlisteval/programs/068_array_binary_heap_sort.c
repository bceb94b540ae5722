/* Arrays: heapsort, insertion sort and selection sort on the same inputs. */
static void sift_down(long *v, int start, int end) {
  int root = start;
  while (2 * root + 1 <= end) {
    int child = 2 * root + 1, swap = root;
    if (v[swap] < v[child]) swap = child;
    if (child + 1 <= end && v[swap] < v[child + 1]) swap = child + 1;
    if (swap == root) return;
    long t = v[root];
    v[root] = v[swap];
    v[swap] = t;
    root = swap;
  }
}

void heap_sort(long *v, int n) {
  for (int start = (n - 2) / 2; start >= 0; start--) sift_down(v, start, n - 1);
  for (int end = n - 1; end > 0; end--) {
    long t = v[end];
    v[end] = v[0];
    v[0] = t;
    sift_down(v, 0, end - 1);
  }
}

void insertion_sort(long *v, int n) {
  for (int i = 1; i < n; i++) {
    long x = v[i];
    int j = i - 1;
    while (j >= 0 && v[j] > x) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = x;
  }
}

void selection_sort(long *v, int n) {
  for (int i = 0; i < n - 1; i++) {
    int m = i;
    for (int j = i + 1; j < n; j++)
      if (v[j] < v[m]) m = j;
    long t = v[i];
    v[i] = v[m];
    v[m] = t;
  }
}
