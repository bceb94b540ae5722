/* Function pointers: tree traversal with visitor callbacks and early termination. */
struct tnode {
  int value;
  struct tnode *left, *right;
};

typedef int (*visitor)(const struct tnode *, void *);

int walk_preorder(const struct tnode *n, visitor visit, void *ctx) {
  if (!n) return 0;
  if (visit(n, ctx)) return 1;
  return walk_preorder(n->left, visit, ctx) || walk_preorder(n->right, visit, ctx);
}

int collect(const struct tnode *n, void *ctx) {
  int *buf = ctx;
  buf[++buf[0]] = n->value;
  return 0;
}

int stop_at_negative(const struct tnode *n, void *ctx) {
  ++*(int *)ctx;
  return n->value < 0;
}

long sum_with(const struct tnode *n, long (*combine)(long, long, long)) {
  if (!n) return 0;
  return combine(n->value, sum_with(n->left, combine), sum_with(n->right, combine));
}

long plain_sum(long v, long l, long r) { return v + l + r; }
long max_path(long v, long l, long r) { return v + (l > r ? l : r); }
