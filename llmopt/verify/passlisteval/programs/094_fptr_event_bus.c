/* Function pointers: an observer list (subscribe, unsubscribe, publish) with per-listener context. */
typedef void (*listener)(int event, void *ctx);

struct bus {
  listener fns[8];
  void *ctxs[8];
  int count;
};

void bus_init(struct bus *b) { b->count = 0; }

int bus_subscribe(struct bus *b, listener fn, void *ctx) {
  if (b->count == 8) return -1;
  b->fns[b->count] = fn;
  b->ctxs[b->count] = ctx;
  return b->count++;
}

int bus_unsubscribe(struct bus *b, listener fn, void *ctx) {
  for (int i = 0; i < b->count; i++)
    if (b->fns[i] == fn && b->ctxs[i] == ctx) {
      for (int j = i + 1; j < b->count; j++) {
        b->fns[j - 1] = b->fns[j];
        b->ctxs[j - 1] = b->ctxs[j];
      }
      b->count--;
      return 1;
    }
  return 0;
}

void bus_publish(const struct bus *b, int event) {
  for (int i = 0; i < b->count; i++) b->fns[i](event, b->ctxs[i]);
}

void counter_listener(int event, void *ctx) {
  (void)event;
  ++*(int *)ctx;
}

void sum_listener(int event, void *ctx) { *(long *)ctx += event; }

void max_listener(int event, void *ctx) {
  int *m = ctx;
  if (event > *m) *m = event;
}
