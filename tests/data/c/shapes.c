/* Test input written for llmopt: switch, structs, floating point, a static helper, globals. */
#include <math.h>
struct point { double x, y; };
static int counter;
static double sq(double v) { return v * v; }
double dist(struct point a, struct point b) { return sqrt(sq(a.x - b.x) + sq(a.y - b.y)); }
int classify(int c) {
  switch (c) {
  case 0: return 10; case 1: return 20; case 2: return 35; case 7: return 4;
  case 9: return 99; default: return -1;
  }
}
int bump(int by) { counter += by; return counter; }
unsigned popcnt(unsigned v) { unsigned n = 0; while (v) { v &= v - 1; n++; } return n; }
