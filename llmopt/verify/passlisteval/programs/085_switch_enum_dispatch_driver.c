#include "selftest.h"
enum shape_kind { SHAPE_SQUARE, SHAPE_RECT, SHAPE_TRIANGLE, SHAPE_CIRCLE_APPROX, SHAPE_COUNT };
struct shape {
  enum shape_kind kind;
  int a, b;
};
long area_x2(const struct shape *s);
long total_area_x2(const struct shape *shapes, int n, int *invalid);
int count_by_kind(const struct shape *shapes, int n, int counts[SHAPE_COUNT]);

int main(void) {
  struct shape shapes[6] = {{SHAPE_SQUARE, 3, 0}, {SHAPE_RECT, 2, 5}, {SHAPE_TRIANGLE, 4, 3},
                            {SHAPE_CIRCLE_APPROX, 10, 0}, {(enum shape_kind)9, 1, 1}, {SHAPE_RECT, 1, 1}};
  int invalid = 0, counts[SHAPE_COUNT];
  CHECK_EQ(area_x2(&shapes[0]), 18);
  CHECK_EQ(area_x2(&shapes[3]), 628);
  CHECK_EQ(area_x2(&shapes[4]), -1);
  CHECK_EQ(total_area_x2(shapes, 6, &invalid), 18 + 20 + 12 + 628 + 2);
  CHECK_EQ(invalid, 1);
  CHECK_EQ(count_by_kind(shapes, 6, counts), 1);
  CHECK_EQ(counts[SHAPE_RECT], 2);
  CHECK_EQ(counts[SHAPE_CIRCLE_APPROX], 1);
  return st_finish("085_switch_enum_dispatch");
}
