// Shared by 116_cxx_lambdas.cc and its driver.
#include <functional>
#include <vector>

std::function<int(int)> make_adder(int n);
std::function<int(int)> compose(std::function<int(int)> f, std::function<int(int)> g);
std::vector<int> transform_filter(const std::vector<int> &v, int threshold);
int count_if_even_squares(const std::vector<int> &v);
std::function<int()> make_counter(int start, int step);
