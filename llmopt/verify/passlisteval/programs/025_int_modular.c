/* Integer arithmetic: modular inverse (extended Euclid), CRT, Miller-Rabin with 128-bit products. */
long ext_gcd(long a, long b, long *x, long *y) {
  if (b == 0) {
    *x = 1;
    *y = 0;
    return a;
  }
  long x1, y1;
  long g = ext_gcd(b, a % b, &x1, &y1);
  *x = y1;
  *y = x1 - (a / b) * y1;
  return g;
}

long mod_inverse(long a, long m) {
  long x, y;
  if (ext_gcd(a, m, &x, &y) != 1) return -1;
  return ((x % m) + m) % m;
}

static unsigned long mulmod(unsigned long a, unsigned long b, unsigned long m) {
  return (unsigned long)((unsigned __int128)a * b % m);
}

static unsigned long powmod(unsigned long b, unsigned long e, unsigned long m) {
  unsigned long r = 1;
  b %= m;
  while (e) {
    if (e & 1) r = mulmod(r, b, m);
    b = mulmod(b, b, m);
    e >>= 1;
  }
  return r;
}

int miller_rabin(unsigned long n) {
  static const unsigned long bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
  if (n < 2) return 0;
  unsigned long d = n - 1;
  int s = 0;
  while ((d & 1) == 0) {
    d >>= 1;
    s++;
  }
  for (int i = 0; i < 12; i++) {
    unsigned long a = bases[i];
    if (a % n == 0) continue;
    unsigned long x = powmod(a, d, n);
    if (x == 1 || x == n - 1) continue;
    int composite = 1;
    for (int r = 1; r < s; r++) {
      x = mulmod(x, x, n);
      if (x == n - 1) {
        composite = 0;
        break;
      }
    }
    if (composite) return 0;
  }
  return 1;
}
