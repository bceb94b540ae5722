/* Integer arithmetic: rational numbers kept in lowest terms (add, multiply, compare). */
struct rational {
  long num;
  long den;
};

static long gcd_abs(long a, long b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a;
}

struct rational rat_make(long num, long den) {
  struct rational r;
  long g = gcd_abs(num, den);
  if (g == 0) g = 1;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  r.num = num / g;
  r.den = den / g;
  return r;
}

struct rational rat_add(struct rational a, struct rational b) {
  return rat_make(a.num * b.den + b.num * a.den, a.den * b.den);
}

struct rational rat_mul(struct rational a, struct rational b) { return rat_make(a.num * b.num, a.den * b.den); }

int rat_cmp(struct rational a, struct rational b) {
  long l = a.num * b.den, r = b.num * a.den;
  return (l > r) - (l < r);
}

struct rational harmonic(int n) {
  struct rational h = rat_make(0, 1);
  for (int i = 1; i <= n; i++) h = rat_add(h, rat_make(1, i));
  return h;
}
