/* Recursion: a recursive-descent parser and evaluator for + - * / ( ) over integers. */
static const char *cursor;
static int parse_error;

static void skip_spaces(void) {
  while (*cursor == ' ') cursor++;
}

static long parse_expr(void);

static long parse_primary(void) {
  skip_spaces();
  if (*cursor == '(') {
    cursor++;
    long v = parse_expr();
    skip_spaces();
    if (*cursor == ')')
      cursor++;
    else
      parse_error = 1;
    return v;
  }
  if (*cursor == '-') {
    cursor++;
    return -parse_primary();
  }
  if (*cursor < '0' || *cursor > '9') {
    parse_error = 1;
    return 0;
  }
  long v = 0;
  while (*cursor >= '0' && *cursor <= '9') v = v * 10 + (*cursor++ - '0');
  return v;
}

static long parse_term(void) {
  long v = parse_primary();
  for (;;) {
    skip_spaces();
    char op = *cursor;
    if (op != '*' && op != '/') return v;
    cursor++;
    long rhs = parse_primary();
    if (op == '*')
      v *= rhs;
    else if (rhs == 0)
      parse_error = 1;
    else
      v /= rhs;
  }
}

static long parse_expr(void) {
  long v = parse_term();
  for (;;) {
    skip_spaces();
    char op = *cursor;
    if (op != '+' && op != '-') return v;
    cursor++;
    long rhs = parse_term();
    v = op == '+' ? v + rhs : v - rhs;
  }
}

int evaluate(const char *text, long *result) {
  cursor = text;
  parse_error = 0;
  *result = parse_expr();
  skip_spaces();
  return !parse_error && *cursor == '\0';
}
