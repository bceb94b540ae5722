#include "selftest.h"
void to_upper(char *s);
char *trim(char *s);
void reverse_words(char *s);
void collapse_spaces(char *s);

int main(void) {
  char a[] = "Hello, World 42!";
  char b[] = "  \t padded text \n ";
  char c[] = "one two three";
  char d[] = "a   b    c d  ";
  char e[] = "";
  to_upper(a);
  CHECK_STR(a, "HELLO, WORLD 42!");
  CHECK_STR(trim(b), "padded text");
  reverse_words(c);
  CHECK_STR(c, "three two one");
  collapse_spaces(d);
  CHECK_STR(d, "a b c d ");
  reverse_words(e);
  CHECK_STR(e, "");
  return st_finish("072_str_transform");
}
