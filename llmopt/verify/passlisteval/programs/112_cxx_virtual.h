// Shared by 112_cxx_virtual.cc and its driver.
#include <memory>
#include <vector>

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual int corners() const { return 0; }
  virtual const char *name() const = 0;
};

std::unique_ptr<Shape> make_shape(char kind, double a, double b);
double total_area(const std::vector<std::unique_ptr<Shape>> &shapes);
int total_corners(const std::vector<std::unique_ptr<Shape>> &shapes);
int destroyed_count();
