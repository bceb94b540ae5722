/* Bit manipulation: Morton (Z-order) codes by bit interleaving, and their inverse. */
#include <stdint.h>

static uint32_t spread16(uint32_t x) {
  x &= 0xffffu;
  x = (x | (x << 8)) & 0x00ff00ffu;
  x = (x | (x << 4)) & 0x0f0f0f0fu;
  x = (x | (x << 2)) & 0x33333333u;
  x = (x | (x << 1)) & 0x55555555u;
  return x;
}

static uint32_t compact16(uint32_t x) {
  x &= 0x55555555u;
  x = (x | (x >> 1)) & 0x33333333u;
  x = (x | (x >> 2)) & 0x0f0f0f0fu;
  x = (x | (x >> 4)) & 0x00ff00ffu;
  x = (x | (x >> 8)) & 0x0000ffffu;
  return x;
}

uint32_t morton_encode(uint32_t x, uint32_t y) { return spread16(x) | (spread16(y) << 1); }
void morton_decode(uint32_t code, uint32_t *x, uint32_t *y) {
  *x = compact16(code);
  *y = compact16(code >> 1);
}

uint32_t morton_slow(uint32_t x, uint32_t y) {
  uint32_t r = 0;
  for (int i = 0; i < 16; i++) r |= ((x >> i) & 1u) << (2 * i) | ((y >> i) & 1u) << (2 * i + 1);
  return r;
}
