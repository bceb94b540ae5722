#include "selftest.h"
size_t my_strlen(const char *s);
char *my_strcpy(char *dst, const char *src);
int my_strcmp(const char *a, const char *b);
const char *my_strchr(const char *s, int c);
const char *my_strstr(const char *hay, const char *needle);

int main(void) {
  char buf[32];
  const char *text = "the quick brown fox";
  CHECK_EQ(my_strlen(""), 0);
  CHECK_EQ(my_strlen(text), 19);
  CHECK_STR(my_strcpy(buf, "copy me"), "copy me");
  CHECK(my_strcmp("abc", "abd") < 0);
  CHECK(my_strcmp("abc", "abc") == 0);
  CHECK(my_strcmp("b", "abc") > 0);
  CHECK(my_strcmp("\xff", "a") > 0);
  CHECK(my_strchr(text, 'q') == text + 4);
  CHECK(my_strchr(text, '\0') == text + 19);
  CHECK(my_strchr(text, 'z') == NULL);
  CHECK(my_strstr(text, "brown") == text + 10);
  CHECK(my_strstr(text, "") == text);
  CHECK(my_strstr(text, "foxes") == NULL);
  return st_finish("071_str_basic");
}
