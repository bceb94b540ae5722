#include "selftest.h"
#include "118_cxx_inheritance_crtp.h"

int main() {
  Item apple("apple", 125), pear("pear", 99);
  CHECK_EQ(price_through_base(apple), 125);
  CHECK_STR(name_through_base(pear).c_str(), "pear");
  const Named *n = &apple;
  const Priced *p = &apple;
  CHECK((const void *)n != (const void *)p);
  CHECK(same_object(n, p));
  CHECK(!same_object(&pear, p));
  const Priced *cast = dynamic_cast<const Priced *>(n);
  CHECK(cast == p);
  CHECK_EQ(crtp_total(10), 385 * 1000 + 25);
  return st_finish("118_cxx_inheritance_crtp");
}
