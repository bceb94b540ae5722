/* Structs: large structs by value (memcpy-lowered), struct assignment, returning big structs (sret). */
struct record {
  char name[24];
  int scores[10];
  double weight;
  long id;
};

struct record make_record(long id, const char *name, int base) {
  struct record r;
  int i = 0;
  for (; name[i] && i < 23; i++) r.name[i] = name[i];
  for (; i < 24; i++) r.name[i] = '\0';
  for (i = 0; i < 10; i++) r.scores[i] = base + i * i;
  r.weight = base * 0.5;
  r.id = id;
  return r;
}

int total_score(struct record r) {
  int t = 0;
  for (int i = 0; i < 10; i++) t += r.scores[i];
  return t;
}

struct record bumped(struct record r, int delta) {
  for (int i = 0; i < 10; i++) r.scores[i] += delta;
  r.id++;
  return r;
}

void swap_records(struct record *a, struct record *b) {
  struct record t = *a;
  *a = *b;
  *b = t;
}
