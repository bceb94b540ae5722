#include "selftest.h"
int http_class(int status);
long sparse_map(long key);
int char_kind(unsigned char c);

int main(void) {
  CHECK_EQ(http_class(204), 2);
  CHECK_EQ(http_class(404), 4);
  CHECK_EQ(http_class(418), 4);
  CHECK_EQ(http_class(503), 5);
  CHECK_EQ(http_class(99), 0);
  CHECK_EQ(http_class(700), 0);
  long keys[] = {-1000000, -7, 0, 13, 4096, 1000000007, 9000000000L, 1, -8, 4095};
  long want[] = {1, 2, 3, 4, 5, 6, 7, 0, 0, 0};
  for (int i = 0; i < 10; i++) CHECK_EQ(sparse_map(keys[i]), want[i]);
  const char *text = "(a + b)\t* [c]";
  int kinds[5] = {0};
  for (const char *p = text; *p; p++) kinds[char_kind((unsigned char)*p)]++;
  CHECK_EQ(kinds[1], 4);
  CHECK_EQ(kinds[2], 2);
  CHECK_EQ(kinds[3], 4);
  CHECK_EQ(kinds[0], 3);
  CHECK_EQ(char_kind(0xff), 4);
  return st_finish("082_switch_sparse");
}
