/* Recursion: plain, tail and doubly recursive functions over integers. */
unsigned long factorial(unsigned n) { return n <= 1 ? 1 : n * factorial(n - 1); }

static unsigned long factorial_acc(unsigned n, unsigned long acc) {
  return n <= 1 ? acc : factorial_acc(n - 1, acc * n);
}

unsigned long factorial_tail(unsigned n) { return factorial_acc(n, 1); }

unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

unsigned long fib_memo(unsigned n) {
  static unsigned long memo[94];
  if (n < 2) return n;
  if (memo[n] == 0) memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
  return memo[n];
}
