/* Integer arithmetic: integer square root (Newton and bitwise), integer logarithms, perfect powers. */
unsigned long isqrt_newton(unsigned long n) {
  if (n < 2) return n;
  unsigned long x = n, y = n / 2 + (n & 1);
  while (y < x) {
    x = y;
    y = (x + n / x) / 2;
  }
  return x;
}

unsigned isqrt_bits(unsigned n) {
  unsigned result = 0, bit = 1u << 30;
  while (bit > n) bit >>= 2;
  while (bit != 0) {
    if (n >= result + bit) {
      n -= result + bit;
      result = (result >> 1) + bit;
    } else {
      result >>= 1;
    }
    bit >>= 2;
  }
  return result;
}

int ilog10(unsigned long n) {
  int d = 0;
  while (n >= 10) {
    n /= 10;
    d++;
  }
  return d;
}

int is_perfect_square(unsigned long n) {
  unsigned long r = isqrt_newton(n);
  return r * r == n;
}
