#include <stdlib.h>
#include <string.h>
static int helper_sq(int x) { return x * x; }
int helper_twice(int x);
int call_helper(int a) { return helper_sq(a) + 1; }
int call_extern(int a, int b) { return helper_twice(a) - helper_twice(b); }
int call_abs(int a) { return abs(a) + 1; }
unsigned long call_strlen(const char *s) { return strlen(s); }
int call_order(int a) { int x = helper_twice(a); int y = helper_twice(a + 1); return x * 2 + y; }
int recurse_fact(unsigned n) { return n <= 1 ? 1 : (int)n * recurse_fact(n - 1); }
int call_in_branch(int a) { if (a > 3) return helper_twice(a); return a; }
