#include "selftest.h"
void log_set_level(int level);
int log_message(int level, const char *fmt, ...);
const char *log_line(int back);
int log_total(void);

int main(void) {
  CHECK_EQ(log_message(0, "hidden %d", 1), 0);
  CHECK_EQ(log_message(2, "disk %s at %d%%", "sda", 91), 1);
  CHECK_STR(log_line(0), "[2] disk sda at 91%");
  log_set_level(0);
  for (int i = 0; i < 6; i++) log_message(0, "tick %d", i);
  CHECK_STR(log_line(0), "[0] tick 5");
  CHECK_STR(log_line(3), "[0] tick 2");
  CHECK_EQ(log_total(), 7);
  log_message(3, "%s", "a very long message that will certainly be truncated at sixty-three chars ...");
  CHECK_EQ(strlen(log_line(0)), 63);
  return st_finish("109_varargs_logger");
}
