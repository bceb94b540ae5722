int local_sum4(int a, int b, int c, int d) { int t[4] = {a, b, c, d}; return t[0] + t[1] + t[2] + t[3]; }
int local_reverse(int a, int b, int c) { int t[3]; t[2] = a; t[1] = b; t[0] = c; return t[0] * 100 + t[1] * 10 + t[2]; }
int array_param_sum(const int *p) { return p[0] + p[1] + p[2] + p[3]; }
void array_fill(int *p, int v) { for (int i = 0; i < 8; i++) p[i] = v + i; }
int array_max(const int *p) { int m = p[0]; for (int i = 1; i < 6; i++) if (p[i] > m) m = p[i]; return m; }
void array_copy_rev(int *dst, const int *src) { for (int i = 0; i < 4; i++) dst[i] = src[3 - i]; }
int lookup_local(unsigned i) { int t[5] = {2, 3, 5, 7, 11}; return i < 5 ? t[i] : 0; }
void swap_first(int *p) { int t = p[0]; p[0] = p[1]; p[1] = t; }
unsigned char byte_at(const unsigned char *p, unsigned i) { return p[i & 15]; }
