#include "selftest.h"
struct record {
  char name[24];
  int scores[10];
  double weight;
  long id;
};
struct record make_record(long id, const char *name, int base);
int total_score(struct record r);
struct record bumped(struct record r, int delta);
void swap_records(struct record *a, struct record *b);

int main(void) {
  struct record a = make_record(7, "alice", 10);
  struct record b = make_record(9, "a very long name that will be cut", 0);
  CHECK_STR(a.name, "alice");
  CHECK_EQ(strlen(b.name), 23);
  CHECK_EQ(total_score(a), 100 + 285);
  struct record c = bumped(a, 1);
  CHECK_EQ(total_score(c), 395);
  CHECK_EQ(total_score(a), 385);
  CHECK_EQ(c.id, 8);
  CHECK_NEAR(c.weight, 5.0, 0.0);
  swap_records(&a, &b);
  CHECK_EQ(a.id, 9);
  CHECK_EQ(b.id, 7);
  CHECK_STR(b.name, "alice");
  return st_finish("052_struct_large_byvalue");
}
