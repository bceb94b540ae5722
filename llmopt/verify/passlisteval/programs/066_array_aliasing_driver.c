#include "selftest.h"
void add_shifted(int *dst, const int *src, int n);
void copy_forward(int *dst, const int *src, int n);
void copy_backward(int *dst, const int *src, int n);
void running_smooth(int *v, int n);
int sum_through_two_pointers(int *a, int *b);

int main(void) {
  int v[40];
  for (int i = 0; i < 40; i++) v[i] = 1;
  add_shifted(v + 1, v, 20); /* dst overlaps src one ahead: a prefix count */
  for (int i = 0; i <= 20; i++) CHECK_EQ(v[i], i + 1);
  for (int i = 0; i < 40; i++) v[i] = i;
  copy_forward(v + 3, v, 10); /* smears the first 3 values forward */
  CHECK_EQ(v[3], 0);
  CHECK_EQ(v[6], 0);
  CHECK_EQ(v[12], 0);
  CHECK_EQ(v[7], 1);
  for (int i = 0; i < 40; i++) v[i] = i;
  copy_backward(v + 3, v, 10); /* a correct memmove */
  for (int i = 0; i < 10; i++) CHECK_EQ(v[i + 3], i);
  for (int i = 0; i < 40; i++) v[i] = i * 4;
  running_smooth(v, 5);
  CHECK_EQ(v[1], 2);
  CHECK_EQ(v[2], 5);
  CHECK_EQ(v[4], 12);
  int x;
  CHECK_EQ(sum_through_two_pointers(&x, &x), 4);
  int y;
  CHECK_EQ(sum_through_two_pointers(&x, &y), 3);
  return st_finish("066_array_aliasing");
}
