/* Varargs: structs and pointers passed through varargs, and a variadic "max by key" with a callback. */
#include <stdarg.h>

struct pair {
  int key;
  int value;
};

struct big {
  long a, b, c;
};

int sum_pairs(int count, ...) {
  va_list ap;
  int total = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    struct pair p = va_arg(ap, struct pair);
    total += p.key * p.value;
  }
  va_end(ap);
  return total;
}

long sum_bigs(int count, ...) {
  va_list ap;
  long total = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    struct big b = va_arg(ap, struct big);
    total += b.a + 10 * b.b + 100 * b.c;
  }
  va_end(ap);
  return total;
}

const char *longest_string(int count, ...) {
  va_list ap;
  const char *best = "";
  int best_len = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    const char *s = va_arg(ap, const char *);
    int len = 0;
    while (s[len]) len++;
    if (len > best_len) {
      best = s;
      best_len = len;
    }
  }
  va_end(ap);
  return best;
}
