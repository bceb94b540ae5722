#include "selftest.h"
void tree_reset(void);
int tree_insert(int root, int key);
int tree_height(int root);
int tree_in_order(int root, int *out, int pos);
long tree_sum(int root);

int main(void) {
  int keys[] = {50, 30, 70, 20, 40, 60, 80, 30, 65};
  int out[16];
  int root = -1;
  tree_reset();
  for (int i = 0; i < 9; i++) root = tree_insert(root, keys[i]);
  CHECK_EQ(tree_height(root), 4);
  CHECK_EQ(tree_in_order(root, out, 0), 8);
  int expected[] = {20, 30, 40, 50, 60, 65, 70, 80};
  for (int i = 0; i < 8; i++) CHECK_EQ(out[i], expected[i]);
  CHECK_EQ(tree_sum(root), 415);
  tree_reset();
  root = -1;
  for (int i = 0; i < 20; i++) root = tree_insert(root, i);
  CHECK_EQ(tree_height(root), 20);
  return st_finish("015_rec_tree");
}
