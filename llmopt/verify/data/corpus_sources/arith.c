int add3(int a, int b, int c) { return a + b + c; }
int sub_self(int a, int b) { return (a - b) + b; }
int mul_const(int a) { return a * 8 + a * 2; }
unsigned udiv_pow2(unsigned a) { return a / 16; }
int sdiv_pow2(int a) { return a / 4; }
unsigned urem_pow2(unsigned a) { return a % 32; }
int srem_const(int a) { return a % 7; }
long long mixed_width(int a, short b, signed char c) { return (long long)a * b + c; }
unsigned char narrow(unsigned x, unsigned y) { return (unsigned char)(x + y) ; }
int neg_neg(int a) { return -(-a); }
long long avg_u(unsigned a, unsigned b) { return ((long long)a + b) / 2; }
int div_checked(int a, int b) { return b != 0 && !(a == -2147483647 - 1 && b == -1) ? a / b : 0; }
unsigned short widen_mul(unsigned char a, unsigned char b) { return (unsigned short)(a * b); }
int dist(int a, int b) { return a > b ? a - b : b - a; }
