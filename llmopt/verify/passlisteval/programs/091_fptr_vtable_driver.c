#include "selftest.h"
struct animal_ops;
struct animal {
  const struct animal_ops *ops;
  int age;
};
struct bird {
  struct animal base;
  int wingspan;
};
void make_dog(struct animal *a, int age);
void make_bird(struct bird *b, int age, int wingspan);
int total_legs(struct animal *const *zoo, int n);
int fastest(struct animal *const *zoo, int n, int terrain);
const char *sound_of(const struct animal *a);

int main(void) {
  struct animal puppy, old_dog;
  struct bird eagle;
  make_dog(&puppy, 0);
  make_dog(&old_dog, 12);
  make_bird(&eagle, 3, 20);
  struct animal *zoo[] = {&puppy, &old_dog, &eagle.base};
  CHECK_EQ(total_legs(zoo, 3), 10);
  CHECK_STR(sound_of(&puppy), "yip");
  CHECK_STR(sound_of(&old_dog), "woof");
  CHECK_STR(sound_of(&eagle.base), "tweet");
  CHECK_EQ(fastest(zoo, 3, 0), 0);
  CHECK_EQ(fastest(zoo, 3, 2), 2);
  CHECK_EQ(fastest(zoo, 3, 1), 0);
  return st_finish("091_fptr_vtable");
}
