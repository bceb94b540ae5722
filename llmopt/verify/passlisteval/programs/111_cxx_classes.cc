// C++: classes with constructors/destructors, static members, operator overloading, std::string.
#include "111_cxx_classes.h"

int Counter::live_ = 0;

Counter::Counter(int start) : value_(start) { ++live_; }
Counter::~Counter() { --live_; }
Counter &Counter::add(int n) {
  value_ += n;
  ++ops_;
  return *this;
}
int Counter::live_instances() { return live_; }

static long gcd(long a, long b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a ? a : 1;
}

Fraction::Fraction(long n, long d) : num(n), den(d) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  long g = gcd(num, den);
  num /= g;
  den /= g;
}

Fraction Fraction::operator+(const Fraction &o) const { return Fraction(num * o.den + o.num * den, den * o.den); }
Fraction Fraction::operator*(const Fraction &o) const { return Fraction(num * o.num, den * o.den); }
bool Fraction::operator<(const Fraction &o) const { return num * o.den < o.num * den; }
std::string Fraction::str() const { return std::to_string(num) + "/" + std::to_string(den); }
