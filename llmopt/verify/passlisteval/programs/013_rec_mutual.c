/* Recursion: mutual recursion (even/odd, Hofstadter female/male sequences). */
int is_odd(unsigned n);

int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

int hof_male(int n);

int hof_female(int n) { return n == 0 ? 1 : n - hof_male(hof_female(n - 1)); }

int hof_male(int n) { return n == 0 ? 0 : n - hof_female(hof_male(n - 1)); }
