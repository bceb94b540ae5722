#include "selftest.h"
long pascal_row_sum(int n);
void box_blur(int w, int h, const unsigned char *src, unsigned char *dst);
int vla_sum(int rows, int cols, int m[rows][cols]);

int main(void) {
  unsigned char img[20 * 10], out[20 * 10];
  int m[3][4];
  CHECK_EQ(pascal_row_sum(0), 1);
  CHECK_EQ(pascal_row_sum(10), 1024);
  CHECK_EQ(pascal_row_sum(30), 1073741824L);
  for (int i = 0; i < 200; i++) img[i] = 90;
  box_blur(20, 10, img, out);
  int flat = 1;
  for (int i = 0; i < 200; i++) flat &= out[i] == 90;
  CHECK(flat);
  img[5 * 20 + 5] = 180;
  box_blur(20, 10, img, out);
  CHECK_EQ(out[5 * 20 + 5], 100);
  CHECK_EQ(out[4 * 20 + 4], 100);
  CHECK_EQ(out[3 * 20 + 3], 90);
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) m[r][c] = c;
  CHECK_EQ(vla_sum(3, 4, m), 6 * (1 + 2 + 3));
  return st_finish("062_array_2d_dynamic");
}
