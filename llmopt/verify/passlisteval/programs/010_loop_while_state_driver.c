#include "selftest.h"
struct tally {
  int words;
  int numbers;
  long number_sum;
};
void tally_text(const char *s, struct tally *t);

int main(void) {
  struct tally t;
  tally_text("abc 12 de 30x f", &t);
  CHECK_EQ(t.words, 4);
  CHECK_EQ(t.numbers, 2);
  CHECK_EQ(t.number_sum, 42);
  tally_text("", &t);
  CHECK_EQ(t.words + t.numbers, 0);
  tally_text("x1 y22 7", &t);
  CHECK_EQ(t.words, 2);
  CHECK_EQ(t.numbers, 1);
  CHECK_EQ(t.number_sum, 7);
  tally_text("100 200 300", &t);
  CHECK_EQ(t.number_sum, 600);
  return st_finish("010_loop_while_state");
}
