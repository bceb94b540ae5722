// Shared by 115_cxx_exceptions.cc and its driver.
#include <stdexcept>
#include <string>

struct ParseError : std::runtime_error {
  ParseError(const std::string &what, int position) : std::runtime_error(what), position(position) {}
  int position;
};

int parse_positive(const std::string &s);
int sum_list(const std::string &csv);
int cleanup_count();
int safe_ratio(int a, int b, int fallback);
