/* Switch: a lexer state machine (identifiers, numbers, strings with escapes, comments). */
enum tok { T_IDENT, T_NUMBER, T_STRING, T_PUNCT, T_ERROR };

int lex_counts(const char *s, int counts[5]) {
  enum { S_START, S_IDENT, S_NUMBER, S_STRING, S_ESCAPE, S_COMMENT } state = S_START;
  for (int i = 0; i < 5; i++) counts[i] = 0;
  for (;; s++) {
    char c = *s;
    switch (state) {
      case S_START:
        if (c == '\0') return counts[0] + counts[1] + counts[2] + counts[3];
        if ((c >= 'a' && c <= 'z') || c == '_')
          state = S_IDENT;
        else if (c >= '0' && c <= '9')
          state = S_NUMBER;
        else if (c == '"')
          state = S_STRING;
        else if (c == '#')
          state = S_COMMENT;
        else if (c != ' ')
          counts[T_PUNCT]++;
        break;
      case S_IDENT:
        if (!((c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'))) {
          counts[T_IDENT]++;
          state = S_START;
          s--;
        }
        break;
      case S_NUMBER:
        if (!(c >= '0' && c <= '9')) {
          counts[T_NUMBER]++;
          state = S_START;
          s--;
        }
        break;
      case S_STRING:
        if (c == '\\')
          state = S_ESCAPE;
        else if (c == '"') {
          counts[T_STRING]++;
          state = S_START;
        } else if (c == '\0') {
          counts[T_ERROR]++;
          return -1;
        }
        break;
      case S_ESCAPE:
        if (c == '\0') {
          counts[T_ERROR]++;
          return -1;
        }
        state = S_STRING;
        break;
      case S_COMMENT:
        if (c == '\n') state = S_START;
        if (c == '\0') s--, state = S_START;
        break;
    }
  }
}
