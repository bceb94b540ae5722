#include <utility>
#include "selftest.h"
#include "117_cxx_operator_vector.h"

int main() {
  Matrix2 a(1, 2, 3, 4);
  CHECK(a * Matrix2(1, 0, 0, 1) == a);
  Matrix2 sq = a * a;
  CHECK_EQ(sq(0, 0), 7);
  CHECK_EQ(sq(1, 1), 22);
  CHECK(a.pow(0) == Matrix2(1, 0, 0, 1));
  CHECK(a.pow(3) == a * a * a);
  CHECK_EQ(fibonacci_by_matrix(10), 55);
  CHECK_EQ(fibonacci_by_matrix(60), 1548008755920L);
  IntBuffer b(5);
  for (int i = 0; i < 5; i++) b[i] = i * i;
  IntBuffer c = b;
  c[0] = 99;
  CHECK_EQ(b[0], 0);
  CHECK_EQ(c[4], 16);
  IntBuffer d = std::move(c);
  CHECK_EQ(d[0], 99);
  CHECK_EQ(c.size(), 0);
  b = d;
  CHECK_EQ(b[0], 99);
  CHECK_EQ(IntBuffer::allocations(), 3);
  return st_finish("117_cxx_operator_vector");
}
