/* Unions: a tiny stack machine whose instructions are tagged unions. */
enum op { OP_PUSH, OP_ADD, OP_MUL, OP_NEG, OP_DUP, OP_SWAP, OP_JZ, OP_JMP, OP_HALT };

struct insn {
  enum op op;
  union {
    long imm;
    int target;
  } arg;
};

long run_program(const struct insn *code, int max_steps) {
  long stack[32];
  int sp = 0, pc = 0;
  while (max_steps-- > 0) {
    const struct insn *in = &code[pc++];
    switch (in->op) {
      case OP_PUSH: stack[sp++] = in->arg.imm; break;
      case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
      case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
      case OP_NEG: stack[sp - 1] = -stack[sp - 1]; break;
      case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case OP_SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
      case OP_JZ: if (stack[--sp] == 0) pc = in->arg.target; break;
      case OP_JMP: pc = in->arg.target; break;
      case OP_HALT: return sp ? stack[sp - 1] : 0;
    }
  }
  return -999999;
}
