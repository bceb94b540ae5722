/* Recursion: a binary search tree in a static node pool (insert, height, in-order walk, sum). */
struct node {
  int key;
  int left, right; /* indices into the pool, -1 for none */
};

static struct node pool[256];
static int pool_used;

void tree_reset(void) { pool_used = 0; }

int tree_insert(int root, int key) {
  if (root < 0) {
    pool[pool_used].key = key;
    pool[pool_used].left = pool[pool_used].right = -1;
    return pool_used++;
  }
  if (key < pool[root].key)
    pool[root].left = tree_insert(pool[root].left, key);
  else if (key > pool[root].key)
    pool[root].right = tree_insert(pool[root].right, key);
  return root;
}

int tree_height(int root) {
  if (root < 0) return 0;
  int l = tree_height(pool[root].left), r = tree_height(pool[root].right);
  return 1 + (l > r ? l : r);
}

int tree_in_order(int root, int *out, int pos) {
  if (root < 0) return pos;
  pos = tree_in_order(pool[root].left, out, pos);
  out[pos++] = pool[root].key;
  return tree_in_order(pool[root].right, out, pos);
}

long tree_sum(int root) { return root < 0 ? 0 : pool[root].key + tree_sum(pool[root].left) + tree_sum(pool[root].right); }
