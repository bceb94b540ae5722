/* Strings: parsing numbers (decimal with sign, hex, overflow detection, simple decimal fractions). */
#include <limits.h>

int parse_int(const char *s, long *out) {
  int neg = 0;
  unsigned long v = 0;
  if (*s == '-' || *s == '+') neg = *s++ == '-';
  if (!*s) return 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9') return 0;
    unsigned d = (unsigned)(*s - '0');
    if (v > (ULONG_MAX - d) / 10) return 0;
    v = v * 10 + d;
    if (v > (unsigned long)LONG_MAX + (unsigned long)neg) return 0;
  }
  *out = neg ? (long)(0ul - v) : (long)v;
  return 1;
}

int parse_hex(const char *s, unsigned long *out) {
  unsigned long v = 0;
  int digits = 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
  for (; *s; s++, digits++) {
    int d;
    if (*s >= '0' && *s <= '9')
      d = *s - '0';
    else if (*s >= 'a' && *s <= 'f')
      d = *s - 'a' + 10;
    else if (*s >= 'A' && *s <= 'F')
      d = *s - 'A' + 10;
    else
      return 0;
    if (digits >= 16) return 0;
    v = v << 4 | (unsigned long)d;
  }
  *out = v;
  return digits > 0;
}

double parse_decimal(const char *s) {
  double v = 0, scale = 1;
  int neg = *s == '-';
  if (neg) s++;
  for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
  if (*s == '.')
    for (s++; *s >= '0' && *s <= '9'; s++) {
      scale /= 10;
      v += (*s - '0') * scale;
    }
  return neg ? -v : v;
}
