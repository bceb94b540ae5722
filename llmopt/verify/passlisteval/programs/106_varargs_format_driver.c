#include "selftest.h"
int mini_format(char *out, const char *fmt, ...);
int format_via_libc(char *out, size_t size, const char *fmt, ...);

int main(void) {
  char buf[128];
  CHECK_EQ(mini_format(buf, "x=%d y=%u", -42, 7u), 9);
  CHECK_STR(buf, "x=-42 y=7");
  mini_format(buf, "%s:%c:%x:%%", "id", 'Z', 255u);
  CHECK_STR(buf, "id:Z:ff:%");
  mini_format(buf, "%d", -2147483647 - 1);
  CHECK_STR(buf, "-2147483648");
  mini_format(buf, "[%q]");
  CHECK_STR(buf, "[?]");
  CHECK_EQ(format_via_libc(buf, sizeof buf, "%05.1f|%-3s|%ld", 3.14159, "ab", 123456789012L), 22);
  CHECK_STR(buf, "003.1|ab |123456789012");
  CHECK_EQ(format_via_libc(buf, 4, "%s", "truncated"), 9);
  CHECK_STR(buf, "tru");
  return st_finish("106_varargs_format");
}
