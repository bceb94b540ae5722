/* Integer arithmetic: overflow-safe operations (checked add/mul, saturating arithmetic, wrapping unsigned). */
#include <limits.h>

int checked_add(int a, int b, int *out) {
  if ((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)) return 0;
  *out = a + b;
  return 1;
}

int checked_mul(int a, int b, int *out) {
  long long p = (long long)a * b;
  if (p > INT_MAX || p < INT_MIN) return 0;
  *out = (int)p;
  return 1;
}

int saturating_add(int a, int b) {
  int r;
  if (checked_add(a, b, &r)) return r;
  return b > 0 ? INT_MAX : INT_MIN;
}

unsigned char saturating_u8_add(unsigned char a, unsigned char b) {
  unsigned s = (unsigned)a + b;
  return s > 255 ? 255 : (unsigned char)s;
}

unsigned wrapping_mul(unsigned a, unsigned b) { return a * b; }

int builtin_overflow_add(long a, long b, long *out) { return __builtin_add_overflow(a, b, out); }
