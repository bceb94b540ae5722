#include "selftest.h"
int glob_match(const char *pattern, const char *text);
int kmp_search(const char *text, int n, const char *pat, int m, int *positions, int max_positions);

int main(void) {
  int pos[16];
  CHECK(glob_match("*.c", "main.c"));
  CHECK(!glob_match("*.c", "main.cc"));
  CHECK(glob_match("a?c*", "abcdef"));
  CHECK(glob_match("*", ""));
  CHECK(!glob_match("?", ""));
  CHECK(glob_match("**x**", "yyxyy"));
  CHECK_EQ(kmp_search("abababab", 8, "abab", 4, pos, 16), 3);
  CHECK_EQ(pos[0], 0);
  CHECK_EQ(pos[1], 2);
  CHECK_EQ(pos[2], 4);
  CHECK_EQ(kmp_search("aaaaa", 5, "aa", 2, pos, 16), 4);
  CHECK_EQ(kmp_search("hello", 5, "xyz", 3, pos, 16), 0);
  const char *t = "the cat sat on the mat with the hat";
  CHECK_EQ(kmp_search(t, (int)strlen(t), "the", 3, pos, 16), 3);
  CHECK_EQ(pos[2], 28);
  return st_finish("076_str_pattern_match");
}
