/* Varargs: va_list over ints, longs and doubles, counted and sentinel-terminated argument lists. */
#include <stdarg.h>

long sum_ints(int count, ...) {
  va_list ap;
  long total = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

long sum_until_zero(long first, ...) {
  va_list ap;
  long total = first;
  va_start(ap, first);
  for (long v = first ? va_arg(ap, long) : 0; first && v != 0; v = va_arg(ap, long)) total += v;
  va_end(ap);
  return total;
}

double average_doubles(int count, ...) {
  va_list ap;
  double s = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) s += va_arg(ap, double);
  va_end(ap);
  return count ? s / count : 0.0;
}

int max_of_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int best = va_arg(ap, int);
  for (int i = 1; i < count; i++) {
    int v = va_arg(ap, int);
    if (v > best) best = v;
  }
  va_end(ap);
  return best;
}
