/* Recursion: recursive string reversal, palindromes and integer-to-string conversion. */
void reverse_range(char *s, int i, int j) {
  if (i >= j) return;
  char t = s[i];
  s[i] = s[j];
  s[j] = t;
  reverse_range(s, i + 1, j - 1);
}

int is_palindrome(const char *s, int i, int j) {
  if (i >= j) return 1;
  return s[i] == s[j] && is_palindrome(s, i + 1, j - 1);
}

static int write_digits(unsigned long v, unsigned base, char *out) {
  static const char digits[] = "0123456789abcdef";
  int pos = 0;
  if (v >= base) pos = write_digits(v / base, base, out);
  out[pos] = digits[v % base];
  return pos + 1;
}

int to_base(long value, unsigned base, char *out) {
  int pos = 0;
  unsigned long magnitude = (unsigned long)value;
  if (value < 0) {
    out[pos++] = '-';
    magnitude = 0ul - magnitude;
  }
  pos += write_digits(magnitude, base, out + pos);
  out[pos] = '\0';
  return pos;
}
