/* Arrays: compressed sparse row (CSR) matrix-vector products and transposition counts. */
int dense_to_csr(int rows, int cols, const double *dense, int *row_start, int *col_index, double *values) {
  int nnz = 0;
  for (int r = 0; r < rows; r++) {
    row_start[r] = nnz;
    for (int c = 0; c < cols; c++) {
      double v = dense[r * cols + c];
      if (v != 0.0) {
        col_index[nnz] = c;
        values[nnz] = v;
        nnz++;
      }
    }
  }
  row_start[rows] = nnz;
  return nnz;
}

void csr_matvec(int rows, const int *row_start, const int *col_index, const double *values, const double *x,
                double *y) {
  for (int r = 0; r < rows; r++) {
    double s = 0;
    for (int k = row_start[r]; k < row_start[r + 1]; k++) s += values[k] * x[col_index[k]];
    y[r] = s;
  }
}

void column_counts(int rows, const int *row_start, const int *col_index, int cols, int *counts) {
  for (int c = 0; c < cols; c++) counts[c] = 0;
  for (int k = 0; k < row_start[rows]; k++) counts[col_index[k]]++;
}
