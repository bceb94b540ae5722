/* Floating point: infinities, NaN, signed zero, comparisons that optimizers must not fold wrongly. */
#include <math.h>

int is_nan_manual(double x) { return x != x; }
double divide(double a, double b) { return a / b; }
int ordered_less(double a, double b) { return a < b; }
int unordered_not_less(double a, double b) { return !(a < b); }
double negate(double x) { return -x; }
double zero_minus(double x) { return 0.0 - x; }
double max_nan_aware(double a, double b) { return a > b ? a : b; }
int sign_bit(double x) { return signbit(x) != 0; }
double fmin_lib(double a, double b) { return fmin(a, b); }
double add_then_sub(double a, double b) { return (a + b) - b; }
