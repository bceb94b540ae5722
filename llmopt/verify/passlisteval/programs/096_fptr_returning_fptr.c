/* Function pointers: functions returning function pointers, arrays of pointers, pointer comparison. */
typedef double (*unary)(double);

static double half(double x) { return x / 2; }
static double twice(double x) { return x * 2; }
static double negate(double x) { return -x; }
static double identity(double x) { return x; }

unary choose(char op) {
  switch (op) {
    case 'h': return half;
    case 't': return twice;
    case 'n': return negate;
    default: return identity;
  }
}

double run_pipeline(const char *ops, double x) {
  unary steps[16];
  int n = 0;
  for (; *ops && n < 16; ops++) steps[n++] = choose(*ops);
  for (int i = 0; i < n; i++) x = steps[i](x);
  return x;
}

int is_identity(unary f) { return f == identity; }

int count_distinct(const char *ops) {
  unary seen[8];
  int n = 0;
  for (; *ops; ops++) {
    unary f = choose(*ops);
    int dup = 0;
    for (int i = 0; i < n; i++) dup |= seen[i] == f;
    if (!dup && n < 8) seen[n++] = f;
  }
  return n;
}
