/* Loops: break, continue and goto-based exits. */
int sum_odd_until_negative(const int *v, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    if (v[i] < 0) break;
    if (v[i] % 2 == 0) continue;
    total += v[i];
  }
  return total;
}

int count_until_repeat(const int *v, int n) {
  int i, j;
  for (i = 0; i < n; i++)
    for (j = 0; j < i; j++)
      if (v[i] == v[j]) goto found;
  return n;
found:
  return i;
}

int skip_runs(const char *s) {
  int groups = 0;
  while (*s) {
    char c = *s;
    groups++;
    while (*s == c) s++;
  }
  return groups;
}
