/* Varargs: a logger that filters by level, formats with vsnprintf into a ring of lines, and counts. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static char lines[4][64];
static int next_line, total_logged, min_level = 1;

void log_set_level(int level) { min_level = level; }

int log_message(int level, const char *fmt, ...) {
  if (level < min_level) return 0;
  va_list ap;
  va_start(ap, fmt);
  char *line = lines[next_line];
  int prefix = snprintf(line, sizeof lines[0], "[%d] ", level);
  vsnprintf(line + prefix, sizeof lines[0] - (size_t)prefix, fmt, ap);
  va_end(ap);
  next_line = (next_line + 1) % 4;
  total_logged++;
  return 1;
}

const char *log_line(int back) { return lines[((next_line - 1 - back) % 4 + 4) % 4]; }

int log_total(void) { return total_logged; }
