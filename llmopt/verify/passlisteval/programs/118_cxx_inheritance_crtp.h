// Shared by 118_cxx_inheritance_crtp.cc and its driver.
#include <string>

struct Named {
  virtual ~Named() = default;
  virtual std::string name() const = 0;
};

struct Priced {
  virtual ~Priced() = default;
  virtual long cents() const = 0;
};

struct Item : Named, Priced {
  Item(std::string n, long c) : n_(std::move(n)), c_(c) {}
  std::string name() const override { return n_; }
  long cents() const override { return c_; }

 private:
  std::string n_;
  long c_;
};

long price_through_base(const Priced &p);
std::string name_through_base(const Named &n);
bool same_object(const Named *n, const Priced *p);
int crtp_total(int n);
