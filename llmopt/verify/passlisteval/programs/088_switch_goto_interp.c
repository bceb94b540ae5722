/* Switch: a bytecode interpreter with a switch in a loop (a brainfuck-like machine over a tape). */
int run_tape(const char *code, const unsigned char *input, unsigned char *output, int max_steps) {
  unsigned char tape[256] = {0};
  int ptr = 0, in = 0, out = 0;
  for (int pc = 0; code[pc] && max_steps-- > 0; pc++) {
    switch (code[pc]) {
      case '>': ptr = (ptr + 1) & 255; break;
      case '<': ptr = (ptr - 1) & 255; break;
      case '+': tape[ptr]++; break;
      case '-': tape[ptr]--; break;
      case '.': output[out++] = tape[ptr]; break;
      case ',': tape[ptr] = input[in] ? input[in++] : 0; break;
      case '[':
        if (!tape[ptr]) {
          int depth = 1;
          while (depth) {
            pc++;
            if (code[pc] == '[') depth++;
            if (code[pc] == ']') depth--;
          }
        }
        break;
      case ']':
        if (tape[ptr]) {
          int depth = 1;
          while (depth) {
            pc--;
            if (code[pc] == ']') depth++;
            if (code[pc] == '[') depth--;
          }
        }
        break;
      default:
        break;
    }
  }
  output[out] = 0;
  return out;
}
