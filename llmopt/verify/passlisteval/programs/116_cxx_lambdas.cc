// C++: lambdas with captures (by value, by reference, init-capture, mutable), std::function, algorithms.
#include "116_cxx_lambdas.h"

#include <algorithm>
#include <numeric>

std::function<int(int)> make_adder(int n) {
  return [n](int x) { return x + n; };
}

std::function<int(int)> compose(std::function<int(int)> f, std::function<int(int)> g) {
  return [f = std::move(f), g = std::move(g)](int x) { return g(f(x)); };
}

std::vector<int> transform_filter(const std::vector<int> &v, int threshold) {
  std::vector<int> out;
  std::transform(v.begin(), v.end(), std::back_inserter(out), [](int x) { return x * 3 - 1; });
  out.erase(std::remove_if(out.begin(), out.end(), [threshold](int x) { return x < threshold; }), out.end());
  return out;
}

int count_if_even_squares(const std::vector<int> &v) {
  int seen = 0;
  auto is_even_square = [&seen](int x) {
    ++seen;
    return (x * x) % 2 == 0;
  };
  int n = static_cast<int>(std::count_if(v.begin(), v.end(), is_even_square));
  return n * 100 + seen;
}

std::function<int()> make_counter(int start, int step) {
  return [value = start, step]() mutable {
    int current = value;
    value += step;
    return current;
  };
}
