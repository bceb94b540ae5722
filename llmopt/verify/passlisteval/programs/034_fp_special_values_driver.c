#include <math.h>
#include "selftest.h"
int is_nan_manual(double x);
double divide(double a, double b);
int ordered_less(double a, double b);
int unordered_not_less(double a, double b);
double negate(double x);
double zero_minus(double x);
double max_nan_aware(double a, double b);
int sign_bit(double x);
double fmin_lib(double a, double b);
double add_then_sub(double a, double b);

int main(void) {
  double inf = divide(1.0, 0.0);
  double nan_value = divide(0.0, 0.0);
  CHECK(isinf(inf) && inf > 0);
  CHECK(isinf(divide(-1.0, 0.0)) && divide(-1.0, 0.0) < 0);
  CHECK(is_nan_manual(nan_value));
  CHECK(!is_nan_manual(inf));
  CHECK(!ordered_less(nan_value, 1.0));
  CHECK(unordered_not_less(nan_value, 1.0));
  CHECK(!unordered_not_less(0.5, 1.0));
  CHECK(sign_bit(negate(0.0)));
  CHECK(!sign_bit(zero_minus(0.0)));
  CHECK(sign_bit(divide(1.0, negate(0.0)) ));
  CHECK(is_nan_manual(max_nan_aware(1.0, nan_value)) == 1);
  CHECK_NEAR(max_nan_aware(nan_value, 1.0), 1.0, 0.0) ;
  CHECK_NEAR(fmin_lib(nan_value, 2.0), 2.0, 0.0);
  /* (1e16 + 1) - 1 rounds: reassociation would give 1e16 + 0 = 1e16 exactly anyway; use a case that differs. */
  CHECK_NEAR(add_then_sub(1.0, 1e16), 0.0, 0.0);
  CHECK_NEAR(add_then_sub(0.1, 0.2), 0.10000000000000003, 0.0);
  return st_finish("034_fp_special_values");
}
