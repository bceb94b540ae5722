#include "selftest.h"
struct item {
  int value;
  struct item *next;
};
void list_reset(void);
struct item *list_push(struct item *head, int value);
struct item *list_reverse(struct item *head);
struct item *list_remove_all(struct item *head, int value);
struct item *list_merge(struct item *a, struct item *b);
int list_to_array(const struct item *head, int *out);

int main(void) {
  int out[64];
  struct item *a = NULL, *b = NULL;
  list_reset();
  for (int i = 5; i >= 1; i--) a = list_push(a, i * 2); /* 2 4 6 8 10 */
  for (int i = 4; i >= 0; i--) b = list_push(b, i * 3); /* 0 3 6 9 12 */
  struct item *m = list_merge(a, b);
  int n = list_to_array(m, out);
  int want[] = {0, 2, 3, 4, 6, 6, 8, 9, 10, 12};
  CHECK_EQ(n, 10);
  for (int i = 0; i < 10; i++) CHECK_EQ(out[i], want[i]);
  m = list_remove_all(m, 6);
  CHECK_EQ(list_to_array(m, out), 8);
  m = list_reverse(m);
  list_to_array(m, out);
  CHECK_EQ(out[0], 12);
  CHECK_EQ(out[7], 0);
  CHECK(list_reverse(NULL) == NULL);
  return st_finish("054_struct_linked_list");
}
