#include "selftest.h"
struct ring {
  int data[16];
  unsigned head, tail, count;
};
void ring_init(struct ring *r);
int ring_push(struct ring *r, int v);
int ring_pop(struct ring *r, int *v);
struct heap {
  int items[64];
  int size;
};
void heap_push(struct heap *h, int v);
int heap_pop(struct heap *h);

int main(void) {
  struct ring r;
  struct heap h;
  int v = 0, ok = 1;
  ring_init(&r);
  for (int i = 0; i < 16; i++) ok &= ring_push(&r, i);
  CHECK(ok);
  CHECK(!ring_push(&r, 99));
  for (int i = 0; i < 10; i++) ring_pop(&r, &v);
  CHECK_EQ(v, 9);
  for (int i = 0; i < 10; i++) ring_push(&r, 100 + i);
  int last = -1, count = 0;
  while (ring_pop(&r, &v)) {
    last = v;
    count++;
  }
  CHECK_EQ(count, 16);
  CHECK_EQ(last, 109);
  h.size = 0;
  int input[] = {42, 7, 19, 3, 88, 3, 56, -4, 21};
  for (int i = 0; i < 9; i++) heap_push(&h, input[i]);
  int sorted[] = {-4, 3, 3, 7, 19, 21, 42, 56, 88};
  for (int i = 0; i < 9; i++) CHECK_EQ(heap_pop(&h), sorted[i]);
  CHECK_EQ(h.size, 0);
  return st_finish("056_struct_queue");
}
