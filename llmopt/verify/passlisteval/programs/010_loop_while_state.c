/* Loops: a state machine driven by a while loop over input characters (counting words and numbers). */
struct tally {
  int words;
  int numbers;
  long number_sum;
};

void tally_text(const char *s, struct tally *t) {
  int state = 0; /* 0: between tokens, 1: in a word, 2: in a number */
  long value = 0;
  t->words = t->numbers = 0;
  t->number_sum = 0;
  for (;; s++) {
    char c = *s;
    int is_digit = c >= '0' && c <= '9';
    int is_alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (state == 2 && !is_digit) {
      t->numbers++;
      t->number_sum += value;
      state = 0;
    } else if (state == 1 && !is_alpha && !is_digit) {
      state = 0;
    }
    if (c == '\0') break;
    if (state == 0) {
      if (is_digit) {
        state = 2;
        value = 0;
      } else if (is_alpha) {
        state = 1;
        t->words++;
      }
    }
    if (state == 2) value = value * 10 + (c - '0');
  }
}
