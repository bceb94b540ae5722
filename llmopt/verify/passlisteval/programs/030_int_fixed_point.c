/* Integer arithmetic: Q16.16 fixed point (multiply, divide, square root, polynomial evaluation). */
typedef int fixed;
#define FIX_ONE 65536

fixed fix_from_int(int v) { return v * FIX_ONE; }
fixed fix_mul(fixed a, fixed b) { return (fixed)(((long long)a * b) >> 16); }
fixed fix_div(fixed a, fixed b) { return (fixed)(((long long)a * FIX_ONE) / b); }

fixed fix_sqrt(fixed a) {
  if (a <= 0) return 0;
  fixed x = a > FIX_ONE ? a / 2 : FIX_ONE;
  for (int i = 0; i < 30; i++) {
    fixed next = (x + fix_div(a, x)) / 2;
    if (next == x) break;
    x = next;
  }
  return x;
}

fixed fix_poly(const fixed *coeffs, int n, fixed x) {
  fixed acc = 0;
  for (int i = n - 1; i >= 0; i--) acc = fix_mul(acc, x) + coeffs[i];
  return acc;
}
