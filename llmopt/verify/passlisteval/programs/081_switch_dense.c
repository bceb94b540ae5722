/* Switch: dense switches (jump tables), fallthrough, and switch-to-lookup-table candidates. */
int days_in_month(int month, int leap) {
  switch (month) {
    case 2:
      return leap ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12:
      return 31;
    default:
      return -1;
  }
}

const char *weekday_name(int d) {
  switch (d) {
    case 0: return "Mon";
    case 1: return "Tue";
    case 2: return "Wed";
    case 3: return "Thu";
    case 4: return "Fri";
    case 5: return "Sat";
    case 6: return "Sun";
  }
  return "???";
}

int fallthrough_sum(int n) {
  int s = 0;
  switch (n) {
    case 5: s += 5; /* fallthrough */
    case 4: s += 4; /* fallthrough */
    case 3: s += 3; /* fallthrough */
    case 2: s += 2; /* fallthrough */
    case 1: s += 1; break;
    default: s = -1;
  }
  return s;
}

int roman_value(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
  }
}

int roman_to_int(const char *s) {
  int total = 0;
  for (; *s; s++) {
    int v = roman_value(s[0]), next = roman_value(s[1]);
    total += v < next ? -v : v;
  }
  return total;
}
