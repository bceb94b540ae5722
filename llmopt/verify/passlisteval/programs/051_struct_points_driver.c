#include "selftest.h"
#include "051_struct_points.h"

int main(void) {
  struct point pts[] = {{3, 4}, {-2, 7}, {5, -1}, {0, 0}};
  struct point a = {1, 2}, b = {10, 20};
  struct point s = point_add(a, b);
  CHECK_EQ(s.x, 11);
  CHECK_EQ(s.y, 22);
  struct rect r = rect_bounding(pts, 4);
  CHECK_EQ(r.min.x, -2);
  CHECK_EQ(r.min.y, -1);
  CHECK_EQ(r.max.x, 5);
  CHECK_EQ(r.max.y, 7);
  CHECK_EQ(rect_area(&r), 56);
  CHECK(rect_contains(r, a));
  CHECK(!rect_contains(r, b));
  struct rect q = {{0, 0}, {10, 10}}, w = {{5, 5}, {20, 20}}, far = {{30, 30}, {40, 40}};
  int empty = -1;
  struct rect x = rect_intersect(q, w, &empty);
  CHECK(!empty);
  CHECK_EQ(rect_area(&x), 25);
  rect_intersect(q, far, &empty);
  CHECK(empty);
  return st_finish("051_struct_points");
}
