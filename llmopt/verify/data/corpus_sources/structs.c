struct pair { int a; int b; };
struct rect { short x, y, w, h; };
struct mixed { char c; int i; long long l; };
int pair_sum(struct pair p) { return p.a + p.b; }
struct pair pair_make(int a, int b) { struct pair p; p.a = b; p.b = a; return p; }
int rect_area(const struct rect *r) { return r->w * r->h; }
void rect_move(struct rect *r, short dx, short dy) { r->x += dx; r->y += dy; }
long long mixed_total(const struct mixed *m) { return m->c + m->i + m->l; }
void mixed_init(struct mixed *m, int v) { m->c = (char)v; m->i = v * 2; m->l = (long long)v * 3; }
int local_struct(int a, int b) { struct pair p = {a, b}; struct pair q = p; q.a += 1; return q.a * p.b; }
struct mixed mixed_ret(int v) { struct mixed m = {(char)v, v + 1, v + 2}; return m; }
