/* Varargs: many-argument calls through a variadic function pointer and a non-variadic wrapper. */
#include <stdarg.h>

typedef long (*variadic_fn)(int, ...);

long product(int count, ...) {
  va_list ap;
  long p = 1;
  va_start(ap, count);
  while (count-- > 0) p *= va_arg(ap, long);
  va_end(ap);
  return p;
}

long alternating(int count, ...) {
  va_list ap;
  long s = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) s += (i % 2 ? -1 : 1) * va_arg(ap, long);
  va_end(ap);
  return s;
}

variadic_fn pick(int which) { return which ? alternating : product; }

long vsum(int count, va_list ap) {
  long s = 0;
  while (count-- > 0) s += va_arg(ap, long);
  return s;
}

long sum_twice(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = vsum(count, ap);
  va_end(ap);
  return 2 * s;
}
