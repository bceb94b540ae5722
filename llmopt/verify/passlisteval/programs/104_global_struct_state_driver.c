#include "selftest.h"
struct account {
  int id;
  long balance;
};
extern struct bank {
  struct account accounts[8];
  int count;
  long audit[32];
  int audit_len;
} the_bank;
int open_account(long initial);
int transfer(int from, int to, long amount);
long total_balance(void);
long audited_total(void);

int main(void) {
  int a = open_account(100), b = open_account(50), c = open_account(0);
  CHECK_EQ(a, 0);
  CHECK_EQ(c, 2);
  CHECK(transfer(a, b, 30));
  CHECK(!transfer(a, b, 1000));
  CHECK(!transfer(a, 7, 1));
  CHECK(!transfer(b, c, -5));
  CHECK(transfer(b, c, 80));
  CHECK_EQ(the_bank.accounts[a].balance, 70);
  CHECK_EQ(the_bank.accounts[b].balance, 0);
  CHECK_EQ(the_bank.accounts[c].balance, 80);
  CHECK_EQ(total_balance(), 150);
  CHECK_EQ(audited_total(), 110);
  CHECK_EQ(the_bank.audit_len, 2);
  return st_finish("104_global_struct_state");
}
