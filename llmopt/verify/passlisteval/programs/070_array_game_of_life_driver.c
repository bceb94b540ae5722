#include "selftest.h"
int life_run(unsigned char g[16][16], int steps);

int main(void) {
  unsigned char g[16][16];
  memset(g, 0, sizeof g);
  /* glider */
  g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1;
  CHECK_EQ(life_run(g, 4), 5);
  /* after 4 steps a glider moves one cell down and right */
  CHECK(g[1][2] && g[2][3] && g[3][1] && g[3][2] && g[3][3]);
  CHECK_EQ(life_run(g, 60), 5); /* 64 steps in all: wraps around the 16x16 torus back to the start */
  CHECK(g[0][1] && g[1][2] && g[2][0] && g[2][1] && g[2][2]);
  memset(g, 0, sizeof g);
  g[5][5] = g[5][6] = g[5][7] = 1; /* blinker */
  CHECK_EQ(life_run(g, 1), 3);
  CHECK(g[4][6] && g[5][6] && g[6][6] && !g[5][5]);
  CHECK_EQ(life_run(g, 1), 3);
  CHECK(g[5][5] && g[5][7]);
  memset(g, 0, sizeof g);
  g[8][8] = 1;
  CHECK_EQ(life_run(g, 1), 0);
  return st_finish("070_array_game_of_life");
}
