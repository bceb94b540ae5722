#include "selftest.h"
int days_in_month(int month, int leap);
const char *weekday_name(int d);
int fallthrough_sum(int n);
int roman_to_int(const char *s);

int main(void) {
  int total = 0;
  for (int m = 1; m <= 12; m++) total += days_in_month(m, 0);
  CHECK_EQ(total, 365);
  CHECK_EQ(days_in_month(2, 1), 29);
  CHECK_EQ(days_in_month(13, 0), -1);
  CHECK_STR(weekday_name(3), "Thu");
  CHECK_STR(weekday_name(7), "???");
  CHECK_STR(weekday_name(-1), "???");
  CHECK_EQ(fallthrough_sum(5), 15);
  CHECK_EQ(fallthrough_sum(2), 3);
  CHECK_EQ(fallthrough_sum(0), -1);
  CHECK_EQ(roman_to_int("MCMXCIV"), 1994);
  CHECK_EQ(roman_to_int("MMXXIV"), 2024);
  CHECK_EQ(roman_to_int("IX"), 9);
  return st_finish("081_switch_dense");
}
