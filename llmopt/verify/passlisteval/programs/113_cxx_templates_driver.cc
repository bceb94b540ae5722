#include "selftest.h"
#include "113_cxx_templates.h"

extern template class FixedStack<int, 4>;
extern template class FixedStack<double, 8>;

int main() {
  FixedStack<int, 4> s;
  int v = 0;
  for (int i = 0; i < 5; i++) CHECK_EQ(s.push(i * 10), i < 4);
  CHECK_EQ(s.size(), 4);
  CHECK(s.pop(v) && v == 30);
  CHECK(s.pop(v) && v == 20);
  FixedStack<double, 8> d;
  double x = 0;
  d.push(1.5);
  CHECK(d.pop(x) && x == 1.5);
  CHECK(!d.pop(x));
  CHECK_EQ(clamp_value(15, 0, 10), 10);
  CHECK_NEAR(clamp_value(-0.5, 0.0, 1.0), 0.0, 0.0);
  long longs[] = {1, 2, 3, 4000000000L};
  CHECK_EQ(sum_array(longs, 4), 4000000006L);
  float floats[] = {0.5f, 0.25f, 0.125f};
  CHECK_NEAR(sum_array(floats, 3), 0.875, 0.0);
  CHECK_EQ(fib_constexpr_40(), 102334155L);
  CHECK_EQ(static_table_sum(), 55);
  return st_finish("113_cxx_templates");
}
