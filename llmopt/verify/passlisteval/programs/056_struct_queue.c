/* Structs: a ring-buffer queue and a binary min-heap held in structs with embedded arrays. */
struct ring {
  int data[16];
  unsigned head, tail, count;
};

void ring_init(struct ring *r) { r->head = r->tail = r->count = 0; }

int ring_push(struct ring *r, int v) {
  if (r->count == 16) return 0;
  r->data[r->tail] = v;
  r->tail = (r->tail + 1) % 16;
  r->count++;
  return 1;
}

int ring_pop(struct ring *r, int *v) {
  if (r->count == 0) return 0;
  *v = r->data[r->head];
  r->head = (r->head + 1) % 16;
  r->count--;
  return 1;
}

struct heap {
  int items[64];
  int size;
};

void heap_push(struct heap *h, int v) {
  int i = h->size++;
  h->items[i] = v;
  while (i > 0 && h->items[(i - 1) / 2] > h->items[i]) {
    int p = (i - 1) / 2, t = h->items[p];
    h->items[p] = h->items[i];
    h->items[i] = t;
    i = p;
  }
}

int heap_pop(struct heap *h) {
  int top = h->items[0];
  h->items[0] = h->items[--h->size];
  int i = 0;
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < h->size && h->items[l] < h->items[m]) m = l;
    if (r < h->size && h->items[r] < h->items[m]) m = r;
    if (m == i) break;
    int t = h->items[m];
    h->items[m] = h->items[i];
    h->items[i] = t;
    i = m;
  }
  return top;
}
