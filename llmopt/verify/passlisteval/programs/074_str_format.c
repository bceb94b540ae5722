/* Strings: formatting with snprintf and by hand (thousands separators, fixed width, hex dump). */
#include <stdio.h>
#include <string.h>

int format_thousands(long v, char *out, size_t size) {
  char digits[32];
  int n = snprintf(digits, sizeof digits, "%ld", v < 0 ? -v : v);
  int o = 0;
  if (v < 0) out[o++] = '-';
  for (int i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 == 0) out[o++] = ',';
    out[o++] = digits[i];
  }
  out[o] = '\0';
  return (size_t)o < size ? o : -1;
}

void format_row(char *out, size_t size, const char *name, int qty, double price) {
  snprintf(out, size, "%-8s|%5d|%9.2f", name, qty, price);
}

void hex_dump(const unsigned char *data, int n, char *out) {
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < n; i++) {
    out[3 * i] = hex[data[i] >> 4];
    out[3 * i + 1] = hex[data[i] & 15];
    out[3 * i + 2] = i + 1 < n ? ' ' : '\0';
  }
  if (n == 0) out[0] = '\0';
}
