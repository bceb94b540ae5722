#include "selftest.h"
int run_tape(const char *code, const unsigned char *input, unsigned char *output, int max_steps);

int main(void) {
  unsigned char out[64];
  /* prints "Hi" : 72 = 8*9, 105 = 72 + 33 */
  CHECK_EQ(run_tape("++++++++[>+++++++++<-]>.+++++++++++++++++++++++++++++++++.", (const unsigned char *)"", out,
                    10000),
           2);
  CHECK_STR((char *)out, "Hi");
  /* echo input reversed: read until 0, then print backwards */
  CHECK_EQ(run_tape(">,[>,]<[.<]", (const unsigned char *)"abc", out, 10000), 3);
  CHECK_STR((char *)out, "cba");
  /* add two digits: ,>,[<+>-]<------------------------------------------------. */
  CHECK_EQ(run_tape(",>,[<+>-]<------------------------------------------------.", (const unsigned char *)"34",
                    out, 10000),
           1);
  CHECK_EQ(out[0], '7');
  return st_finish("088_switch_goto_interp");
}
