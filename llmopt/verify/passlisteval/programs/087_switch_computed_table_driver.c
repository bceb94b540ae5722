#include "selftest.h"
int linear_switch(int x);
unsigned char hex_digit_value(char c);
double unit_factor(int unit);
int bool_switch(int flag, int a, int b);

int main(void) {
  for (int i = 0; i < 6; i++) CHECK_EQ(linear_switch(i), 10 + 3 * i);
  CHECK_EQ(linear_switch(6), 0);
  CHECK_EQ(linear_switch(-1), 0);
  CHECK_EQ(hex_digit_value('7'), 7);
  CHECK_EQ(hex_digit_value('c'), 12);
  CHECK_EQ(hex_digit_value('F'), 15);
  CHECK_EQ(hex_digit_value('g'), 255);
  CHECK_NEAR(unit_factor(3) * 1000, 304.8, 1e-12);
  CHECK_NEAR(unit_factor(9), 0.0, 0.0);
  CHECK_EQ(bool_switch(5, 1, 2), 1);
  CHECK_EQ(bool_switch(0, 1, 2), 2);
  return st_finish("087_switch_computed_table");
}
