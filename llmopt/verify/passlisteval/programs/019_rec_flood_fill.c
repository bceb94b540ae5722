/* Recursion: flood fill on a small grid and counting connected regions. */
#define W 12
#define H 8

static void fill(char grid[H][W + 1], int r, int c, char from, char to) {
  if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != from) return;
  grid[r][c] = to;
  fill(grid, r + 1, c, from, to);
  fill(grid, r - 1, c, from, to);
  fill(grid, r, c + 1, from, to);
  fill(grid, r, c - 1, from, to);
}

int count_regions(char grid[H][W + 1], char land) {
  int regions = 0;
  for (int r = 0; r < H; r++)
    for (int c = 0; c < W; c++)
      if (grid[r][c] == land) {
        regions++;
        fill(grid, r, c, land, '*');
      }
  return regions;
}

int region_size(char grid[H][W + 1], int r, int c) {
  if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != '#') return 0;
  grid[r][c] = '+';
  return 1 + region_size(grid, r + 1, c) + region_size(grid, r - 1, c) + region_size(grid, r, c + 1) +
         region_size(grid, r, c - 1);
}
