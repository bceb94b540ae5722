#include <string.h>
void copy16(char *dst, const char *src) { memcpy(dst, src, 16); }
void zero32(char *p) { memset(p, 0, 32); }
void fill_byte(unsigned char *p, unsigned char v) { memset(p, v, 8); }
int copy_local(const int *src) { int t[4]; memcpy(t, src, sizeof t); return t[0] - t[3]; }
unsigned load_u32(const unsigned char *p) { unsigned v; memcpy(&v, p, 4); return v; }
void store_u16(unsigned char *p, unsigned short v) { memcpy(p, &v, 2); }
void move_overlap(char *p) { memmove(p + 1, p, 8); }
int store_then_load(int *p, int *q) { *p = 1; *q = 2; return *p; }
void two_stores(int *p, int v) { p[0] = v; p[1] = v + 1; p[0] = v * 2; }
int zero_local_sum(void) { int t[6]; memset(t, 0, sizeof t); t[2] = 5; return t[0] + t[2] + t[5]; }
