// C++: std::vector, std::map, std::string, algorithms (sort, unique), range-for and iterators.
#include "114_cxx_stl_containers.h"

#include <algorithm>
#include <cctype>
#include <sstream>

std::map<std::string, int> word_frequencies(const std::string &text) {
  std::map<std::string, int> freq;
  std::string word;
  for (char c : text + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      ++freq[word];
      word.clear();
    }
  }
  return freq;
}

std::vector<int> sorted_unique(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

std::string join(const std::vector<std::string> &parts, const std::string &sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

int most_common_length(const std::vector<std::string> &words) {
  std::map<std::size_t, int> counts;
  for (const auto &w : words) ++counts[w.size()];
  auto best = std::max_element(counts.begin(), counts.end(),
                               [](const auto &a, const auto &b) { return a.second < b.second; });
  return best == counts.end() ? -1 : static_cast<int>(best->first);
}
