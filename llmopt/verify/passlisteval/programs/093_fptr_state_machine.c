/* Function pointers: a state machine whose states are functions returning the next state. */
struct machine;
typedef struct state_fn {
  struct state_fn (*fn)(struct machine *, char);
} state_fn;

struct machine {
  int integer_part, fraction_digits, valid;
  long fraction;
};

static state_fn st_sign(struct machine *m, char c);
static state_fn st_int(struct machine *m, char c);
static state_fn st_frac(struct machine *m, char c);
static state_fn st_fail(struct machine *m, char c);

static state_fn st_sign(struct machine *m, char c) {
  if (c >= '0' && c <= '9') {
    m->integer_part = c - '0';
    return (state_fn){st_int};
  }
  return (state_fn){st_fail};
}

static state_fn st_int(struct machine *m, char c) {
  if (c >= '0' && c <= '9') {
    m->integer_part = m->integer_part * 10 + (c - '0');
    return (state_fn){st_int};
  }
  if (c == '.') return (state_fn){st_frac};
  return (state_fn){st_fail};
}

static state_fn st_frac(struct machine *m, char c) {
  if (c >= '0' && c <= '9') {
    m->fraction = m->fraction * 10 + (c - '0');
    m->fraction_digits++;
    return (state_fn){st_frac};
  }
  return (state_fn){st_fail};
}

static state_fn st_fail(struct machine *m, char c) {
  (void)c;
  m->valid = 0;
  return (state_fn){st_fail};
}

int parse_fixed(const char *s, int *integer, long *fraction, int *digits) {
  struct machine m = {0, 0, 1, 0};
  state_fn state = {st_sign};
  for (; *s; s++) state = state.fn(&m, *s);
  if (state.fn == st_sign) m.valid = 0;
  *integer = m.integer_part;
  *fraction = m.fraction;
  *digits = m.fraction_digits;
  return m.valid;
}
