/* Globals and static state: global counters, function-local statics, and initialization order. */
int global_calls;
long global_total = 100;
static int hidden_state = 7;

int next_id(void) {
  static int id = 1000;
  global_calls++;
  return id++;
}

long accumulate(long v) {
  global_calls++;
  global_total += v;
  return global_total;
}

int lcg_next(void) {
  long long next = (long long)hidden_state * 48271 % 2147483647;
  hidden_state = (int)next;
  return hidden_state;
}

void lcg_seed(int seed) { hidden_state = seed; }

int once_initialized(void) {
  static int initialized = 0, value;
  if (!initialized) {
    value = 0;
    for (int i = 1; i <= 10; i++) value += i * i;
    initialized = 1;
  }
  return value++;
}
