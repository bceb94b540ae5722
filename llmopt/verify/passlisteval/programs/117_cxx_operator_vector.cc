// C++: operator overloading, rule of five (copy/move constructors, copy-and-swap), new/delete.
#include "117_cxx_operator_vector.h"

#include <utility>

Matrix2 Matrix2::operator*(const Matrix2 &o) const {
  return Matrix2(m[0] * o.m[0] + m[1] * o.m[2], m[0] * o.m[1] + m[1] * o.m[3], m[2] * o.m[0] + m[3] * o.m[2],
                 m[2] * o.m[1] + m[3] * o.m[3]);
}

bool Matrix2::operator==(const Matrix2 &o) const {
  for (int i = 0; i < 4; i++)
    if (m[i] != o.m[i]) return false;
  return true;
}

Matrix2 Matrix2::pow(unsigned n) const {
  Matrix2 result(1, 0, 0, 1), base = *this;
  while (n) {
    if (n & 1) result = result * base;
    base = base * base;
    n >>= 1;
  }
  return result;
}

long fibonacci_by_matrix(unsigned n) { return Matrix2(1, 1, 1, 0).pow(n)(0, 1); }

static int allocation_count = 0;

IntBuffer::IntBuffer(std::size_t n) : data_(new int[n]()), n_(n) { ++allocation_count; }
IntBuffer::IntBuffer(const IntBuffer &o) : data_(new int[o.n_]), n_(o.n_) {
  ++allocation_count;
  for (std::size_t i = 0; i < n_; i++) data_[i] = o.data_[i];
}
IntBuffer::IntBuffer(IntBuffer &&o) noexcept : data_(o.data_), n_(o.n_) {
  o.data_ = nullptr;
  o.n_ = 0;
}
IntBuffer &IntBuffer::operator=(IntBuffer o) {
  std::swap(data_, o.data_);
  std::swap(n_, o.n_);
  return *this;
}
IntBuffer::~IntBuffer() { delete[] data_; }
int IntBuffer::allocations() { return allocation_count; }
