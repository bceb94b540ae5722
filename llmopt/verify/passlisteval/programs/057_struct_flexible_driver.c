#include "selftest.h"
size_t write_messages(int count);
int sum_payload_of_type(size_t total, unsigned short type);

static int ref_sum(int count, int type) {
  int sum = 0;
  for (int i = 0; i < count; i++)
    if (i % 3 == type)
      for (int k = 0; k <= i; k++) sum += 'a' + k;
  return sum;
}

int main(void) {
  size_t total = write_messages(12);
  /* lengths 1..12: header 4 + length, rounded up to 4 */
  size_t want = 0;
  for (int i = 1; i <= 12; i++) want += (4 + i + 3) & ~3;
  CHECK_EQ(total, want);
  for (int t = 0; t < 3; t++) CHECK_EQ(sum_payload_of_type(total, (unsigned short)t), ref_sum(12, t));
  CHECK_EQ(sum_payload_of_type(total, 7), 0);
  return st_finish("057_struct_flexible");
}
