double fadd_d(double a, double b) { return a + b; }
float fmul_const(float x) { return x * 2.0f; }
int fcmp_lt(double a, double b) { return a < b; }
double fsel(double a, double b) { return a > b ? a : b; }
float int_to_float(int x) { return (float)x * 0.5f; }
int float_to_int(float f) { return f > -1000.0f && f < 1000.0f ? (int)f : 0; }
