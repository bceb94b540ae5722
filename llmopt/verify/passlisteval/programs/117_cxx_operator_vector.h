// Shared by 117_cxx_operator_vector.cc and its driver.
#include <cstddef>

class Matrix2 {
 public:
  Matrix2(long a, long b, long c, long d) : m{a, b, c, d} {}
  Matrix2 operator*(const Matrix2 &o) const;
  bool operator==(const Matrix2 &o) const;
  long operator()(int r, int c) const { return m[r * 2 + c]; }
  Matrix2 pow(unsigned n) const;

 private:
  long m[4];
};

class IntBuffer {
 public:
  explicit IntBuffer(std::size_t n);
  IntBuffer(const IntBuffer &o);
  IntBuffer(IntBuffer &&o) noexcept;
  IntBuffer &operator=(IntBuffer o);
  ~IntBuffer();
  int &operator[](std::size_t i) { return data_[i]; }
  std::size_t size() const { return n_; }
  static int allocations();

 private:
  int *data_;
  std::size_t n_;
};

long fibonacci_by_matrix(unsigned n);
