#include "selftest.h"
size_t join_words(char *out, size_t size, const char *const *words, int n, const char *sep);
int starts_with(const char *s, const char *prefix);
long sum_numbers(const char *s);
int count_byte(const char *s, size_t n, char c);
void describe(char *out, size_t size, const char *name, int age);

int main(void) {
  char buf[64];
  const char *words[] = {"alpha", "beta", "gamma"};
  CHECK_EQ(join_words(buf, sizeof buf, words, 3, ", "), 18);
  CHECK_STR(buf, "alpha, beta, gamma");
  CHECK_EQ(join_words(buf, 12, words, 3, "-"), 10);
  CHECK_STR(buf, "alpha-beta");
  CHECK(starts_with("prefix-rest", "prefix"));
  CHECK(!starts_with("pre", "prefix"));
  CHECK_EQ(sum_numbers("a1b22c-3 and 100"), 120);
  CHECK_EQ(sum_numbers("none"), 0);
  CHECK_EQ(count_byte("banana", 6, 'a'), 3);
  CHECK_EQ(count_byte("banana", 3, 'a'), 1);
  describe(buf, sizeof buf, "Ada", 36);
  CHECK_STR(buf, "Ada is 36");
  return st_finish("078_str_libc_calls");
}
