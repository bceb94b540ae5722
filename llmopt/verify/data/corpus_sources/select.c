int smin(int a, int b) { return a < b ? a : b; }
unsigned umax(unsigned a, unsigned b) { return a > b ? a : b; }
int iabs(int x) { return x < 0 ? -x : x; }
int sel_const(int c) { return c ? 17 : 4; }
int sel_add(int c, int x) { int y = x; if (c > 5) y = x + 1; return y; }
long long sel_wide(long long a, long long b, int c) { return c == 0 ? a : b; }
int bool_to_int(int a, int b) { int r = 0; if (a == b) r = 1; return r; }
unsigned sel_mask(unsigned x, int f) { return f ? x | 1u : x & ~1u; }
int sel_neg(int x, int neg) { return neg ? -x : x; }
