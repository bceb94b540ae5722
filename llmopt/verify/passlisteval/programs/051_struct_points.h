/* Shared by 051_struct_points.c and its driver. */
struct point {
  int x, y;
};

struct rect {
  struct point min, max;
};

struct point point_add(struct point a, struct point b);
struct rect rect_bounding(const struct point *pts, int n);
long rect_area(const struct rect *r);
int rect_contains(struct rect r, struct point p);
struct rect rect_intersect(struct rect a, struct rect b, int *empty);
