/* Structs: small structs passed and returned by value, nested structs, arrays of structs. */
#include "051_struct_points.h"

struct point point_add(struct point a, struct point b) {
  struct point r = {a.x + b.x, a.y + b.y};
  return r;
}

struct rect rect_bounding(const struct point *pts, int n) {
  struct rect r = {pts[0], pts[0]};
  for (int i = 1; i < n; i++) {
    if (pts[i].x < r.min.x) r.min.x = pts[i].x;
    if (pts[i].y < r.min.y) r.min.y = pts[i].y;
    if (pts[i].x > r.max.x) r.max.x = pts[i].x;
    if (pts[i].y > r.max.y) r.max.y = pts[i].y;
  }
  return r;
}

long rect_area(const struct rect *r) { return (long)(r->max.x - r->min.x) * (r->max.y - r->min.y); }

int rect_contains(struct rect r, struct point p) {
  return p.x >= r.min.x && p.x <= r.max.x && p.y >= r.min.y && p.y <= r.max.y;
}

struct rect rect_intersect(struct rect a, struct rect b, int *empty) {
  struct rect r;
  r.min.x = a.min.x > b.min.x ? a.min.x : b.min.x;
  r.min.y = a.min.y > b.min.y ? a.min.y : b.min.y;
  r.max.x = a.max.x < b.max.x ? a.max.x : b.max.x;
  r.max.y = a.max.y < b.max.y ? a.max.y : b.max.y;
  *empty = r.min.x > r.max.x || r.min.y > r.max.y;
  return r;
}
