/* Strings: glob matching with * and ?, KMP search, and counting overlapping occurrences. */
int glob_match(const char *pattern, const char *text) {
  if (*pattern == '\0') return *text == '\0';
  if (*pattern == '*') return glob_match(pattern + 1, text) || (*text && glob_match(pattern, text + 1));
  if (*text && (*pattern == '?' || *pattern == *text)) return glob_match(pattern + 1, text + 1);
  return 0;
}

int kmp_search(const char *text, int n, const char *pat, int m, int *positions, int max_positions) {
  int fail[64], found = 0;
  fail[0] = 0;
  for (int i = 1, k = 0; i < m; i++) {
    while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
    if (pat[i] == pat[k]) k++;
    fail[i] = k;
  }
  for (int i = 0, k = 0; i < n; i++) {
    while (k > 0 && text[i] != pat[k]) k = fail[k - 1];
    if (text[i] == pat[k]) k++;
    if (k == m) {
      if (found < max_positions) positions[found] = i - m + 1;
      found++;
      k = fail[k - 1];
    }
  }
  return found;
}
