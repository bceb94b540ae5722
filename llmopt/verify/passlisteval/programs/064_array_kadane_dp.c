/* Arrays: dynamic programming (max subarray, longest increasing subsequence, knapsack, edit distance). */
long max_subarray(const int *v, int n) {
  long best = v[0], cur = v[0];
  for (int i = 1; i < n; i++) {
    cur = cur + v[i] > v[i] ? cur + v[i] : v[i];
    if (cur > best) best = cur;
  }
  return best;
}

int lis_length(const int *v, int n) {
  int tails[256], len = 0;
  for (int i = 0; i < n; i++) {
    int lo = 0, hi = len;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (tails[mid] < v[i])
        lo = mid + 1;
      else
        hi = mid;
    }
    tails[lo] = v[i];
    if (lo == len) len++;
  }
  return len;
}

int knapsack(const int *weight, const int *value, int n, int capacity) {
  int best[1001] = {0};
  for (int i = 0; i < n; i++)
    for (int c = capacity; c >= weight[i]; c--)
      if (best[c - weight[i]] + value[i] > best[c]) best[c] = best[c - weight[i]] + value[i];
  return best[capacity];
}

int edit_distance(const char *a, const char *b) {
  int la = 0, lb = 0;
  while (a[la]) la++;
  while (b[lb]) lb++;
  int prev[64], cur[64];
  for (int j = 0; j <= lb; j++) prev[j] = j;
  for (int i = 1; i <= la; i++) {
    cur[0] = i;
    for (int j = 1; j <= lb; j++) {
      int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
      int del = prev[j] + 1, ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
    }
    for (int j = 0; j <= lb; j++) prev[j] = cur[j];
  }
  return prev[lb];
}
