/* Recursion: Ackermann (deep, non-primitive) and towers of Hanoi with move recording. */
int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves_made;
static int last_from, last_to;

static void move_disk(int from, int to) {
  moves_made++;
  last_from = from;
  last_to = to;
}

void hanoi(int n, int from, int to, int via) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to);
  move_disk(from, to);
  hanoi(n - 1, via, to, from);
}

int hanoi_moves(int n, int *from, int *to) {
  moves_made = 0;
  hanoi(n, 1, 3, 2);
  *from = last_from;
  *to = last_to;
  return moves_made;
}
