#include "selftest.h"
typedef double (*unary)(double);
unary choose(char op);
double run_pipeline(const char *ops, double x);
int is_identity(unary f);
int count_distinct(const char *ops);

int main(void) {
  CHECK_NEAR(run_pipeline("tth", 3.0), 6.0, 0.0);
  CHECK_NEAR(run_pipeline("ntn", 1.5), 3.0, 0.0);
  CHECK_NEAR(run_pipeline("", 7.0), 7.0, 0.0);
  CHECK(is_identity(choose('x')));
  CHECK(!is_identity(choose('h')));
  CHECK(choose('t') == choose('t'));
  CHECK(choose('t') != choose('h'));
  CHECK_EQ(count_distinct("hhttnnxyz"), 4);
  CHECK_EQ(count_distinct("hhh"), 1);
  return st_finish("096_fptr_returning_fptr");
}
