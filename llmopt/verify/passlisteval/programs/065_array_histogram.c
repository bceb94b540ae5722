/* Arrays: histograms, counting sort, and indirect indexing (gather/scatter). */
void histogram(const unsigned char *data, int n, int *bins) {
  for (int i = 0; i < 256; i++) bins[i] = 0;
  for (int i = 0; i < n; i++) bins[data[i]]++;
}

void counting_sort(unsigned char *data, int n) {
  int bins[256];
  histogram(data, n, bins);
  int k = 0;
  for (int v = 0; v < 256; v++)
    for (int c = 0; c < bins[v]; c++) data[k++] = (unsigned char)v;
}

void gather(const int *src, const int *index, int n, int *dst) {
  for (int i = 0; i < n; i++) dst[i] = src[index[i]];
}

void scatter_add(int *dst, const int *index, const int *values, int n) {
  for (int i = 0; i < n; i++) dst[index[i]] += values[i];
}

int mode(const unsigned char *data, int n) {
  int bins[256], best = 0;
  histogram(data, n, bins);
  for (int v = 1; v < 256; v++)
    if (bins[v] > bins[best]) best = v;
  return best;
}
