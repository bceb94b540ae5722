#include "selftest.h"
typedef int (*handler)(int);
int register_handler(const char *name, handler fn);
int call_handler(const char *name, int arg, int *ok);
int handler_count(void);

static int square(int x) { return x * x; }
static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }

int main(void) {
  int ok = -1;
  CHECK_EQ(register_handler("square", square), 0);
  CHECK_EQ(register_handler("inc", inc), 1);
  CHECK_EQ(call_handler("square", 9, &ok), 81);
  CHECK(ok);
  CHECK_EQ(call_handler("inc", 9, &ok), 10);
  call_handler("missing", 1, &ok);
  CHECK(!ok);
  CHECK_EQ(register_handler("inc", dec), 1);
  CHECK_EQ(call_handler("inc", 9, &ok), 8);
  CHECK_EQ(handler_count(), 2);
  char name[16];
  for (int i = 0; i < 20; i++) {
    snprintf(name, sizeof name, "h%d", i);
    register_handler(name, inc);
  }
  CHECK_EQ(handler_count(), 16);
  return st_finish("102_global_registry");
}
