/* Arrays: overlapping source and destination (aliasing) that vectorizers and memcpy idioms must respect. */
void add_shifted(int *dst, const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] += src[i];
}

void copy_forward(int *dst, const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] = src[i];
}

void copy_backward(int *dst, const int *src, int n) {
  for (int i = n - 1; i >= 0; i--) dst[i] = src[i];
}

void running_smooth(int *v, int n) {
  for (int i = 1; i < n; i++) v[i] = (v[i] + v[i - 1]) / 2;
}

int sum_through_two_pointers(int *a, int *b) {
  *a = 1;
  *b = 2;
  return *a + *b;
}
