#include <cstring>
#include "selftest.h"
#include "112_cxx_virtual.h"

int main() {
  {
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.push_back(make_shape('r', 2, 3));
    shapes.push_back(make_shape('s', 4, 0));
    shapes.push_back(make_shape('c', 1, 0));
    shapes.push_back(make_shape('t', 6, 5));
    CHECK(make_shape('x', 1, 1) == nullptr);
    CHECK_NEAR(total_area(shapes), 6 + 16 + 3 + 15, 0.0);
    CHECK_EQ(total_corners(shapes), 4 + 4 + 0 + 3);
    CHECK_STR(shapes[1]->name(), "square");
    CHECK_STR(shapes[2]->name(), "circle");
    CHECK_EQ(destroyed_count(), 0);
    shapes.erase(shapes.begin());
    CHECK_EQ(destroyed_count(), 1);
  }
  CHECK_EQ(destroyed_count(), 4);
  return st_finish("112_cxx_virtual");
}
