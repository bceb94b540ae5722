#include <stdint.h>
#include "selftest.h"
uint32_t fnv1a32(const char *s);
uint32_t djb2(const char *s);
uint64_t splitmix64(uint64_t *state);
uint32_t murmur_fmix32(uint32_t h);

int main(void) {
  CHECK_EQ(fnv1a32(""), 2166136261u);
  CHECK_EQ(fnv1a32("a"), 0xe40c292cu);
  CHECK_EQ(fnv1a32("foobar"), 0xbf9cf968u);
  CHECK_EQ(djb2(""), 5381);
  CHECK_EQ(djb2("a"), 5381 * 33 + 97);
  uint64_t state = 0;
  CHECK(splitmix64(&state) == 0xe220a8397b1dcdafull);
  CHECK(splitmix64(&state) == 0x6e789e6aa1b965f4ull);
  CHECK_EQ(murmur_fmix32(0), 0);
  uint32_t h = 1, prev = 0;
  int distinct = 1;
  for (int i = 0; i < 50; i++) {
    prev = h;
    h = murmur_fmix32(h);
    distinct &= h != prev;
  }
  CHECK(distinct);
  return st_finish("028_int_hashes");
}
