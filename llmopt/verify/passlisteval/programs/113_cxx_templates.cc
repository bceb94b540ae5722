// C++: class and function templates, explicit instantiation, constexpr evaluation, template recursion.
#include "113_cxx_templates.h"

template <typename T, std::size_t N>
bool FixedStack<T, N>::push(const T &v) {
  if (n_ == N) return false;
  items_[n_++] = v;
  return true;
}

template <typename T, std::size_t N>
bool FixedStack<T, N>::pop(T &out) {
  if (n_ == 0) return false;
  out = items_[--n_];
  return true;
}

template <typename T>
T clamp_value(T v, T lo, T hi) {
  return v < lo ? lo : hi < v ? hi : v;
}

template <typename T>
T sum_array(const T *v, std::size_t n) {
  T s{};
  for (std::size_t i = 0; i < n; ++i) s += v[i];
  return s;
}

template <unsigned N>
struct Fib {
  static constexpr long value = Fib<N - 1>::value + Fib<N - 2>::value;
};
template <>
struct Fib<0> {
  static constexpr long value = 0;
};
template <>
struct Fib<1> {
  static constexpr long value = 1;
};

long fib_constexpr_40() { return Fib<40>::value; }

constexpr int square(int x) { return x * x; }
static constexpr int table[] = {square(1), square(2), square(3), square(4), square(5)};

int static_table_sum() {
  int s = 0;
  for (int v : table) s += v;
  return s;
}

template class FixedStack<int, 4>;
template class FixedStack<double, 8>;
template int clamp_value<int>(int, int, int);
template double clamp_value<double>(double, double, double);
template long sum_array<long>(const long *, std::size_t);
template float sum_array<float>(const float *, std::size_t);
