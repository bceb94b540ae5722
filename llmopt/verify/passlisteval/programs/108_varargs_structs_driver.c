#include "selftest.h"
struct pair {
  int key;
  int value;
};
struct big {
  long a, b, c;
};
int sum_pairs(int count, ...);
long sum_bigs(int count, ...);
const char *longest_string(int count, ...);

int main(void) {
  struct pair p1 = {2, 3}, p2 = {4, 5}, p3 = {-1, 7};
  struct big b1 = {1, 2, 3}, b2 = {4, 5, 6};
  CHECK_EQ(sum_pairs(3, p1, p2, p3), 6 + 20 - 7);
  CHECK_EQ(sum_pairs(0), 0);
  CHECK_EQ(sum_bigs(2, b1, b2), 321 + 654);
  CHECK_STR(longest_string(4, "a", "abcd", "abc", "xyzw"), "abcd");
  CHECK_STR(longest_string(0), "");
  return st_finish("108_varargs_structs");
}
