#include "selftest.h"
typedef struct {
  double x, y, z;
} vec3;
double v_dot(vec3 a, vec3 b);
vec3 v_cross(vec3 a, vec3 b);
vec3 v_normalize(vec3 a);
double ray_sphere(vec3 origin, vec3 dir, vec3 center, double radius);

int main(void) {
  vec3 x = {1, 0, 0}, y = {0, 1, 0}, z = v_cross(x, y);
  CHECK_NEAR(z.x, 0.0, 0.0);
  CHECK_NEAR(z.z, 1.0, 0.0);
  vec3 a = {3, 4, 12};
  vec3 n = v_normalize(a);
  CHECK_NEAR(n.x, 3.0 / 13.0, 1e-15);
  CHECK_NEAR(v_dot(n, n), 1.0, 1e-15);
  vec3 origin = {0, 0, 0}, dir = {0, 0, 1}, center = {0, 0, 10};
  CHECK_NEAR(ray_sphere(origin, dir, center, 2.0), 8.0, 1e-12);
  vec3 off = {5, 0, 10};
  CHECK_NEAR(ray_sphere(origin, dir, off, 2.0), -1.0, 0.0);
  vec3 behind = {0, 0, -10};
  CHECK_NEAR(ray_sphere(origin, dir, behind, 2.0), -1.0, 0.0);
  return st_finish("038_fp_vector3");
}
