/* Loops: counted sums with different strides and bounds. */
long sum_range(int lo, int hi) {
  long total = 0;
  for (int i = lo; i < hi; i++) total += i;
  return total;
}

long sum_step(int lo, int hi, int step) {
  long total = 0;
  for (int i = lo; i < hi; i += step) total += i;
  return total;
}

long sum_down(int n) {
  long total = 0;
  while (n > 0) total += n--;
  return total;
}

long sum_squares(int n) {
  long total = 0;
  int i = 1;
  do {
    total += (long)i * i;
    i++;
  } while (i <= n);
  return total;
}
