/* Switch: an RPN calculator dispatching on operator characters, with error codes. */
enum calc_error { CALC_OK, CALC_UNDERFLOW, CALC_DIV_ZERO, CALC_BAD_TOKEN, CALC_LEFTOVER };

int rpn_eval(const char *s, long *result) {
  long stack[32];
  int sp = 0;
  while (*s) {
    char c = *s;
    if (c == ' ') {
      s++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      long v = 0;
      while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
      stack[sp++] = v;
      continue;
    }
    if (sp < 2 && c != '~') return CALC_UNDERFLOW;
    if (sp < 1) return CALC_UNDERFLOW;
    switch (c) {
      case '+': sp--; stack[sp - 1] += stack[sp]; break;
      case '-': sp--; stack[sp - 1] -= stack[sp]; break;
      case '*': sp--; stack[sp - 1] *= stack[sp]; break;
      case '/':
        if (stack[sp - 1] == 0) return CALC_DIV_ZERO;
        sp--;
        stack[sp - 1] /= stack[sp];
        break;
      case '%':
        if (stack[sp - 1] == 0) return CALC_DIV_ZERO;
        sp--;
        stack[sp - 1] %= stack[sp];
        break;
      case '~': stack[sp - 1] = -stack[sp - 1]; break;
      case '^': {
        sp--;
        long base = stack[sp - 1], e = stack[sp], r = 1;
        while (e-- > 0) r *= base;
        stack[sp - 1] = r;
        break;
      }
      default:
        return CALC_BAD_TOKEN;
    }
    s++;
  }
  if (sp != 1) return sp == 0 ? CALC_UNDERFLOW : CALC_LEFTOVER;
  *result = stack[0];
  return CALC_OK;
}
