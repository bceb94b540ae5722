/* Loops: nested loops over a triangle and a rectangle, with early exits. */
int count_pairs_below(int n, int limit) {
  int count = 0;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (i + j < limit) count++;
  return count;
}

int first_pair_with_product(int n, int target, int *out_i, int *out_j) {
  for (int i = 1; i <= n; i++) {
    for (int j = i; j <= n; j++) {
      if (i * j == target) {
        *out_i = i;
        *out_j = j;
        return 1;
      }
      if (i * j > target) break;
    }
  }
  return 0;
}

long multiplication_table_sum(int rows, int cols) {
  long total = 0;
  for (int r = 1; r <= rows; r++)
    for (int c = 1; c <= cols; c++) total += r * c;
  return total;
}
