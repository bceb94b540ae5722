#include "selftest.h"
void mat_mul(int n, const int a[8][8], const int b[8][8], int out[8][8]);
void transpose(int n, int m[8][8]);
long trace(int n, const int m[8][8]);

int main(void) {
  int a[8][8], b[8][8], c[8][8], id[8][8];
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 8; j++) {
      a[i][j] = i * 8 + j;
      id[i][j] = i == j;
      b[i][j] = (i + j) % 3 - 1;
    }
  mat_mul(8, a, id, c);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 8; j++) CHECK_EQ(c[i][j], a[i][j]);
  mat_mul(8, a, b, c);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 8; j++) {
      int want = 0;
      for (int k = 0; k < 8; k++) want += a[i][k] * b[k][j];
      CHECK_EQ(c[i][j], want);
    }
  CHECK_EQ(trace(8, a), 0 + 9 + 18 + 27 + 36 + 45 + 54 + 63);
  transpose(8, a);
  CHECK_EQ(a[0][7], 56);
  CHECK_EQ(a[7][0], 7);
  CHECK_EQ(a[3][5], 43);
  return st_finish("008_loop_matrix");
}
