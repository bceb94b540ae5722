/* Structs: a singly linked list in a static arena (push, reverse, remove, merge sorted lists). */
#include <stddef.h>

struct item {
  int value;
  struct item *next;
};

static struct item arena[128];
static int arena_used;

void list_reset(void) { arena_used = 0; }

struct item *list_push(struct item *head, int value) {
  struct item *n = &arena[arena_used++];
  n->value = value;
  n->next = head;
  return n;
}

struct item *list_reverse(struct item *head) {
  struct item *prev = NULL;
  while (head) {
    struct item *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

struct item *list_remove_all(struct item *head, int value) {
  struct item **link = &head;
  while (*link) {
    if ((*link)->value == value)
      *link = (*link)->next;
    else
      link = &(*link)->next;
  }
  return head;
}

struct item *list_merge(struct item *a, struct item *b) {
  struct item dummy, *tail = &dummy;
  dummy.next = NULL;
  while (a && b) {
    if (a->value <= b->value) {
      tail->next = a;
      a = a->next;
    } else {
      tail->next = b;
      b = b->next;
    }
    tail = tail->next;
  }
  tail->next = a ? a : b;
  return dummy.next;
}

int list_to_array(const struct item *head, int *out) {
  int n = 0;
  for (; head; head = head->next) out[n++] = head->value;
  return n;
}
