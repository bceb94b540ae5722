/* Arrays: in-place rotation (reversal and juggling), reverse, and shifting with memmove. */
#include <string.h>

static void reverse_ints(int *v, int i, int j) {
  while (i < j) {
    int t = v[i];
    v[i++] = v[j];
    v[j--] = t;
  }
}

void rotate_left_reverse(int *v, int n, int k) {
  if (n == 0) return;
  k %= n;
  reverse_ints(v, 0, k - 1);
  reverse_ints(v, k, n - 1);
  reverse_ints(v, 0, n - 1);
}

static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

void rotate_left_juggle(int *v, int n, int k) {
  if (n == 0) return;
  k %= n;
  if (k == 0) return;
  int cycles = gcd(n, k);
  for (int start = 0; start < cycles; start++) {
    int tmp = v[start], i = start;
    for (;;) {
      int j = i + k;
      if (j >= n) j -= n;
      if (j == start) break;
      v[i] = v[j];
      i = j;
    }
    v[i] = tmp;
  }
}

void shift_right_one(int *v, int n) {
  if (n < 2) return;
  int last = v[n - 1];
  memmove(v + 1, v, (size_t)(n - 1) * sizeof *v);
  v[0] = last;
}
