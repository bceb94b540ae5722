/* Globals and static state: a global struct describing a bank with transactions and an audit log. */
struct account {
  int id;
  long balance;
};

struct bank {
  struct account accounts[8];
  int count;
  long audit[32];
  int audit_len;
} the_bank;

int open_account(long initial) {
  if (the_bank.count == 8) return -1;
  struct account *a = &the_bank.accounts[the_bank.count];
  a->id = the_bank.count;
  a->balance = initial;
  return the_bank.count++;
}

static void log_amount(long amount) {
  if (the_bank.audit_len < 32) the_bank.audit[the_bank.audit_len++] = amount;
}

int transfer(int from, int to, long amount) {
  if (from < 0 || from >= the_bank.count || to < 0 || to >= the_bank.count || amount <= 0) return 0;
  if (the_bank.accounts[from].balance < amount) return 0;
  the_bank.accounts[from].balance -= amount;
  the_bank.accounts[to].balance += amount;
  log_amount(amount);
  return 1;
}

long total_balance(void) {
  long t = 0;
  for (int i = 0; i < the_bank.count; i++) t += the_bank.accounts[i].balance;
  return t;
}

long audited_total(void) {
  long t = 0;
  for (int i = 0; i < the_bank.audit_len; i++) t += the_bank.audit[i];
  return t;
}
