#include "selftest.h"
void rotate_left_reverse(int *v, int n, int k);
void rotate_left_juggle(int *v, int n, int k);
void shift_right_one(int *v, int n);

int main(void) {
  int a[12], b[12];
  for (int n = 1; n <= 12; n++)
    for (int k = 0; k < 2 * n; k++) {
      for (int i = 0; i < n; i++) a[i] = b[i] = i * 10;
      rotate_left_reverse(a, n, k);
      rotate_left_juggle(b, n, k);
      int ok = 1;
      for (int i = 0; i < n; i++) ok &= a[i] == ((i + k) % n) * 10 && b[i] == a[i];
      CHECK(ok);
    }
  int c[5] = {1, 2, 3, 4, 5};
  shift_right_one(c, 5);
  CHECK_EQ(c[0], 5);
  CHECK_EQ(c[1], 1);
  CHECK_EQ(c[4], 4);
  return st_finish("061_array_rotate");
}
