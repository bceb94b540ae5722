/* Function pointers: map/filter/reduce with callbacks and context pointers, function composition. */
typedef int (*int_fn)(int, void *);
typedef int (*pred_fn)(int, void *);

void map_ints(int *v, int n, int_fn fn, void *ctx) {
  for (int i = 0; i < n; i++) v[i] = fn(v[i], ctx);
}

int filter_ints(const int *in, int n, int *out, pred_fn keep, void *ctx) {
  int k = 0;
  for (int i = 0; i < n; i++)
    if (keep(in[i], ctx)) out[k++] = in[i];
  return k;
}

int add_ctx(int x, void *ctx) { return x + *(int *)ctx; }
int mul_ctx(int x, void *ctx) { return x * *(int *)ctx; }
int greater_than(int x, void *ctx) { return x > *(int *)ctx; }
int divisible_by(int x, void *ctx) { return x % *(int *)ctx == 0; }

struct composed {
  int_fn first, second;
  void *first_ctx, *second_ctx;
};

int compose_apply(int x, void *ctx) {
  struct composed *c = ctx;
  return c->second(c->first(x, c->first_ctx), c->second_ctx);
}

int count_calls_apply(int (*fn)(int), int times, int x) {
  while (times-- > 0) x = fn(x);
  return x;
}
