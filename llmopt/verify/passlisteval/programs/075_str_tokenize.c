/* Strings: tokenizing CSV lines with quotes, splitting on delimiters, and counting fields. */
int split_fields(const char *line, char delim, char fields[][32], int max_fields) {
  int count = 0, len = 0, quoted = 0;
  if (max_fields <= 0) return 0;
  fields[0][0] = '\0';
  for (const char *p = line;; p++) {
    char c = *p;
    if (quoted) {
      if (c == '"' && p[1] == '"') {
        if (len < 31) fields[count][len++] = '"';
        p++;
      } else if (c == '"') {
        quoted = 0;
      } else if (c == '\0') {
        return -1;
      } else if (len < 31) {
        fields[count][len++] = c;
      }
      continue;
    }
    if (c == '"') {
      quoted = 1;
    } else if (c == delim || c == '\0') {
      fields[count][len] = '\0';
      count++;
      len = 0;
      if (c == '\0' || count == max_fields) break;
      fields[count][0] = '\0';
    } else if (len < 31) {
      fields[count][len++] = c;
    }
  }
  return count;
}

int count_words(const char *s) {
  int words = 0, in_word = 0;
  for (; *s; s++) {
    int space = *s == ' ' || *s == '\t' || *s == '\n';
    if (!space && !in_word) words++;
    in_word = !space;
  }
  return words;
}
