/* Globals and static state: internal-linkage helpers and statics that inlining/globalopt may transform. */
static int unused_but_present = 3;
static int rarely_written = 10;
static const double scale = 2.5;
int exported_threshold = 50;

static int helper_square(int x) { return x * x; }
static int helper_clamp(int x) { return x > exported_threshold ? exported_threshold : x; }

int combined(int x) { return helper_clamp(helper_square(x)) + rarely_written; }

void set_rarely_written(int v) { rarely_written = v; }

double scaled(double x) { return x * scale; }

int address_taken_static(int **out) {
  static int box = 42;
  *out = &box;
  return box;
}

int read_unused(void) { return unused_but_present; }
