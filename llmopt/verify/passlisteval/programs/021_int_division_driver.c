#include "selftest.h"
int div_trunc(int a, int b);
int rem_trunc(int a, int b);
int div_floor(int a, int b);
int mod_floor(int a, int b);
unsigned div_by_7(unsigned x);
int sdiv_by_8(int x);
int srem_by_16(int x);
unsigned long udiv_by_1000(unsigned long x);
long sdiv_by_minus3(long x);

int main(void) {
  CHECK_EQ(div_trunc(-7, 2), -3);
  CHECK_EQ(rem_trunc(-7, 2), -1);
  CHECK_EQ(div_trunc(7, -2), -3);
  CHECK_EQ(div_floor(-7, 2), -4);
  CHECK_EQ(div_floor(7, 2), 3);
  CHECK_EQ(div_floor(-8, 2), -4);
  CHECK_EQ(mod_floor(-7, 3), 2);
  CHECK_EQ(mod_floor(7, -3), -2);
  CHECK_EQ(div_by_7(4294967295u), 613566756u);
  CHECK_EQ(div_by_7(6), 0);
  CHECK_EQ(sdiv_by_8(-9), -1);
  CHECK_EQ(sdiv_by_8(-16), -2);
  CHECK_EQ(srem_by_16(-17), -1);
  CHECK_EQ(srem_by_16(33), 1);
  CHECK(udiv_by_1000(18446744073709551615ul) == 18446744073709551ul);
  CHECK_EQ(sdiv_by_minus3(10), -3);
  CHECK_EQ(sdiv_by_minus3(-10), 3);
  for (int x = -100; x <= 100; x++) {
    CHECK_EQ(sdiv_by_8(x) * 8 + x % 8, x);
    CHECK_EQ(div_floor(x, 7) * 7 + mod_floor(x, 7), x);
  }
  return st_finish("021_int_division");
}
