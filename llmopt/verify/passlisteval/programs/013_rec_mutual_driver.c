#include "selftest.h"
int is_even(unsigned n);
int is_odd(unsigned n);
int hof_female(int n);
int hof_male(int n);

int main(void) {
  static const int female[] = {1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 8};
  static const int male[] = {0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 7};
  CHECK(is_even(0));
  CHECK(is_even(1000));
  CHECK(!is_even(777));
  CHECK(is_odd(777));
  for (int i = 0; i < 13; i++) {
    CHECK_EQ(hof_female(i), female[i]);
    CHECK_EQ(hof_male(i), male[i]);
  }
  return st_finish("013_rec_mutual");
}
