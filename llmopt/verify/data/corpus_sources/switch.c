int sw_dense(int x) { switch (x) { case 0: return 5; case 1: return 7; case 2: return 11; case 3: return 13; default: return -1; } }
int sw_sparse(int x) { switch (x) { case 10: return 1; case 1000: return 2; case -5: return 3; default: return 0; } }
int sw_fallthrough(int x) { int r = 0; switch (x) { case 1: r += 1; case 2: r += 2; break; case 3: r = 30; break; } return r; }
int sw_same_value(unsigned x) { switch (x & 7) { case 0: case 2: case 4: case 6: return 0; default: return 1; } }
char sw_char(char c) { switch (c) { case 'a': return 'A'; case 'b': return 'B'; case 'z': return 'Z'; default: return c; } }
int sw_linear(int x) { switch (x) { case 0: return 3; case 1: return 5; case 2: return 7; case 3: return 9; default: return 0; } }
