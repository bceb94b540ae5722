/* Does not compile on purpose: used to test the error path. */
int f(int x) { return x + ; }
