/* Arrays: variable-length arrays and row-major indexing (Pascal's triangle, image blur). */
long pascal_row_sum(int n) {
  long tri[n + 1][n + 1];
  for (int i = 0; i <= n; i++) {
    tri[i][0] = tri[i][i] = 1;
    for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
  }
  long s = 0;
  for (int j = 0; j <= n; j++) s += tri[n][j];
  return s;
}

void box_blur(int w, int h, const unsigned char *src, unsigned char *dst) {
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      int sum = 0, count = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) {
          int yy = y + dy, xx = x + dx;
          if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
          sum += src[yy * w + xx];
          count++;
        }
      dst[y * w + x] = (unsigned char)(sum / count);
    }
}

int vla_sum(int rows, int cols, int m[rows][cols]) {
  int s = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) s += m[r][c] * (r + 1);
  return s;
}
