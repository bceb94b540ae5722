#include "selftest.h"
extern const int primes_table[10];
extern int scratch[32];
int prime_at(int i);
const char *color_name(unsigned i);
int *scratch_fill(int n, int v);
void remember(int v);
int history_sum(void);

int main(void) {
  CHECK_EQ(prime_at(9), 29);
  CHECK_EQ(primes_table[4], 11);
  CHECK_STR(color_name(1), "green");
  CHECK_STR(color_name(3), "unknown");
  int *mid = scratch_fill(10, 100);
  CHECK(mid == &scratch[5]);
  CHECK_EQ(*mid, 105);
  CHECK_EQ(scratch[9], 109);
  scratch[0] = -1;
  CHECK_EQ(scratch_fill(1, 7)[0], 7);
  for (int i = 1; i <= 5; i++) remember(i);
  CHECK_EQ(history_sum(), 15);
  for (int i = 6; i <= 12; i++) remember(i);
  CHECK_EQ(history_sum(), 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12);
  return st_finish("098_global_tables");
}
