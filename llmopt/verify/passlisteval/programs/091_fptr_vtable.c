/* Function pointers: C-style virtual tables (objects with method pointers and "inheritance" by embedding). */
struct animal;

struct animal_ops {
  const char *(*sound)(const struct animal *);
  int (*legs)(const struct animal *);
  int (*speed)(const struct animal *, int terrain);
};

struct animal {
  const struct animal_ops *ops;
  int age;
};

struct bird {
  struct animal base;
  int wingspan;
};

static const char *dog_sound(const struct animal *a) { return a->age < 1 ? "yip" : "woof"; }
static int four_legs(const struct animal *a) { (void)a; return 4; }
static int dog_speed(const struct animal *a, int terrain) { return terrain == 0 ? 30 - a->age : 10; }

static const char *bird_sound(const struct animal *a) { (void)a; return "tweet"; }
static int two_legs(const struct animal *a) { (void)a; return 2; }
static int bird_speed(const struct animal *a, int terrain) {
  const struct bird *b = (const struct bird *)a;
  return terrain == 2 ? b->wingspan * 2 : 5;
}

static const struct animal_ops dog_ops = {dog_sound, four_legs, dog_speed};
static const struct animal_ops bird_ops = {bird_sound, two_legs, bird_speed};

void make_dog(struct animal *a, int age) {
  a->ops = &dog_ops;
  a->age = age;
}

void make_bird(struct bird *b, int age, int wingspan) {
  b->base.ops = &bird_ops;
  b->base.age = age;
  b->wingspan = wingspan;
}

int total_legs(struct animal *const *zoo, int n) {
  int t = 0;
  for (int i = 0; i < n; i++) t += zoo[i]->ops->legs(zoo[i]);
  return t;
}

int fastest(struct animal *const *zoo, int n, int terrain) {
  int best = 0;
  for (int i = 1; i < n; i++)
    if (zoo[i]->ops->speed(zoo[i], terrain) > zoo[best]->ops->speed(zoo[best], terrain)) best = i;
  return best;
}

const char *sound_of(const struct animal *a) { return a->ops->sound(a); }
