/* Globals and static state: a bump allocator and free list over a static arena. */
#include <stddef.h>

static unsigned char arena[4096] __attribute__((aligned(16)));
static size_t arena_top;
static void *free_list[16];
static size_t free_sizes[16];
static int free_count;
size_t bytes_allocated;

void arena_reset(void) {
  arena_top = 0;
  free_count = 0;
  bytes_allocated = 0;
}

void *arena_alloc(size_t size) {
  size = (size + 15) & ~(size_t)15;
  for (int i = 0; i < free_count; i++)
    if (free_sizes[i] >= size) {
      void *p = free_list[i];
      free_list[i] = free_list[free_count - 1];
      free_sizes[i] = free_sizes[free_count - 1];
      free_count--;
      bytes_allocated += size;
      return p;
    }
  if (arena_top + size > sizeof arena) return NULL;
  void *p = arena + arena_top;
  arena_top += size;
  bytes_allocated += size;
  return p;
}

void arena_free(void *p, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (free_count < 16) {
    free_list[free_count] = p;
    free_sizes[free_count++] = size;
  }
  bytes_allocated -= size;
}

size_t arena_used(void) { return arena_top; }
