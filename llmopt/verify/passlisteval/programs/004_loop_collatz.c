/* Loops: data-dependent trip counts (Collatz), loops whose exit depends on values computed inside. */
int collatz_steps(unsigned long n) {
  int steps = 0;
  while (n != 1) {
    n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}

unsigned long collatz_peak(unsigned long n) {
  unsigned long peak = n;
  while (n != 1) {
    n = (n & 1) ? 3 * n + 1 : n >> 1;
    if (n > peak) peak = n;
  }
  return peak;
}

int longest_below(int limit, int *steps_out) {
  int best = 1, best_steps = 0;
  for (int i = 1; i < limit; i++) {
    int s = collatz_steps((unsigned long)i);
    if (s > best_steps) {
      best_steps = s;
      best = i;
    }
  }
  *steps_out = best_steps;
  return best;
}
