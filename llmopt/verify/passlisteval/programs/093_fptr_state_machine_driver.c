#include "selftest.h"
int parse_fixed(const char *s, int *integer, long *fraction, int *digits);

int main(void) {
  int i, d;
  long f;
  CHECK(parse_fixed("12.345", &i, &f, &d));
  CHECK_EQ(i, 12);
  CHECK_EQ(f, 345);
  CHECK_EQ(d, 3);
  CHECK(parse_fixed("7", &i, &f, &d));
  CHECK_EQ(i, 7);
  CHECK_EQ(d, 0);
  CHECK(!parse_fixed("1.2.3", &i, &f, &d));
  CHECK(!parse_fixed(".5", &i, &f, &d));
  CHECK(!parse_fixed("", &i, &f, &d));
  CHECK(parse_fixed("0.", &i, &f, &d));
  return st_finish("093_fptr_state_machine");
}
