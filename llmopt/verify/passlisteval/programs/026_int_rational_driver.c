#include "selftest.h"
struct rational {
  long num;
  long den;
};
struct rational rat_make(long num, long den);
struct rational rat_add(struct rational a, struct rational b);
struct rational rat_mul(struct rational a, struct rational b);
int rat_cmp(struct rational a, struct rational b);
struct rational harmonic(int n);

int main(void) {
  struct rational r = rat_make(6, -8);
  CHECK_EQ(r.num, -3);
  CHECK_EQ(r.den, 4);
  r = rat_add(rat_make(1, 2), rat_make(1, 3));
  CHECK_EQ(r.num, 5);
  CHECK_EQ(r.den, 6);
  r = rat_mul(rat_make(2, 3), rat_make(9, 4));
  CHECK_EQ(r.num, 3);
  CHECK_EQ(r.den, 2);
  CHECK_EQ(rat_cmp(rat_make(1, 3), rat_make(2, 6)), 0);
  CHECK_EQ(rat_cmp(rat_make(-1, 2), rat_make(1, 3)), -1);
  r = harmonic(10);
  CHECK_EQ(r.num, 7381);
  CHECK_EQ(r.den, 2520);
  return st_finish("026_int_rational");
}
