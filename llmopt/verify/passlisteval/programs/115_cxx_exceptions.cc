// C++: throwing and catching exceptions across functions, custom exception types, RAII cleanup on unwind.
#include "115_cxx_exceptions.h"

static int cleanups = 0;

namespace {
struct Guard {
  ~Guard() { ++cleanups; }
};
}  // namespace

int parse_positive(const std::string &s) {
  Guard g;
  if (s.empty()) throw ParseError("empty", 0);
  int v = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') throw ParseError("bad digit", static_cast<int>(i));
    v = v * 10 + (s[i] - '0');
    if (v > 1000000) throw std::overflow_error("too large");
  }
  return v;
}

int sum_list(const std::string &csv) {
  int total = 0;
  std::size_t start = 0;
  while (start <= csv.size()) {
    std::size_t comma = csv.find(',', start);
    if (comma == std::string::npos) comma = csv.size();
    total += parse_positive(csv.substr(start, comma - start));
    start = comma + 1;
  }
  return total;
}

int cleanup_count() { return cleanups; }

int safe_ratio(int a, int b, int fallback) {
  try {
    if (b == 0) throw std::domain_error("division by zero");
    return a / b;
  } catch (const std::domain_error &) {
    return fallback;
  }
}
