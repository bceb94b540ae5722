#include "selftest.h"
typedef int (*int_fn)(int, void *);
typedef int (*pred_fn)(int, void *);
void map_ints(int *v, int n, int_fn fn, void *ctx);
int filter_ints(const int *in, int n, int *out, pred_fn keep, void *ctx);
int add_ctx(int x, void *ctx);
int mul_ctx(int x, void *ctx);
int greater_than(int x, void *ctx);
int divisible_by(int x, void *ctx);
struct composed {
  int_fn first, second;
  void *first_ctx, *second_ctx;
};
int compose_apply(int x, void *ctx);
int count_calls_apply(int (*fn)(int), int times, int x);

static int twice_plus_one(int x) { return 2 * x + 1; }

int main(void) {
  int v[10], out[10], three = 3, ten = 10, two = 2;
  for (int i = 0; i < 10; i++) v[i] = i;
  map_ints(v, 10, mul_ctx, &three);
  CHECK_EQ(v[9], 27);
  CHECK_EQ(filter_ints(v, 10, out, greater_than, &ten), 6);
  CHECK_EQ(out[0], 12);
  CHECK_EQ(filter_ints(v, 10, out, divisible_by, &two), 5);
  CHECK_EQ(out[4], 24);
  struct composed c = {add_ctx, mul_ctx, &ten, &three};
  CHECK_EQ(compose_apply(1, &c), 33);
  map_ints(v, 10, compose_apply, &c);
  CHECK_EQ(v[1], 39);
  CHECK_EQ(count_calls_apply(twice_plus_one, 5, 0), 31);
  return st_finish("092_fptr_higher_order");
}
