/* Source of o0.ll / o0_instcombine.ll (the SmtVerifier fixtures). Regenerate with:
 *   clang-19 -O0 -Xclang -disable-O0-optnone -g0 -emit-llvm -S -o o0.ll o0.c
 *   opt-19 -S -passes='instcombine<no-verify-fixpoint>' o0.ll -o o0_instcombine.ll */
#include <string.h>
struct point { int x; int y; char tag; };
static const short table[4] = {3, 1, 4, 1};
int counter;
extern int ext(int);

int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
unsigned rotl(unsigned x) { return (x << 5) | (x >> 27); }
int sign(long v) { return (v > 0) - (v < 0); }
int lookup(unsigned i) { return table[i & 3]; }
void bump(void) { counter += 2; }
void move(struct point *p, int dx) { p->x += dx; p->tag = 'm'; }
int swap_sum(int *a, int *b) { int t = *a; *a = *b; *b = t; return *a + *b; }
int calls(int a) { return ext(a) * 2 + ext(a + 1); }
int grade(int s) { switch (s / 10) { case 10: case 9: return 4; case 8: return 3; case 7: return 2; default: return 0; } }
unsigned char avg(unsigned char a, unsigned char b) { return (a + b) / 2; }
void zero3(int *d) { memset(d, 0, 3 * sizeof(int)); }
int sum_to(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
