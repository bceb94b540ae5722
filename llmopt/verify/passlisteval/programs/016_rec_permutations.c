/* Recursion: backtracking (permutations, N-queens, subset sums). */
static int perm_count;
static long perm_signature;

static void permute(int *v, int k, int n) {
  if (k == n) {
    long s = 0;
    for (int i = 0; i < n; i++) s = s * 10 + v[i];
    perm_count++;
    perm_signature += s;
    return;
  }
  for (int i = k; i < n; i++) {
    int t = v[k];
    v[k] = v[i];
    v[i] = t;
    permute(v, k + 1, n);
    t = v[k];
    v[k] = v[i];
    v[i] = t;
  }
}

int count_permutations(int n, long *signature) {
  int v[9];
  for (int i = 0; i < n; i++) v[i] = i + 1;
  perm_count = 0;
  perm_signature = 0;
  permute(v, 0, n);
  *signature = perm_signature;
  return perm_count;
}

static int queens_place(int row, int n, int cols, int diag1, int diag2) {
  if (row == n) return 1;
  int total = 0;
  for (int c = 0; c < n; c++) {
    if ((cols >> c) & 1 || (diag1 >> (row + c)) & 1 || (diag2 >> (row - c + n)) & 1) continue;
    total += queens_place(row + 1, n, cols | 1 << c, diag1 | 1 << (row + c), diag2 | 1 << (row - c + n));
  }
  return total;
}

int n_queens(int n) { return queens_place(0, n, 0, 0, 0); }

int subset_sum_count(const int *v, int n, int target) {
  if (n == 0) return target == 0;
  return subset_sum_count(v + 1, n - 1, target) + subset_sum_count(v + 1, n - 1, target - v[0]);
}
