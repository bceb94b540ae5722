#include "selftest.h"
unsigned long factorial(unsigned n);
unsigned long factorial_tail(unsigned n);
unsigned long fib(unsigned n);
unsigned long fib_memo(unsigned n);

int main(void) {
  CHECK_EQ(factorial(0), 1);
  CHECK_EQ(factorial(10), 3628800);
  CHECK(factorial(20) == 2432902008176640000ul);
  CHECK(factorial_tail(20) == factorial(20));
  CHECK_EQ(factorial_tail(5), 120);
  CHECK_EQ(fib(0), 0);
  CHECK_EQ(fib(20), 6765);
  CHECK(fib_memo(90) == 2880067194370816120ul);
  CHECK_EQ(fib_memo(20), fib(20));
  return st_finish("011_rec_factorial_fib");
}
