/* Globals and static state: memoization caches in globals with hit/miss statistics. */
static long cache_keys[64];
static long cache_values[64];
static unsigned char cache_valid[64];
int cache_hits, cache_misses;

static long expensive(long n) {
  long s = 0;
  for (long i = 1; i <= n % 1000; i++) s += i * i % 7;
  return s + n;
}

long cached_compute(long n) {
  unsigned slot = (unsigned)(n * 2654435761u) % 64u;
  if (cache_valid[slot] && cache_keys[slot] == n) {
    cache_hits++;
    return cache_values[slot];
  }
  cache_misses++;
  long v = expensive(n);
  cache_keys[slot] = n;
  cache_values[slot] = v;
  cache_valid[slot] = 1;
  return v;
}

void cache_clear(void) {
  for (int i = 0; i < 64; i++) cache_valid[i] = 0;
  cache_hits = cache_misses = 0;
}

long partition_count(int n) {
  static long memo[101];
  static int ready;
  if (!ready) {
    memo[0] = 1;
    for (int k = 1; k <= 100; k++)
      for (int i = k; i <= 100; i++) memo[i] += memo[i - k];
    ready = 1;
  }
  return n >= 0 && n <= 100 ? memo[n] : -1;
}
