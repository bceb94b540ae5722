/* Bit manipulation: population count three ways (loop, Kernighan, SWAR) and parity. */
#include <stdint.h>

int popcount_loop(uint32_t x) {
  int c = 0;
  for (int i = 0; i < 32; i++) c += (x >> i) & 1u;
  return c;
}

int popcount_kernighan(uint64_t x) {
  int c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}

int popcount_swar(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0f0f0f0fu;
  return (int)((x * 0x01010101u) >> 24);
}

int parity(uint32_t x) {
  x ^= x >> 16;
  x ^= x >> 8;
  x ^= x >> 4;
  x ^= x >> 2;
  x ^= x >> 1;
  return (int)(x & 1u);
}
