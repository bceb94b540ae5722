/* Integer arithmetic: branch-free and branchy abs/min/max/clamp/sign, average without overflow. */
int abs_branch(int x) { return x < 0 ? -x : x; }
int abs_mask(int x) {
  int m = x >> 31;
  return (x ^ m) - m;
}
int min3(int a, int b, int c) { return a < b ? (a < c ? a : c) : (b < c ? b : c); }
int max_of(const int *v, int n) {
  int m = v[0];
  for (int i = 1; i < n; i++)
    if (v[i] > m) m = v[i];
  return m;
}
int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
int sign(long x) { return (x > 0) - (x < 0); }
unsigned average_floor(unsigned a, unsigned b) { return (a & b) + ((a ^ b) >> 1); }
int average_signed(int a, int b) { return (int)(((long long)a + b) / 2); }
