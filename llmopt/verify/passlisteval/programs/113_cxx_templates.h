// Shared by 113_cxx_templates.cc and its driver: explicit instantiations live in the module.
#include <cstddef>

template <typename T, std::size_t N>
class FixedStack {
 public:
  bool push(const T &v);
  bool pop(T &out);
  std::size_t size() const { return n_; }

 private:
  T items_[N];
  std::size_t n_ = 0;
};

template <typename T>
T clamp_value(T v, T lo, T hi);

template <typename T>
T sum_array(const T *v, std::size_t n);

long fib_constexpr_40();
int static_table_sum();
