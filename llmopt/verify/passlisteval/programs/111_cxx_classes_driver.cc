#include "selftest.h"
#include "111_cxx_classes.h"

int main() {
  {
    Counter a(5), b(10);
    CHECK_EQ(Counter::live_instances(), 2);
    a.add(3).add(4).add(-2);
    CHECK_EQ(a.value(), 10);
    CHECK_EQ(a.operations(), 3);
    {
      Counter c(0);
      CHECK_EQ(Counter::live_instances(), 3);
    }
    CHECK_EQ(Counter::live_instances(), 2);
    CHECK_EQ(b.value(), 10);
  }
  CHECK_EQ(Counter::live_instances(), 0);
  Fraction h(1, 2), t(1, 3);
  CHECK((h + t) == Fraction(5, 6));
  CHECK((h * t) == Fraction(2, 12));
  CHECK(t < h);
  CHECK(!(h < t));
  CHECK_STR(Fraction(6, -8).str().c_str(), "-3/4");
  return st_finish("111_cxx_classes");
}
