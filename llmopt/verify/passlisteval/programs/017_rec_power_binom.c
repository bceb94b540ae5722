/* Recursion: fast exponentiation, binomial coefficients (Pascal) and digit sums. */
unsigned long power_mod(unsigned long base, unsigned exp, unsigned long mod) {
  if (exp == 0) return 1 % mod;
  unsigned long half = power_mod(base, exp / 2, mod);
  unsigned long sq = half * half % mod;
  return exp % 2 ? sq * (base % mod) % mod : sq;
}

long binomial(int n, int k) {
  if (k < 0 || k > n) return 0;
  if (k == 0 || k == n) return 1;
  return binomial(n - 1, k - 1) + binomial(n - 1, k);
}

int digit_root(long n) {
  if (n < 10) return (int)n;
  long s = 0;
  while (n > 0) {
    s += n % 10;
    n /= 10;
  }
  return digit_root(s);
}
