#include "selftest.h"
void reverse_range(char *s, int i, int j);
int is_palindrome(const char *s, int i, int j);
int to_base(long value, unsigned base, char *out);

int main(void) {
  char s[] = "recursion";
  char buf[80];
  reverse_range(s, 0, 8);
  CHECK_STR(s, "noisrucer");
  CHECK(is_palindrome("racecar", 0, 6));
  CHECK(!is_palindrome("racecars", 0, 7));
  CHECK_EQ(to_base(255, 16, buf), 2);
  CHECK_STR(buf, "ff");
  to_base(-42, 10, buf);
  CHECK_STR(buf, "-42");
  to_base(0, 2, buf);
  CHECK_STR(buf, "0");
  to_base(10, 2, buf);
  CHECK_STR(buf, "1010");
  to_base(-9223372036854775807L - 1, 10, buf);
  CHECK_STR(buf, "-9223372036854775808");
  return st_finish("020_rec_string_reverse");
}
