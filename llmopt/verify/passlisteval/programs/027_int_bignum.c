/* Integer arithmetic: multi-limb unsigned big numbers (add, multiply by small, factorial digits). */
#define LIMBS 40

void big_set(unsigned *a, unsigned v) {
  for (int i = 0; i < LIMBS; i++) a[i] = 0;
  a[0] = v;
}

void big_add(unsigned *a, const unsigned *b) {
  unsigned long carry = 0;
  for (int i = 0; i < LIMBS; i++) {
    unsigned long s = (unsigned long)a[i] + b[i] + carry;
    a[i] = (unsigned)s;
    carry = s >> 32;
  }
}

void big_mul_small(unsigned *a, unsigned m) {
  unsigned long carry = 0;
  for (int i = 0; i < LIMBS; i++) {
    unsigned long p = (unsigned long)a[i] * m + carry;
    a[i] = (unsigned)p;
    carry = p >> 32;
  }
}

unsigned big_div_small(unsigned *a, unsigned d) {
  unsigned long rem = 0;
  for (int i = LIMBS - 1; i >= 0; i--) {
    unsigned long cur = (rem << 32) | a[i];
    a[i] = (unsigned)(cur / d);
    rem = cur % d;
  }
  return (unsigned)rem;
}

int big_is_zero(const unsigned *a) {
  for (int i = 0; i < LIMBS; i++)
    if (a[i]) return 0;
  return 1;
}

int big_digit_sum(unsigned *a) {
  int s = 0;
  while (!big_is_zero(a)) s += (int)big_div_small(a, 10);
  return s;
}
