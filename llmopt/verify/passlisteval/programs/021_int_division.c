/* Integer arithmetic: signed/unsigned division and remainder, floor/ceil division, division by constants. */
int div_trunc(int a, int b) { return a / b; }
int rem_trunc(int a, int b) { return a % b; }

int div_floor(int a, int b) {
  int q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

int mod_floor(int a, int b) {
  int r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

unsigned div_by_7(unsigned x) { return x / 7; }
int sdiv_by_8(int x) { return x / 8; }
int srem_by_16(int x) { return x % 16; }
unsigned long udiv_by_1000(unsigned long x) { return x / 1000; }
long sdiv_by_minus3(long x) { return x / -3; }
