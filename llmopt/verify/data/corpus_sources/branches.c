int clamp(int x, int lo, int hi) { if (x < lo) return lo; if (x > hi) return hi; return x; }
int max3(int a, int b, int c) { int m = a; if (b > m) m = b; if (c > m) m = c; return m; }
int classify(int x) { if (x < 0) return -1; else if (x == 0) return 0; else if (x < 100) return 1; return 2; }
int both_pos(int a, int b) { if (a > 0) { if (b > 0) return 1; } return 0; }
unsigned sat_add(unsigned a, unsigned b) { unsigned s = a + b; if (s < a) return 0xffffffffu; return s; }
int in_range(int x) { return x >= 10 && x <= 20; }
int early_exit(int *p, int n) { if (n <= 0) return 0; if (p[0] == 0) return 1; return p[0] + n; }
int ternary_chain(int a) { return a == 1 ? 10 : a == 2 ? 20 : a == 3 ? 30 : 0; }
int dead_branch(int x) { int y = x * 2; if (y != x * 2) return 42; return y; }
