/* Globals and static state: volatile globals (must not be cached or removed), and a global error flag. */
volatile int hardware_register;
volatile unsigned tick_count;
int last_error;

int poll_until(int target, int max_polls) {
  for (int i = 0; i < max_polls; i++) {
    hardware_register = hardware_register + 1;
    if (hardware_register >= target) return i + 1;
  }
  return -1;
}

unsigned ticks_between_reads(void) {
  unsigned a = tick_count;
  tick_count = tick_count + 5;
  unsigned b = tick_count;
  return b - a;
}

int checked_divide(int a, int b) {
  if (b == 0) {
    last_error = 1;
    return 0;
  }
  last_error = 0;
  return a / b;
}

int write_count_twice(void) {
  hardware_register = 1;
  hardware_register = 2;
  return hardware_register;
}
