#include "selftest.h"
int evaluate(const char *text, long *result);

int main(void) {
  long r = 0;
  CHECK(evaluate("1 + 2 * 3", &r));
  CHECK_EQ(r, 7);
  CHECK(evaluate("(1 + 2) * 3", &r));
  CHECK_EQ(r, 9);
  CHECK(evaluate("100 / 7 - -3", &r));
  CHECK_EQ(r, 17);
  CHECK(evaluate("((((42))))", &r));
  CHECK_EQ(r, 42);
  CHECK(evaluate("2*(3+4)*(5-1)/2", &r));
  CHECK_EQ(r, 28);
  CHECK(!evaluate("1 +", &r));
  CHECK(!evaluate("(1", &r));
  CHECK(!evaluate("4 / 0", &r));
  return st_finish("018_rec_expr_parser");
}
