#include "selftest.h"
struct tnode {
  int value;
  struct tnode *left, *right;
};
typedef int (*visitor)(const struct tnode *, void *);
int walk_preorder(const struct tnode *n, visitor visit, void *ctx);
int collect(const struct tnode *n, void *ctx);
int stop_at_negative(const struct tnode *n, void *ctx);
long sum_with(const struct tnode *n, long (*combine)(long, long, long));
long plain_sum(long v, long l, long r);
long max_path(long v, long l, long r);

int main(void) {
  struct tnode d = {4, 0, 0}, e = {-5, 0, 0}, f = {6, 0, 0}, b = {2, &d, &e}, c = {3, &f, 0}, a = {1, &b, &c};
  int buf[16] = {0}, visits = 0;
  CHECK_EQ(walk_preorder(&a, collect, buf), 0);
  CHECK_EQ(buf[0], 6);
  int want[] = {1, 2, 4, -5, 3, 6};
  for (int i = 0; i < 6; i++) CHECK_EQ(buf[i + 1], want[i]);
  CHECK_EQ(walk_preorder(&a, stop_at_negative, &visits), 1);
  CHECK_EQ(visits, 4);
  CHECK_EQ(sum_with(&a, plain_sum), 11);
  CHECK_EQ(sum_with(&a, max_path), 10);
  return st_finish("095_fptr_recursive_callbacks");
}
