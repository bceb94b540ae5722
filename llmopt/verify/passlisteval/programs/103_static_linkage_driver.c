#include "selftest.h"
extern int exported_threshold;
int combined(int x);
void set_rarely_written(int v);
double scaled(double x);
int address_taken_static(int **out);
int read_unused(void);

int main(void) {
  int *p = NULL;
  CHECK_EQ(combined(3), 19);
  CHECK_EQ(combined(10), 60);
  exported_threshold = 200;
  CHECK_EQ(combined(10), 110);
  set_rarely_written(0);
  CHECK_EQ(combined(4), 16);
  CHECK_NEAR(scaled(4.0), 10.0, 0.0);
  CHECK_EQ(address_taken_static(&p), 42);
  *p = 7;
  CHECK_EQ(address_taken_static(&p), 7);
  CHECK_EQ(read_unused(), 3);
  return st_finish("103_static_linkage");
}
