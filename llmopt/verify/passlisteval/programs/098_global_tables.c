/* Globals and static state: constant global tables, mutable global arrays, and pointers into them. */
const int primes_table[10] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
static const char *const color_names[] = {"red", "green", "blue"};
int scratch[32];
static int history[8], history_len;

int prime_at(int i) { return primes_table[i]; }

const char *color_name(unsigned i) { return i < 3 ? color_names[i] : "unknown"; }

int *scratch_fill(int n, int v) {
  for (int i = 0; i < n; i++) scratch[i] = v + i;
  return &scratch[n / 2];
}

void remember(int v) {
  if (history_len < 8)
    history[history_len++] = v;
  else {
    for (int i = 1; i < 8; i++) history[i - 1] = history[i];
    history[7] = v;
  }
}

int history_sum(void) {
  int s = 0;
  for (int i = 0; i < history_len; i++) s += history[i];
  return s;
}
