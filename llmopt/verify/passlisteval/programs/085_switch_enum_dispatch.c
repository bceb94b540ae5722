/* Switch: switches over enums in loops (shape areas, opcode costs), with defaults that must stay reachable. */
enum shape_kind { SHAPE_SQUARE, SHAPE_RECT, SHAPE_TRIANGLE, SHAPE_CIRCLE_APPROX, SHAPE_COUNT };

struct shape {
  enum shape_kind kind;
  int a, b;
};

long area_x2(const struct shape *s) {
  switch (s->kind) {
    case SHAPE_SQUARE: return 2L * s->a * s->a;
    case SHAPE_RECT: return 2L * s->a * s->b;
    case SHAPE_TRIANGLE: return (long)s->a * s->b;
    case SHAPE_CIRCLE_APPROX: return 2L * 355 * s->a * s->a / 113;
    default: return -1;
  }
}

long total_area_x2(const struct shape *shapes, int n, int *invalid) {
  long total = 0;
  *invalid = 0;
  for (int i = 0; i < n; i++) {
    long a = area_x2(&shapes[i]);
    if (a < 0)
      ++*invalid;
    else
      total += a;
  }
  return total;
}

int count_by_kind(const struct shape *shapes, int n, int counts[SHAPE_COUNT]) {
  for (int k = 0; k < SHAPE_COUNT; k++) counts[k] = 0;
  int unknown = 0;
  for (int i = 0; i < n; i++) {
    switch (shapes[i].kind) {
      case SHAPE_SQUARE:
      case SHAPE_RECT:
      case SHAPE_TRIANGLE:
      case SHAPE_CIRCLE_APPROX:
        counts[shapes[i].kind]++;
        break;
      default:
        unknown++;
    }
  }
  return unknown;
}
