#include <stdint.h>
#include "selftest.h"
extern size_t bytes_allocated;
void arena_reset(void);
void *arena_alloc(size_t size);
void arena_free(void *p, size_t size);
size_t arena_used(void);

int main(void) {
  arena_reset();
  char *a = arena_alloc(10), *b = arena_alloc(100), *c;
  CHECK(a != NULL && b != NULL);
  CHECK_EQ(((uintptr_t)a) % 16, 0);
  CHECK_EQ(b - a, 16);
  CHECK_EQ(arena_used(), 128);
  memset(b, 'x', 100);
  arena_free(a, 10);
  c = arena_alloc(16);
  CHECK(c == a);
  CHECK_EQ(arena_used(), 128);
  CHECK_EQ(bytes_allocated, 128);
  CHECK(arena_alloc(5000) == NULL);
  int count = 0;
  while (arena_alloc(256)) count++;
  CHECK_EQ(count, 15);
  CHECK_EQ(b[99], 'x');
  return st_finish("099_global_allocator");
}
