/* Structs: pointer arithmetic over arrays of structs, container_of, member pointers via offsetof. */
#include <stddef.h>

struct employee {
  int id;
  int age;
  double salary;
  struct employee *manager;
};

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct employee *from_salary(double *salary) { return container_of(salary, struct employee, salary); }

double payroll(struct employee *begin, struct employee *end) {
  double total = 0;
  for (struct employee *e = begin; e != end; e++) total += e->salary;
  return total;
}

int chain_length(const struct employee *e) {
  int n = 0;
  while (e->manager) {
    e = e->manager;
    n++;
  }
  return n;
}

long sum_field(const struct employee *v, int n, size_t field_offset) {
  long s = 0;
  for (int i = 0; i < n; i++) s += *(const int *)((const char *)&v[i] + field_offset);
  return s;
}

ptrdiff_t index_of(const struct employee *base, const struct employee *e) { return e - base; }
