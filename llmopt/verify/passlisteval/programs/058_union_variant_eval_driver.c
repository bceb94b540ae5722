#include "selftest.h"
enum op { OP_PUSH, OP_ADD, OP_MUL, OP_NEG, OP_DUP, OP_SWAP, OP_JZ, OP_JMP, OP_HALT };
struct insn {
  enum op op;
  union {
    long imm;
    int target;
  } arg;
};
long run_program(const struct insn *code, int max_steps);

int main(void) {
  struct insn arith[] = {{OP_PUSH, {.imm = 6}}, {OP_PUSH, {.imm = 7}}, {OP_MUL, {0}},
                         {OP_PUSH, {.imm = 2}}, {OP_NEG, {0}},         {OP_ADD, {0}},
                         {OP_HALT, {0}}};
  CHECK_EQ(run_program(arith, 100), 40);
  /* factorial of 5 with a loop: acc n */
  struct insn fact[] = {
      {OP_PUSH, {.imm = 1}},  /* 0: acc */
      {OP_PUSH, {.imm = 5}},  /* 1: n */
      {OP_DUP, {0}},          /* 2: acc n n */
      {OP_JZ, {.target = 12}}, /* 3: acc n */
      {OP_DUP, {0}},          /* 4: acc n n */
      {OP_SWAP, {0}},         /* 5: acc n n */
      {OP_PUSH, {.imm = -1}}, /* 6 */
      {OP_ADD, {0}},          /* 7: acc n n-1 */
      {OP_SWAP, {0}},         /* 8: acc n-1 n */
      {OP_JMP, {.target = 13}}, /* 9 */
      {OP_HALT, {0}},         /* 10 (unused) */
      {OP_HALT, {0}},         /* 11 (unused) */
      {OP_HALT, {0}},         /* 12: result under n == 0 is acc */
      /* 13: acc n-1 n -> multiply acc by n keeping n-1 on top */
      {OP_JMP, {.target = 14}},
      {OP_HALT, {0}},
  };
  /* This program halts at 14 with n on top; it checks that jumps and the union's target field work. */
  CHECK_EQ(run_program(fact, 100), 5);
  struct insn loop[] = {{OP_JMP, {.target = 0}}};
  CHECK_EQ(run_program(loop, 50), -999999);
  return st_finish("058_union_variant_eval");
}
