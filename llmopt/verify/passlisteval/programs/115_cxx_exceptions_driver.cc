#include "selftest.h"
#include "115_cxx_exceptions.h"

int main() {
  CHECK_EQ(parse_positive("1234"), 1234);
  CHECK_EQ(sum_list("1,2,3,40"), 46);
  int position = -1;
  try {
    sum_list("10,2x,3");
  } catch (const ParseError &e) {
    position = e.position;
  }
  CHECK_EQ(position, 1);
  bool overflow = false;
  try {
    parse_positive("99999999");
  } catch (const std::overflow_error &) {
    overflow = true;
  }
  CHECK(overflow);
  bool empty = false;
  try {
    sum_list("1,,2");
  } catch (const std::runtime_error &e) {
    empty = std::string(e.what()) == "empty";
  }
  CHECK(empty);
  /* every parse_positive call ran its guard's destructor, thrown or not */
  CHECK_EQ(cleanup_count(), 1 + 4 + 2 + 1 + 2);
  CHECK_EQ(safe_ratio(9, 3, -1), 3);
  CHECK_EQ(safe_ratio(9, 0, -1), -1);
  return st_finish("115_cxx_exceptions");
}
