#include "selftest.h"
typedef void (*listener)(int event, void *ctx);
struct bus {
  listener fns[8];
  void *ctxs[8];
  int count;
};
void bus_init(struct bus *b);
int bus_subscribe(struct bus *b, listener fn, void *ctx);
int bus_unsubscribe(struct bus *b, listener fn, void *ctx);
void bus_publish(const struct bus *b, int event);
void counter_listener(int event, void *ctx);
void sum_listener(int event, void *ctx);
void max_listener(int event, void *ctx);

int main(void) {
  struct bus b;
  int count_a = 0, count_b = 0, max = -1000;
  long sum = 0;
  bus_init(&b);
  bus_subscribe(&b, counter_listener, &count_a);
  bus_subscribe(&b, counter_listener, &count_b);
  bus_subscribe(&b, sum_listener, &sum);
  bus_subscribe(&b, max_listener, &max);
  for (int e = -3; e <= 5; e++) bus_publish(&b, e);
  CHECK_EQ(count_a, 9);
  CHECK_EQ(sum, 9);
  CHECK_EQ(max, 5);
  CHECK(bus_unsubscribe(&b, counter_listener, &count_a));
  CHECK(!bus_unsubscribe(&b, counter_listener, &count_a));
  bus_publish(&b, 100);
  CHECK_EQ(count_a, 9);
  CHECK_EQ(count_b, 10);
  CHECK_EQ(max, 100);
  CHECK_EQ(b.count, 3);
  return st_finish("094_fptr_event_bus");
}
