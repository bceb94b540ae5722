/* Arrays: Conway's game of life on a torus (2-D arrays, modular neighbours, double buffering). */
#define N 16

static int neighbours(const unsigned char g[N][N], int r, int c) {
  int n = 0;
  for (int dr = -1; dr <= 1; dr++)
    for (int dc = -1; dc <= 1; dc++)
      if (dr || dc) n += g[(r + dr + N) % N][(c + dc + N) % N];
  return n;
}

void life_step(const unsigned char cur[N][N], unsigned char next[N][N]) {
  for (int r = 0; r < N; r++)
    for (int c = 0; c < N; c++) {
      int n = neighbours(cur, r, c);
      next[r][c] = (unsigned char)(n == 3 || (n == 2 && cur[r][c]));
    }
}

int life_population(const unsigned char g[N][N]) {
  int p = 0;
  for (int r = 0; r < N; r++)
    for (int c = 0; c < N; c++) p += g[r][c];
  return p;
}

int life_run(unsigned char g[N][N], int steps) {
  unsigned char tmp[N][N];
  for (int s = 0; s < steps; s++) {
    life_step((const unsigned char(*)[N])g, tmp);
    for (int r = 0; r < N; r++)
      for (int c = 0; c < N; c++) g[r][c] = tmp[r][c];
  }
  return life_population((const unsigned char(*)[N])g);
}
