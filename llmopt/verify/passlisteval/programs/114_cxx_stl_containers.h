// Shared by 114_cxx_stl_containers.cc and its driver.
#include <map>
#include <string>
#include <vector>

std::map<std::string, int> word_frequencies(const std::string &text);
std::vector<int> sorted_unique(std::vector<int> v);
std::vector<std::string> split(const std::string &s, char sep);
std::string join(const std::vector<std::string> &parts, const std::string &sep);
int most_common_length(const std::vector<std::string> &words);
