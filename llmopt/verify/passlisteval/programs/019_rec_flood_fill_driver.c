#include "selftest.h"
int count_regions(char grid[8][13], char land);
int region_size(char grid[8][13], int r, int c);

static const char map[8][13] = {
    "##....#....#",
    "##....#....#",
    "......#.....",
    "..###.......",
    "..#.#...##..",
    "..###...##..",
    "............",
    "#..........#",
};

int main(void) {
  char g[8][13];
  memcpy(g, map, sizeof g);
  CHECK_EQ(count_regions(g, '#'), 7);
  CHECK_EQ(g[0][0], '*');
  CHECK_EQ(g[2][0], '.');
  memcpy(g, map, sizeof g);
  CHECK_EQ(region_size(g, 0, 0), 4);
  CHECK_EQ(region_size(g, 3, 2), 8);
  CHECK_EQ(region_size(g, 0, 6), 3);
  CHECK_EQ(region_size(g, 2, 2), 0);
  return st_finish("019_rec_flood_fill");
}
