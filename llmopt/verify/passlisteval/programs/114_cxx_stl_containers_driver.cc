#include "selftest.h"
#include "114_cxx_stl_containers.h"

int main() {
  auto f = word_frequencies("The cat and the hat. THE END, and...");
  CHECK_EQ(f["the"], 3);
  CHECK_EQ(f["and"], 2);
  CHECK_EQ(f.count("dog"), 0);
  CHECK_EQ(f.size(), 5);
  auto u = sorted_unique({5, 3, 5, 1, 3, 9, 1});
  CHECK_EQ(u.size(), 4);
  CHECK_EQ(u[0], 1);
  CHECK_EQ(u[3], 9);
  auto parts = split("a,bb,,ccc", ',');
  CHECK_EQ(parts.size(), 4);
  CHECK_STR(parts[3].c_str(), "ccc");
  CHECK_STR(join(parts, "+").c_str(), "a+bb++ccc");
  CHECK_EQ(most_common_length({"aa", "b", "cc", "dd", "eee"}), 2);
  CHECK_EQ(most_common_length({}), -1);
  return st_finish("114_cxx_stl_containers");
}
