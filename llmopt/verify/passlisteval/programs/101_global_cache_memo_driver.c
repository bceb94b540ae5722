#include "selftest.h"
extern int cache_hits, cache_misses;
long cached_compute(long n);
void cache_clear(void);
long partition_count(int n);

int main(void) {
  cache_clear();
  long a = cached_compute(500);
  CHECK_EQ(cached_compute(500), a);
  CHECK_EQ(cache_hits, 1);
  CHECK_EQ(cache_misses, 1);
  for (long n = 0; n < 20; n++) cached_compute(n);
  for (long n = 0; n < 20; n++) cached_compute(n);
  CHECK(cache_hits >= 20);
  CHECK_EQ(cache_hits + cache_misses, 42);
  CHECK_EQ(cached_compute(3), 3 + 1 + 4 + 2);
  CHECK_EQ(partition_count(5), 7);
  CHECK_EQ(partition_count(100), 190569292L);
  CHECK_EQ(partition_count(101), -1);
  return st_finish("101_global_cache_memo");
}
