/* Loops: sieve of Eratosthenes and trial division. */
int sieve_count(int limit) {
  static unsigned char composite[10001];
  int count = 0;
  if (limit > 10000) limit = 10000;
  for (int i = 0; i <= limit; i++) composite[i] = 0;
  for (int i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    for (int j = i * i; j <= limit; j += i) composite[j] = 1;
  }
  return count;
}

int is_prime(int n) {
  if (n < 2) return 0;
  for (int d = 2; d * d <= n; d++)
    if (n % d == 0) return 0;
  return 1;
}

int nth_prime(int n) {
  int candidate = 1;
  while (n > 0) {
    candidate++;
    if (is_prime(candidate)) n--;
  }
  return candidate;
}
