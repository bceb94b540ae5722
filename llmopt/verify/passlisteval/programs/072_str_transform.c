/* Strings: in-place transformations (upper/lower case, trim, reverse words, collapse spaces). */
#include <string.h>

void to_upper(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 'a' + 'A');
}

char *trim(char *s) {
  while (*s == ' ' || *s == '\t' || *s == '\n') s++;
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n')) s[--n] = '\0';
  return s;
}

static void reverse(char *a, char *b) {
  while (a < b) {
    char t = *a;
    *a++ = *b;
    *b-- = t;
  }
}

void reverse_words(char *s) {
  size_t n = strlen(s);
  if (n == 0) return;
  reverse(s, s + n - 1);
  char *w = s;
  for (char *p = s;; p++) {
    if (*p == ' ' || *p == '\0') {
      if (p > w) reverse(w, p - 1);
      if (*p == '\0') break;
      w = p + 1;
    }
  }
}

void collapse_spaces(char *s) {
  char *w = s;
  int prev_space = 0;
  for (char *r = s; *r; r++) {
    if (*r == ' ') {
      if (!prev_space) *w++ = ' ';
      prev_space = 1;
    } else {
      *w++ = *r;
      prev_space = 0;
    }
  }
  *w = '\0';
}
