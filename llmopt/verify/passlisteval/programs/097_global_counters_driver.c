#include "selftest.h"
extern int global_calls;
extern long global_total;
int next_id(void);
long accumulate(long v);
int lcg_next(void);
void lcg_seed(int seed);
int once_initialized(void);

static int ref_lcg(int s) { return (int)((long long)s * 48271 % 2147483647); }

int main(void) {
  CHECK_EQ(global_calls, 0);
  CHECK_EQ(global_total, 100);
  CHECK_EQ(next_id(), 1000);
  CHECK_EQ(next_id(), 1001);
  CHECK_EQ(accumulate(5), 105);
  CHECK_EQ(accumulate(-10), 95);
  CHECK_EQ(global_calls, 4);
  global_total = 0;
  CHECK_EQ(accumulate(1), 1);
  lcg_seed(1);
  CHECK_EQ(lcg_next(), 48271);
  lcg_seed(12345);
  int r = 12345;
  for (int i = 0; i < 100; i++) {
    r = ref_lcg(r);
    CHECK_EQ(lcg_next(), r);
  }
  CHECK_EQ(once_initialized(), 385);
  CHECK_EQ(once_initialized(), 386);
  return st_finish("097_global_counters");
}
