/* Function pointers: dispatch tables of operations, selected at run time by index and by name. */
#include <string.h>

typedef long (*binop)(long, long);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_max(long a, long b) { return a > b ? a : b; }
static long op_min(long a, long b) { return a < b ? a : b; }

static const struct {
  const char *name;
  binop fn;
} table[] = {{"add", op_add}, {"sub", op_sub}, {"mul", op_mul}, {"max", op_max}, {"min", op_min}};

binop lookup_op(const char *name) {
  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i].name, name) == 0) return table[i].fn;
  return 0;
}

long apply_index(int index, long a, long b) { return table[index].fn(a, b); }

long fold(binop fn, const long *v, int n, long init) {
  for (int i = 0; i < n; i++) init = fn(init, v[i]);
  return init;
}
