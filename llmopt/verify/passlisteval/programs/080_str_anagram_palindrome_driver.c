#include "selftest.h"
int is_anagram(const char *a, const char *b);
int longest_palindrome(const char *s, int n, int *start);
void classify(const char *s, int *letters, int *digits, int *spaces, int *other);

int main(void) {
  int start = -1, l, d, s, o;
  CHECK(is_anagram("Dormitory", "dirty room"));
  CHECK(is_anagram("", ""));
  CHECK(!is_anagram("abc", "abd"));
  CHECK_EQ(longest_palindrome("babad", 5, &start), 3);
  CHECK_EQ(start, 0);
  CHECK_EQ(longest_palindrome("forgeeksskeegfor", 16, &start), 10);
  CHECK_EQ(start, 3);
  CHECK_EQ(longest_palindrome("", 0, &start), 0);
  classify("Hi 2 you!\n", &l, &d, &s, &o);
  CHECK_EQ(l, 5);
  CHECK_EQ(d, 1);
  CHECK_EQ(s, 3);
  CHECK_EQ(o, 1);
  return st_finish("080_str_anagram_palindrome");
}
