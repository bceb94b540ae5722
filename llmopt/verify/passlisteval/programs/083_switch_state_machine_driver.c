#include "selftest.h"
int lex_counts(const char *s, int counts[5]);

int main(void) {
  int c[5];
  CHECK_EQ(lex_counts("x = foo(12, \"a\\\"b\") # note\ny_2 += 7;", c), 13);
  CHECK_EQ(c[0], 3);
  CHECK_EQ(c[1], 2);
  CHECK_EQ(c[2], 1);
  CHECK_EQ(c[3], 7);
  CHECK_EQ(lex_counts("\"unterminated", c), -1);
  CHECK_EQ(c[4], 1);
  CHECK_EQ(lex_counts("", c), 0);
  CHECK_EQ(lex_counts("# only a comment", c), 0);
  return st_finish("083_switch_state_machine");
}
