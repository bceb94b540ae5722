// C++: multiple inheritance (this-pointer adjustment), dynamic_cast, and CRTP static polymorphism.
#include "118_cxx_inheritance_crtp.h"

long price_through_base(const Priced &p) { return p.cents(); }
std::string name_through_base(const Named &n) { return n.name(); }

bool same_object(const Named *n, const Priced *p) {
  return dynamic_cast<const void *>(n) == dynamic_cast<const void *>(p);
}

template <typename Derived>
struct Accumulator {
  int run(int n) const {
    int total = 0;
    for (int i = 1; i <= n; i++) total += static_cast<const Derived *>(this)->step(i);
    return total;
  }
};

struct Squares : Accumulator<Squares> {
  int step(int i) const { return i * i; }
};

struct Odds : Accumulator<Odds> {
  int step(int i) const { return i % 2 ? i : 0; }
};

int crtp_total(int n) { return Squares().run(n) * 1000 + Odds().run(n); }
