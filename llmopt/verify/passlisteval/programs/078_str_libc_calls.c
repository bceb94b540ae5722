/* Strings: code that calls libc string functions (strlen, memcpy, strcat, strncmp, memchr, strtol, sprintf). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t join_words(char *out, size_t size, const char *const *words, int n, const char *sep) {
  out[0] = '\0';
  for (int i = 0; i < n; i++) {
    if (strlen(out) + strlen(words[i]) + strlen(sep) + 1 > size) break;
    if (i) strcat(out, sep);
    strcat(out, words[i]);
  }
  return strlen(out);
}

int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

long sum_numbers(const char *s) {
  long total = 0;
  char *end;
  while (*s) {
    long v = strtol(s, &end, 10);
    if (end == s) {
      s++;
      continue;
    }
    total += v;
    s = end;
  }
  return total;
}

int count_byte(const char *s, size_t n, char c) {
  int count = 0;
  const char *p = s;
  while ((p = memchr(p, c, n - (size_t)(p - s))) != NULL) {
    count++;
    p++;
  }
  return count;
}

void describe(char *out, size_t size, const char *name, int age) { snprintf(out, size, "%s is %d", name, age); }
