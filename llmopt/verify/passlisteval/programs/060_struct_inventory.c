/* Structs: an inventory with an open-addressing hash table keyed by strings. */
#include <string.h>

struct slot {
  char key[16];
  int quantity;
  int used;
};

struct table {
  struct slot slots[64];
  int count;
};

static unsigned hash_key(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

void table_init(struct table *t) {
  memset(t, 0, sizeof *t);
}

int table_add(struct table *t, const char *key, int delta) {
  unsigned i = hash_key(key) & 63u;
  for (int probe = 0; probe < 64; probe++, i = (i + 1) & 63u) {
    struct slot *s = &t->slots[i];
    if (!s->used) {
      if (t->count == 63) return -1;
      s->used = 1;
      strncpy(s->key, key, 15);
      s->key[15] = '\0';
      s->quantity = delta;
      t->count++;
      return s->quantity;
    }
    if (strcmp(s->key, key) == 0) return s->quantity += delta;
  }
  return -1;
}

int table_get(const struct table *t, const char *key) {
  unsigned i = hash_key(key) & 63u;
  for (int probe = 0; probe < 64; probe++, i = (i + 1) & 63u) {
    const struct slot *s = &t->slots[i];
    if (!s->used) return 0;
    if (strcmp(s->key, key) == 0) return s->quantity;
  }
  return 0;
}
