/* Varargs: a tiny printf-like formatter (%d %u %x %s %c %%) writing into a buffer, plus vsnprintf forwarding. */
#include <stdarg.h>
#include <stdio.h>

static int put_unsigned(char *out, int pos, unsigned long v, unsigned base) {
  char tmp[32];
  int n = 0;
  do {
    tmp[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  while (n) out[pos++] = tmp[--n];
  return pos;
}

int mini_format(char *out, const char *fmt, ...) {
  va_list ap;
  int pos = 0;
  va_start(ap, fmt);
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      out[pos++] = *fmt;
      continue;
    }
    switch (*++fmt) {
      case 'd': {
        int v = va_arg(ap, int);
        if (v < 0) {
          out[pos++] = '-';
          pos = put_unsigned(out, pos, 0ul - (unsigned long)(long)v, 10);
        } else {
          pos = put_unsigned(out, pos, (unsigned long)v, 10);
        }
        break;
      }
      case 'u': pos = put_unsigned(out, pos, va_arg(ap, unsigned), 10); break;
      case 'x': pos = put_unsigned(out, pos, va_arg(ap, unsigned), 16); break;
      case 's':
        for (const char *s = va_arg(ap, const char *); *s; s++) out[pos++] = *s;
        break;
      case 'c': out[pos++] = (char)va_arg(ap, int); break;
      case '%': out[pos++] = '%'; break;
      default: out[pos++] = '?'; break;
    }
  }
  va_end(ap);
  out[pos] = '\0';
  return pos;
}

static int forward(char *out, size_t size, const char *fmt, va_list ap) { return vsnprintf(out, size, fmt, ap); }

int format_via_libc(char *out, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = forward(out, size, fmt, ap);
  va_end(ap);
  return n;
}
