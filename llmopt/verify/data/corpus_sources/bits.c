unsigned rotl8(unsigned x) { return (x << 8) | (x >> 24); }
unsigned clear_low(unsigned x) { return x & (x - 1); }
unsigned lowest_bit(unsigned x) { return x & -x; }
int is_pow2(unsigned x) { return x != 0 && (x & (x - 1)) == 0; }
unsigned xor_swap_sum(unsigned a, unsigned b) { a ^= b; b ^= a; a ^= b; return a * 3 + b; }
unsigned mask_range(unsigned x, unsigned n) { return n < 32 ? x & ((1u << n) - 1) : x; }
int sign_of(int x) { return (x > 0) - (x < 0); }
unsigned long long bswap16x(unsigned long long x) { return ((x & 0xff) << 8) | ((x >> 8) & 0xff); }
unsigned popcount_loop(unsigned x) { unsigned c = 0; while (x) { c += x & 1; x >>= 1; } return c; }
int arith_shift(int x, unsigned s) { return x >> (s & 31); }
unsigned not_and(unsigned a, unsigned b) { return ~(~a | ~b); }
unsigned char nibble_swap(unsigned char b) { return (unsigned char)((b << 4) | (b >> 4)); }
