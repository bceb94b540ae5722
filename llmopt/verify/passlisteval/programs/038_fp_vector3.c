/* Floating point: 3-D vectors (dot, cross, normalize) and a ray-sphere intersection. */
#include <math.h>

typedef struct {
  double x, y, z;
} vec3;

vec3 v_sub(vec3 a, vec3 b) {
  vec3 r = {a.x - b.x, a.y - b.y, a.z - b.z};
  return r;
}
double v_dot(vec3 a, vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
vec3 v_cross(vec3 a, vec3 b) {
  vec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
  return r;
}
vec3 v_normalize(vec3 a) {
  double len = sqrt(v_dot(a, a));
  vec3 r = {a.x / len, a.y / len, a.z / len};
  return r;
}

/* Distance along the ray to the nearest hit, or -1 when it misses. */
double ray_sphere(vec3 origin, vec3 dir, vec3 center, double radius) {
  vec3 oc = v_sub(origin, center);
  double b = v_dot(oc, dir), c = v_dot(oc, oc) - radius * radius;
  double disc = b * b - c;
  if (disc < 0.0) return -1.0;
  double t = -b - sqrt(disc);
  return t >= 0.0 ? t : -1.0;
}
