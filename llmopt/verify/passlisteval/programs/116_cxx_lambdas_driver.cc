#include "selftest.h"
#include "116_cxx_lambdas.h"

int main() {
  auto add5 = make_adder(5);
  CHECK_EQ(add5(10), 15);
  auto f = compose(make_adder(1), [](int x) { return x * 10; });
  CHECK_EQ(f(4), 50);
  auto v = transform_filter({1, 2, 3, 4, 5}, 6);
  CHECK_EQ(v.size(), 3);
  CHECK_EQ(v[0], 8);
  CHECK_EQ(v[2], 14);
  CHECK_EQ(count_if_even_squares({1, 2, 3, 4, 6}), 305);
  auto counter = make_counter(10, 3);
  CHECK_EQ(counter(), 10);
  CHECK_EQ(counter(), 13);
  auto copy = counter;
  CHECK_EQ(counter(), 16);
  CHECK_EQ(copy(), 16);
  return st_finish("116_cxx_lambdas");
}
