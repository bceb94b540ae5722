#include "selftest.h"
int process_commands(const char *cmds, int *x, int *y);
int duff_copy(char *to, const char *from, int count);

int main(void) {
  int x, y;
  char dst[64];
  const char *src = "abcdefghijklmnopqrstuvwxyz0123456789";
  CHECK_EQ(process_commands("UURRD L?", &x, &y), 7);
  CHECK_EQ(x, 1);
  CHECK_EQ(y, 1);
  CHECK_EQ(process_commands("RR!RR", &x, &y), -2);
  CHECK_EQ(x, 2);
  for (int n = 1; n <= 36; n++) {
    memset(dst, 0, sizeof dst);
    CHECK_EQ(duff_copy(dst, src, n), n);
    CHECK(memcmp(dst, src, (size_t)n) == 0 && dst[n] == 0);
  }
  CHECK_EQ(duff_copy(dst, src, 0), 0);
  return st_finish("086_switch_nested_loops");
}
