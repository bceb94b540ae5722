/* Loops: matrix multiply and transpose over fixed-size 2-D arrays. */
void mat_mul(int n, const int a[8][8], const int b[8][8], int out[8][8]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      int acc = 0;
      for (int k = 0; k < n; k++) acc += a[i][k] * b[k][j];
      out[i][j] = acc;
    }
}

void transpose(int n, int m[8][8]) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) {
      int t = m[i][j];
      m[i][j] = m[j][i];
      m[j][i] = t;
    }
}

long trace(int n, const int m[8][8]) {
  long t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t;
}
