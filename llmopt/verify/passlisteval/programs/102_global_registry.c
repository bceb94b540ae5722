/* Globals and static state: a registry of named handlers filled at run time, looked up by name. */
#include <string.h>

typedef int (*handler)(int);

static struct {
  char name[16];
  handler fn;
} registry[16];
static int registry_size;

int register_handler(const char *name, handler fn) {
  for (int i = 0; i < registry_size; i++)
    if (strcmp(registry[i].name, name) == 0) {
      registry[i].fn = fn;
      return i;
    }
  if (registry_size == 16) return -1;
  strncpy(registry[registry_size].name, name, 15);
  registry[registry_size].name[15] = '\0';
  registry[registry_size].fn = fn;
  return registry_size++;
}

int call_handler(const char *name, int arg, int *ok) {
  for (int i = 0; i < registry_size; i++)
    if (strcmp(registry[i].name, name) == 0) {
      *ok = 1;
      return registry[i].fn(arg);
    }
  *ok = 0;
  return 0;
}

int handler_count(void) { return registry_size; }
