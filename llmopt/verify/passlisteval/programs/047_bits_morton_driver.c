#include <stdint.h>
#include "selftest.h"
uint32_t morton_encode(uint32_t x, uint32_t y);
void morton_decode(uint32_t code, uint32_t *x, uint32_t *y);
uint32_t morton_slow(uint32_t x, uint32_t y);

int main(void) {
  uint32_t x, y;
  CHECK_EQ(morton_encode(0, 0), 0);
  CHECK_EQ(morton_encode(1, 0), 1);
  CHECK_EQ(morton_encode(0, 1), 2);
  CHECK_EQ(morton_encode(3, 3), 15);
  CHECK_EQ(morton_encode(0xffff, 0xffff), 0xffffffffu);
  for (uint32_t i = 0; i < 2000; i += 37) {
    uint32_t j = (i * 2654435761u) >> 16;
    CHECK_EQ(morton_encode(i, j), morton_slow(i, j));
    morton_decode(morton_encode(i, j), &x, &y);
    CHECK_EQ(x, i);
    CHECK_EQ(y, j);
  }
  return st_finish("047_bits_morton");
}
