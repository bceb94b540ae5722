// C++: virtual functions, abstract base classes, overriding, virtual destructors, unique_ptr ownership.
#include "112_cxx_virtual.h"

static int destroyed = 0;

namespace {
struct Rect : Shape {
  Rect(double w, double h) : w(w), h(h) {}
  ~Rect() override { ++destroyed; }
  double area() const override { return w * h; }
  int corners() const override { return 4; }
  const char *name() const override { return "rect"; }
  double w, h;
};

struct Square final : Rect {
  explicit Square(double s) : Rect(s, s) {}
  const char *name() const override { return "square"; }
};

struct Circle : Shape {
  explicit Circle(double r) : r(r) {}
  ~Circle() override { ++destroyed; }
  double area() const override { return 3.0 * r * r; }  // integer-friendly pi for exact checks
  const char *name() const override { return "circle"; }
  double r;
};

struct Triangle : Shape {
  Triangle(double b, double h) : b(b), h(h) {}
  ~Triangle() override { ++destroyed; }
  double area() const override { return b * h / 2; }
  int corners() const override { return 3; }
  const char *name() const override { return "triangle"; }
  double b, h;
};
}  // namespace

std::unique_ptr<Shape> make_shape(char kind, double a, double b) {
  switch (kind) {
    case 'r': return std::make_unique<Rect>(a, b);
    case 's': return std::make_unique<Square>(a);
    case 'c': return std::make_unique<Circle>(a);
    case 't': return std::make_unique<Triangle>(a, b);
    default: return nullptr;
  }
}

double total_area(const std::vector<std::unique_ptr<Shape>> &shapes) {
  double t = 0;
  for (const auto &s : shapes) t += s->area();
  return t;
}

int total_corners(const std::vector<std::unique_ptr<Shape>> &shapes) {
  int t = 0;
  for (const auto &s : shapes) t += s->corners();
  return t;
}

int destroyed_count() { return destroyed; }
