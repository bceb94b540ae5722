/* Loops: Euclid's algorithm, binary GCD, and LCM over arrays. */
unsigned gcd_euclid(unsigned a, unsigned b) {
  while (b != 0) {
    unsigned t = a % b;
    a = b;
    b = t;
  }
  return a;
}

unsigned gcd_binary(unsigned a, unsigned b) {
  int shift = 0;
  if (a == 0) return b;
  if (b == 0) return a;
  while (((a | b) & 1u) == 0) {
    a >>= 1;
    b >>= 1;
    shift++;
  }
  while ((a & 1u) == 0) a >>= 1;
  do {
    while ((b & 1u) == 0) b >>= 1;
    if (a > b) {
      unsigned t = a;
      a = b;
      b = t;
    }
    b -= a;
  } while (b != 0);
  return a << shift;
}

static unsigned long gcd_long(unsigned long a, unsigned long b) {
  return b == 0 ? a : gcd_long(b, a % b);
}

unsigned long lcm_all(const unsigned *v, int n) {
  unsigned long acc = 1;
  for (int i = 0; i < n; i++) acc = acc / gcd_long(acc, v[i]) * v[i];
  return acc;
}
