#include "selftest.h"
int dense_to_csr(int rows, int cols, const double *dense, int *row_start, int *col_index, double *values);
void csr_matvec(int rows, const int *row_start, const int *col_index, const double *values, const double *x,
                double *y);
void column_counts(int rows, const int *row_start, const int *col_index, int cols, int *counts);

int main(void) {
  double dense[4 * 5] = {
      1, 0, 0, 2, 0,
      0, 0, 3, 0, 0,
      0, 0, 0, 0, 0,
      4, 5, 0, 0, 6,
  };
  int row_start[5], col_index[20], counts[5];
  double values[20], x[5] = {1, 2, 3, 4, 5}, y[4];
  CHECK_EQ(dense_to_csr(4, 5, dense, row_start, col_index, values), 6);
  CHECK_EQ(row_start[2], 3);
  CHECK_EQ(row_start[3], 3);
  csr_matvec(4, row_start, col_index, values, x, y);
  CHECK_NEAR(y[0], 9.0, 0.0);
  CHECK_NEAR(y[1], 9.0, 0.0);
  CHECK_NEAR(y[2], 0.0, 0.0);
  CHECK_NEAR(y[3], 44.0, 0.0);
  column_counts(4, row_start, col_index, 5, counts);
  CHECK_EQ(counts[0], 2);
  CHECK_EQ(counts[2], 1);
  CHECK_EQ(counts[4], 1);
  return st_finish("069_array_sparse_matrix");
}
