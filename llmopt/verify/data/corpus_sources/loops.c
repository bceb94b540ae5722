int sum_to(int n) { int s = 0; for (int i = 0; i < n && i < 1000; i++) s += i; return s; }
int count_down(unsigned n) { int c = 0; while (n > 0 && c < 64) { n /= 2; c++; } return c; }
int sum_buf(const int *p, int n) { int s = 0; for (int i = 0; i < n && i < 8; i++) s += p[i]; return s; }
int find_byte(const unsigned char *p, unsigned char v) { for (int i = 0; i < 16; i++) if (p[i] == v) return i; return -1; }
unsigned gcd(unsigned a, unsigned b) { while (b != 0) { unsigned t = a % b; a = b; b = t; } return a; }
int fixed_loop(int x) { for (int i = 0; i < 4; i++) x = x * 3 + 1; return x; }
void scale_buf(int *p, int k) { for (int i = 0; i < 6; i++) p[i] *= k; }
int do_while(int n) { int r = 0; do { r += 2; n--; } while (n > 0 && r < 100); return r; }
unsigned checksum(const unsigned char *p) { unsigned h = 0; for (int i = 0; i < 12; i++) h = h * 31 + p[i]; return h; }
