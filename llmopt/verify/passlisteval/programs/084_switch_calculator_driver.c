#include "selftest.h"
int rpn_eval(const char *s, long *result);

int main(void) {
  long r = 0;
  CHECK_EQ(rpn_eval("3 4 + 2 *", &r), 0);
  CHECK_EQ(r, 14);
  CHECK_EQ(rpn_eval("5 1 2 + 4 * + 3 -", &r), 0);
  CHECK_EQ(r, 14);
  CHECK_EQ(rpn_eval("2 10 ^ 1000 -", &r), 0);
  CHECK_EQ(r, 24);
  CHECK_EQ(rpn_eval("7 ~ 2 /", &r), 0);
  CHECK_EQ(r, -3);
  CHECK_EQ(rpn_eval("17 5 %", &r), 0);
  CHECK_EQ(r, 2);
  CHECK_EQ(rpn_eval("1 +", &r), 1);
  CHECK_EQ(rpn_eval("1 0 /", &r), 2);
  CHECK_EQ(rpn_eval("1 2 &", &r), 3);
  CHECK_EQ(rpn_eval("1 2", &r), 4);
  CHECK_EQ(rpn_eval("", &r), 1);
  return st_finish("084_switch_calculator");
}
