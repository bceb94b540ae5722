// Shared by 111_cxx_classes.cc and its driver.
#include <string>

class Counter {
 public:
  explicit Counter(int start);
  Counter &add(int n);
  int value() const { return value_; }
  int operations() const { return ops_; }
  static int live_instances();
  ~Counter();

 private:
  int value_;
  int ops_ = 0;
  static int live_;
};

class Fraction {
 public:
  Fraction(long n, long d);
  Fraction operator+(const Fraction &o) const;
  Fraction operator*(const Fraction &o) const;
  bool operator==(const Fraction &o) const { return num == o.num && den == o.den; }
  bool operator<(const Fraction &o) const;
  std::string str() const;
  long num, den;
};
