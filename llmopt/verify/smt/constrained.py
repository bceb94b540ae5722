"""Constrained floating-point intrinsics (LangRef "Constrained Floating-Point Intrinsics"): the IEEE operation in
the static rounding mode its metadata names, where exceptions are ignored.

``llvm.experimental.constrained.<op>(..., metadata !"round.<mode>", metadata !"fpexcept.<behaviour>")``: with
``fpexcept.ignore`` the status flags are not observed, so the call is the plain operation rounded in ``<mode>`` (NaN
results as for arithmetic). Not modelled (``Unsupported``): ``round.dynamic`` (the mode is the environment's, which
calls may change), ``fpexcept.maytrap``/``strict`` (exceptions as events), vectors, fast-math flags, and the
comparisons and integer conversions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt import semantics
from llmopt.verify.smt.ir import FloatType, Instruction, IntType, Unsupported
from llmopt.verify.smt.values import Bits, Value

if TYPE_CHECKING:
    from llmopt.verify.smt.access import State
    from llmopt.verify.smt.encoder import FunctionEncoder

PREFIX = "experimental.constrained."
ROUNDING = {
    "round.tonearest": z3.RNE(),
    "round.downward": z3.RTN(),
    "round.upward": z3.RTP(),
    "round.towardzero": z3.RTZ(),
    "round.tonearestaway": z3.RNA(),
}
BINARY = {"fadd", "fsub", "fmul", "fdiv", "frem"}
ROUNDED = BINARY | {"sqrt", "fma", "fmuladd", "fptrunc", "sitofp", "uitofp"}
OPERATIONS = ROUNDED | {"fpext"}


def constrained_fp(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> Value:
    op = key[len(PREFIX) :]
    if op not in OPERATIONS:
        raise Unsupported(f"intrinsic llvm.{key}")
    modes = [o.attrs[1].removeprefix("!").strip('"') for o in inst.operands if o.attrs[:1] == ("metadata",)]
    values = [o for o in inst.operands if o.attrs[:1] != ("metadata",)]
    if not modes or modes[-1] != "fpexcept.ignore":
        raise Unsupported(f"llvm.{key} with {modes[-1] if modes else 'no exception behaviour'}")
    if inst.flags:
        raise Unsupported(f"fast-math flags on llvm.{key}")
    rm = semantics.RNE
    if op in ROUNDED:
        if len(modes) != 2 or modes[0] not in ROUNDING:
            raise Unsupported(f"llvm.{key} in rounding mode {modes[0] if modes else '?'}")
        rm = ROUNDING[modes[0]]
    ty = inst.type
    args = [enc._operand(o, st) for o in values]
    if not all(isinstance(a, Bits) for a in args) or not isinstance(ty, (FloatType, IntType)):
        raise Unsupported(f"llvm.{key} on {ty}")
    bits = [a for a in args if isinstance(a, Bits)]
    poison = z3.Or(*[a.poison for a in bits]) if len(bits) > 1 else bits[0].poison
    if op in ("sitofp", "uitofp"):
        assert isinstance(ty, FloatType)
        conv = z3.fpSignedToFP if op == "sitofp" else z3.fpUnsignedToFP
        return Bits(z3.fpToIEEEBV(conv(rm, bits[0].bv, semantics.float_sort(ty))), poison)
    src_ty = values[0].type
    if not isinstance(ty, FloatType) or not isinstance(src_ty, FloatType):
        raise Unsupported(f"llvm.{key} on {ty}")
    xs = [semantics.to_fp(a.bv, src_ty) for a in bits]
    if op in ("fptrunc", "fpext"):
        r = z3.fpFPToFP(rm, xs[0], semantics.float_sort(ty))
        return Bits(semantics.from_fp(enc, r, ty, [semantics.resize_nan(bits[0].bv, src_ty, ty)]), poison)
    if op in BINARY:
        r = semantics.fp_arith(op, rm, *xs)
    elif op == "sqrt":
        r = z3.fpSqrt(rm, xs[0])
    else:
        x, y, z = xs
        r = z3.fpFMA(rm, x, y, z)
        if op == "fmuladd":  # may or may not fuse: a nondeterministic choice on both sides
            r = z3.If(enc.fresh_bool("fuse"), r, z3.fpAdd(rm, z3.fpMul(rm, x, y), z))
    return Bits(semantics.from_fp(enc, r, ty, [a.bv for a in bits]), poison)
