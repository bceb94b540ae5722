#include "selftest.h"
int split_fields(const char *line, char delim, char fields[][32], int max_fields);
int count_words(const char *s);

int main(void) {
  char f[8][32];
  CHECK_EQ(split_fields("a,b,,d", ',', f, 8), 4);
  CHECK_STR(f[0], "a");
  CHECK_STR(f[2], "");
  CHECK_STR(f[3], "d");
  CHECK_EQ(split_fields("\"x,y\",\"say \"\"hi\"\"\",z", ',', f, 8), 3);
  CHECK_STR(f[0], "x,y");
  CHECK_STR(f[1], "say \"hi\"");
  CHECK_STR(f[2], "z");
  CHECK_EQ(split_fields("\"open", ',', f, 8), -1);
  CHECK_EQ(split_fields("1;2;3;4;5", ';', f, 3), 3);
  CHECK_EQ(split_fields("", ',', f, 8), 1);
  CHECK_EQ(count_words("  hello   world\tagain\n"), 3);
  CHECK_EQ(count_words(""), 0);
  return st_finish("075_str_tokenize");
}
