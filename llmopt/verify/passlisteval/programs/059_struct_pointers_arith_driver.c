#include <stddef.h>
#include "selftest.h"
struct employee {
  int id;
  int age;
  double salary;
  struct employee *manager;
};
struct employee *from_salary(double *salary);
double payroll(struct employee *begin, struct employee *end);
int chain_length(const struct employee *e);
long sum_field(const struct employee *v, int n, size_t field_offset);
ptrdiff_t index_of(const struct employee *base, const struct employee *e);

int main(void) {
  struct employee staff[5];
  for (int i = 0; i < 5; i++) {
    staff[i].id = 100 + i;
    staff[i].age = 30 + 2 * i;
    staff[i].salary = 1000.0 * (i + 1);
    staff[i].manager = i ? &staff[i - 1] : NULL;
  }
  CHECK(from_salary(&staff[3].salary) == &staff[3]);
  CHECK_NEAR(payroll(staff, staff + 5), 15000.0, 0.0);
  CHECK_NEAR(payroll(staff + 2, staff + 2), 0.0, 0.0);
  CHECK_EQ(chain_length(&staff[4]), 4);
  CHECK_EQ(chain_length(&staff[0]), 0);
  CHECK_EQ(sum_field(staff, 5, offsetof(struct employee, id)), 510);
  CHECK_EQ(sum_field(staff, 5, offsetof(struct employee, age)), 170);
  CHECK_EQ(index_of(staff, &staff[3]), 3);
  return st_finish("059_struct_pointers_arith");
}
