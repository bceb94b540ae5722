/* Varargs: mixed argument types described by a type string, more arguments than registers (stack passing). */
#include <stdarg.h>

double sum_typed(const char *types, ...) {
  va_list ap;
  double total = 0;
  va_start(ap, types);
  for (; *types; types++) {
    switch (*types) {
      case 'i': total += va_arg(ap, int); break;
      case 'l': total += (double)va_arg(ap, long); break;
      case 'd': total += va_arg(ap, double); break;
      case 'p': total += *va_arg(ap, int *); break;
      default: break;
    }
  }
  va_end(ap);
  return total;
}

long weighted(int count, ...) {
  va_list ap;
  long total = 0;
  va_start(ap, count);
  for (int i = 1; i <= count; i++) total += (long)i * va_arg(ap, long);
  va_end(ap);
  return total;
}

int copy_twice(int count, ...) {
  va_list ap, again;
  int first = 0, second = 0;
  va_start(ap, count);
  va_copy(again, ap);
  for (int i = 0; i < count; i++) first += va_arg(ap, int);
  for (int i = 0; i < count; i++) second += 2 * va_arg(again, int);
  va_end(again);
  va_end(ap);
  return second - first;
}
