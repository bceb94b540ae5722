#include "selftest.h"
int format_thousands(long v, char *out, size_t size);
void format_row(char *out, size_t size, const char *name, int qty, double price);
void hex_dump(const unsigned char *data, int n, char *out);

int main(void) {
  char buf[64];
  format_thousands(1234567, buf, sizeof buf);
  CHECK_STR(buf, "1,234,567");
  format_thousands(-1000, buf, sizeof buf);
  CHECK_STR(buf, "-1,000");
  format_thousands(999, buf, sizeof buf);
  CHECK_STR(buf, "999");
  format_thousands(0, buf, sizeof buf);
  CHECK_STR(buf, "0");
  format_row(buf, sizeof buf, "bolt", 250, 0.126);
  CHECK_STR(buf, "bolt    |  250|     0.13");
  format_row(buf, sizeof buf, "x", -3, -1234.5);
  CHECK_STR(buf, "x       |   -3| -1234.50");
  const unsigned char data[] = {0x00, 0x7f, 0xab, 0xff};
  hex_dump(data, 4, buf);
  CHECK_STR(buf, "00 7f ab ff");
  return st_finish("074_str_format");
}
