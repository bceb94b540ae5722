#include "selftest.h"
struct slot {
  char key[16];
  int quantity;
  int used;
};
struct table {
  struct slot slots[64];
  int count;
};
void table_init(struct table *t);
int table_add(struct table *t, const char *key, int delta);
int table_get(const struct table *t, const char *key);

int main(void) {
  static struct table t;
  char name[16];
  table_init(&t);
  CHECK_EQ(table_add(&t, "apple", 5), 5);
  CHECK_EQ(table_add(&t, "pear", 2), 2);
  CHECK_EQ(table_add(&t, "apple", 3), 8);
  CHECK_EQ(table_get(&t, "apple"), 8);
  CHECK_EQ(table_get(&t, "plum"), 0);
  for (int i = 0; i < 40; i++) {
    snprintf(name, sizeof name, "item%d", i);
    table_add(&t, name, i);
  }
  CHECK_EQ(t.count, 42);
  CHECK_EQ(table_get(&t, "item39"), 39);
  CHECK_EQ(table_get(&t, "item0"), 0);
  CHECK_EQ(table_add(&t, "item7", 100), 107);
  CHECK_EQ(table_get(&t, "pear"), 2);
  return st_finish("060_struct_inventory");
}
