// Test input written for llmopt: C++ with exceptions (invoke/landingpad in IR) and a template.
#include <stdexcept>
template <typename T> T clamp_to(T v, T lo, T hi) { return v < lo ? lo : (v > hi ? hi : v); }
int checked_div(int a, int b) {
  if (b == 0) throw std::runtime_error("division by zero");
  return a / b;
}
int safe(int a, int b) {
  try { return clamp_to(checked_div(a, b), -100, 100); } catch (const std::exception &) { return 0; }
}
