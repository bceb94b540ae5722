#include "selftest.h"
int ackermann(int m, int n);
int hanoi_moves(int n, int *from, int *to);

int main(void) {
  int f = 0, t = 0;
  CHECK_EQ(ackermann(0, 0), 1);
  CHECK_EQ(ackermann(1, 2), 4);
  CHECK_EQ(ackermann(2, 3), 9);
  CHECK_EQ(ackermann(3, 3), 61);
  CHECK_EQ(hanoi_moves(1, &f, &t), 1);
  CHECK_EQ(f, 1);
  CHECK_EQ(t, 3);
  CHECK_EQ(hanoi_moves(10, &f, &t), 1023);
  /* The last move of an even tower moves the smallest disk from peg 2 onto peg 3. */
  CHECK_EQ(f, 2);
  CHECK_EQ(t, 3);
  return st_finish("012_rec_ackermann_hanoi");
}
