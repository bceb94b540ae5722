#include "selftest.h"
int sieve_count(int limit);
int is_prime(int n);
int nth_prime(int n);

int main(void) {
  CHECK_EQ(sieve_count(10), 4);
  CHECK_EQ(sieve_count(100), 25);
  CHECK_EQ(sieve_count(10000), 1229);
  CHECK_EQ(sieve_count(1), 0);
  CHECK(is_prime(2));
  CHECK(is_prime(97));
  CHECK(!is_prime(91));
  CHECK(!is_prime(1));
  CHECK_EQ(nth_prime(1), 2);
  CHECK_EQ(nth_prime(100), 541);
  return st_finish("007_loop_primes");
}
