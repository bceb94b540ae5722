"""Fixed-length vectors in the SMT validator: a vector value is its lanes (an ``Aggregate``), each with its own poison.

Lane-wise instructions (integer and FP arithmetic, ``fneg``, ``icmp``/``fcmp``, casts with the same lane count,
``select`` with a scalar or a vector condition) apply the scalar semantics of ``semantics`` to every lane, so flags
(``nsw``, ``exact``, fast-math...) mean per lane what they mean for scalars. ``extractelement``/``insertelement`` with
an index past the end give poison (LangRef); a symbolic index selects with if-then-else. ``shufflevector`` reads its
constant mask; a ``poison``/``undef`` mask element gives a poison lane (LLVM 19's rule). A ``bitcast`` between a
vector and a scalar or a vector of another shape goes through the bit pattern (lane 0 in the low bits, x86-64 is
little-endian); a destination lane is poison when any source lane it overlaps is. ``llvm.vector.reduce.*`` on integer
lanes folds the scalar operation (poison if any lane is); ``reduce.fadd``/``fmul`` only in their ordered form.

Not covered (``Unsupported``): scalable vectors, vectors of pointers in arithmetic casts (``ptrtoint`` of a vector
is lane-wise and supported), vector getelementptr, reassociating FP reductions, ``reduce.fmax``/``fmin``, masked
and gather/scatter intrinsics, ``i1`` vectors in memory (bit-packed).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, overload

import z3

from llmopt.verify.smt import semantics
from llmopt.verify.smt.ir import (
    AggregateConst,
    FloatType,
    Instruction,
    IntConst,
    PoisonConst,
    PtrType,
    Type,
    TypedOperand,
    UndefConst,
    Unsupported,
    VectorType,
    ZeroConst,
)
from llmopt.verify.smt.values import FALSE, Aggregate, Bits, Pointer, Value, bit_width, make_poison, merge_values

if TYPE_CHECKING:
    from collections.abc import Callable

    from llmopt.verify.smt.encoder import FunctionEncoder, State

LANE_WISE = {
    "add",
    "sub",
    "mul",
    "udiv",
    "sdiv",
    "urem",
    "srem",
    "shl",
    "lshr",
    "ashr",
    "and",
    "or",
    "xor",
    "fadd",
    "fsub",
    "fmul",
    "fdiv",
    "frem",
    "fneg",
    "icmp",
    "fcmp",
    "select",
    "trunc",
    "zext",
    "sext",
    "fptrunc",
    "fpext",
    "fptoui",
    "fptosi",
    "uitofp",
    "sitofp",
    "ptrtoint",
    "inttoptr",
    "bitcast",
}
CAST_OPS = {
    "trunc",
    "zext",
    "sext",
    "fptrunc",
    "fpext",
    "fptoui",
    "fptosi",
    "uitofp",
    "sitofp",
    "ptrtoint",
    "inttoptr",
    "bitcast",
}
ELEMENT_OPS = {"extractelement", "insertelement", "shufflevector"}
INT_REDUCTIONS = {"add", "mul", "and", "or", "xor", "smax", "smin", "umax", "umin"}


def check_vector_type(ty: Type) -> VectorType:
    """The vector type, or ``Unsupported`` for what is not modelled (scalable vectors, odd element types)."""
    assert isinstance(ty, VectorType)
    if ty.scalable:
        raise Unsupported("scalable vectors")
    if not isinstance(ty.element, (FloatType, PtrType)) and not hasattr(ty.element, "bits"):
        raise Unsupported(f"vector of {ty.element}")
    return ty


def handles(inst: Instruction) -> bool:
    """Does ``inst`` need the vector encoding (rather than the scalar one)?"""
    if inst.opcode in ELEMENT_OPS:
        return True
    if inst.opcode not in LANE_WISE:
        return False
    return isinstance(inst.type, VectorType) or any(isinstance(o.type, VectorType) for o in inst.operands)


def lanes(value: Value, count: int) -> tuple[Value, ...]:
    """The lanes of a vector value; a scalar is broadcast (for a scalar ``select`` condition or intrinsic flag)."""
    if isinstance(value, Aggregate):
        if len(value.elements) != count:
            raise Unsupported("vectors of different lengths in one operation")
        return value.elements
    return (value,) * count


@overload
def _element(ty: Type) -> Type: ...
@overload
def _element(ty: Type | None) -> Type | None: ...
def _element(ty: Type | None) -> Type | None:
    return ty.element if isinstance(ty, VectorType) else ty


def _scalar_inst(inst: Instruction) -> Instruction:
    return dataclasses.replace(
        inst,
        type=_element(inst.type),
        operands=tuple(TypedOperand(_element(o.type), o.value, o.attrs) for o in inst.operands),
        source_type=_element(inst.source_type),
    )


def encode(enc: FunctionEncoder, inst: Instruction, st: State) -> Value:
    """The value of a vector instruction (``handles(inst)`` is true)."""
    op = inst.opcode
    for o in inst.operands:
        if isinstance(o.type, VectorType):
            check_vector_type(o.type)
    if isinstance(inst.type, VectorType):
        check_vector_type(inst.type)
    if op == "extractelement":
        return _extract(enc, inst, st)
    if op == "insertelement":
        return _insert(enc, inst, st)
    if op == "shufflevector":
        return _shuffle(enc, inst, st)
    if op == "bitcast" and _shape_change(inst):
        return _bitcast(enc._operand(inst.operands[0], st), inst.source_type, inst.type)  # type: ignore[arg-type]
    args = [enc._operand(o, st) for o in inst.operands]
    vty = next(t for t in (inst.type, *(o.type for o in inst.operands)) if isinstance(t, VectorType))
    n = vty.count
    scalar = _scalar_inst(inst)
    per_lane = [lanes(a, n) for a in args]
    out = []
    for i in range(n):
        xs = [p[i] for p in per_lane]
        if op == "select":
            if enc.is_target and inst.flags & semantics_fmf():
                raise Unsupported("fast-math flags on select in the target")
            c, a, b = xs
            assert isinstance(c, Bits)
            out.append(_with_poison(merge_values(c.bv == 1, a, b), c.poison))
        elif op in CAST_OPS:
            out.append(semantics.cast(enc, scalar, xs[0]))
        elif op == "fneg":
            out.append(semantics.fneg(enc, scalar, xs[0]))  # type: ignore[arg-type]
        elif op == "icmp":
            out.append(semantics.icmp(enc, scalar, xs[0], xs[1]))
        elif op == "fcmp":
            out.append(semantics.fcmp(enc, scalar, xs[0], xs[1]))  # type: ignore[arg-type]
        elif op.startswith("f"):
            out.append(semantics.fp_binary(enc, scalar, xs[0], xs[1]))  # type: ignore[arg-type]
        else:
            out.append(semantics.int_binary(enc, scalar, xs[0], xs[1]))  # type: ignore[arg-type]
    return Aggregate(tuple(out))


def semantics_fmf() -> frozenset[str]:
    return frozenset({"nnan", "ninf", "nsz", "fast", "arcp", "contract", "afn", "reassoc"})


def _with_poison(v: Value, p: z3.BoolRef) -> Value:
    if z3.is_false(p):
        return v
    if isinstance(v, Bits):
        return Bits(v.bv, z3.Or(v.poison, p))
    if isinstance(v, Pointer):
        return Pointer(v.block, v.offset, z3.Or(v.poison, p), v.root)
    return Aggregate(tuple(_with_poison(e, p) for e in v.elements))


def _index(enc: FunctionEncoder, op: TypedOperand, st: State) -> tuple[int | None, Bits]:
    idx = enc._operand(op, st)
    assert isinstance(idx, Bits)
    if isinstance(op.value, IntConst):
        return op.value.value % (1 << idx.bv.size()), idx
    return None, idx


def _extract(enc: FunctionEncoder, inst: Instruction, st: State) -> Value:
    vty = check_vector_type(inst.operands[0].type)
    vec = lanes(enc._operand(inst.operands[0], st), vty.count)
    const, idx = _index(enc, inst.operands[1], st)
    if const is not None:
        return vec[const] if const < vty.count else make_poison(vty.element)
    result: Value = make_poison(vty.element)
    for i in range(min(vty.count, 1 << idx.bv.size()) - 1, -1, -1):  # a narrow index reaches only the first lanes
        result = merge_values(idx.bv == i, vec[i], result)
    return _with_poison(result, idx.poison)


def _insert(enc: FunctionEncoder, inst: Instruction, st: State) -> Value:
    vty = check_vector_type(inst.operands[0].type)
    vec = list(lanes(enc._operand(inst.operands[0], st), vty.count))
    val = enc._operand(inst.operands[1], st)
    const, idx = _index(enc, inst.operands[2], st)
    if const is not None:
        if const >= vty.count:
            return make_poison(vty)
        vec[const] = val
        return Aggregate(tuple(vec))
    bad = z3.Or(idx.poison, z3.UGE(idx.bv, vty.count)) if vty.count < (1 << idx.bv.size()) else idx.poison
    reach = 1 << idx.bv.size()  # a narrow index reaches only the first lanes (z3 would wrap the lane number)
    return Aggregate(
        tuple(
            _with_poison(merge_values(idx.bv == i, val, vec[i]) if i < reach else vec[i], bad) for i in range(vty.count)
        )
    )


def shuffle_mask(op: TypedOperand) -> list[int | None]:
    """The constant mask of a shufflevector; None for a poison/undef element."""
    ty = op.type
    assert isinstance(ty, VectorType)
    v = op.value
    if isinstance(v, ZeroConst):
        return [0] * ty.count
    if isinstance(v, (PoisonConst, UndefConst)):
        return [None] * ty.count
    if isinstance(v, AggregateConst):
        out: list[int | None] = []
        for e in v.elements:
            if isinstance(e.value, IntConst):
                out.append(e.value.value)
            elif isinstance(e.value, (PoisonConst, UndefConst)):
                out.append(None)
            else:
                raise Unsupported("shufflevector mask that is not constant")
        return out
    raise Unsupported("shufflevector mask that is not constant")


def _shuffle(enc: FunctionEncoder, inst: Instruction, st: State) -> Value:
    vty = check_vector_type(inst.operands[0].type)
    both = lanes(enc._operand(inst.operands[0], st), vty.count) + lanes(enc._operand(inst.operands[1], st), vty.count)
    out = []
    for m in shuffle_mask(inst.operands[2]):
        if m is None or m < 0 or m >= len(both):
            out.append(make_poison(vty.element))
        else:
            out.append(both[m])
    return Aggregate(tuple(out))


def _shape_change(inst: Instruction) -> bool:
    src, dst = inst.source_type, inst.type
    if isinstance(src, VectorType) and isinstance(dst, VectorType):
        return src.count != dst.count
    return isinstance(src, VectorType) != isinstance(dst, VectorType)


def _lane_bits(ty: Type) -> int:
    if isinstance(ty, PtrType):
        raise Unsupported("bitcast of a vector of pointers")
    return bit_width(ty)


def _bitcast(value: Value, src: Type, dst: Type) -> Value:
    """A bitcast that changes the lane shape, through the little-endian bit pattern."""
    src_elem = src.element if isinstance(src, VectorType) else src
    dst_elem = dst.element if isinstance(dst, VectorType) else dst
    n_src = src.count if isinstance(src, VectorType) else 1
    n_dst = dst.count if isinstance(dst, VectorType) else 1
    sw, dw = _lane_bits(src_elem), _lane_bits(dst_elem)
    parts = lanes(value, n_src) if isinstance(src, VectorType) else (value,)
    for p in parts:
        if not isinstance(p, Bits):
            raise Unsupported("bitcast of a vector of pointers")
    bits = [p.bv for p in parts]  # type: ignore[union-attr]
    whole = bits[0] if len(bits) == 1 else z3.Concat(*reversed(bits))
    out = []
    for j in range(n_dst):
        lo, hi = j * dw, (j + 1) * dw
        poison = z3.Or(FALSE, *[parts[i].poison for i in range(n_src) if i * sw < hi and (i + 1) * sw > lo])  # type: ignore[union-attr]
        out.append(Bits(z3.Extract(hi - 1, lo, whole), z3.simplify(poison)))
    return Aggregate(tuple(out)) if isinstance(dst, VectorType) else out[0]


def strip_vector_suffix(callee: str) -> str:
    """``llvm.smax.v4i32`` -> ``llvm.smax.i32``, so the scalar intrinsic key applies lane by lane."""
    parts = callee.split(".")
    out = []
    for p in parts:
        if len(p) > 2 and p[0] == "v" and p[1].isdigit():
            digits = 1
            while digits < len(p) and p[digits].isdigit():
                digits += 1
            out.append(p[digits:])
        else:
            out.append(p)
    return ".".join(out)


def lane_wise_intrinsic(
    enc: FunctionEncoder, fn: Callable[[semantics.Effects, list[Value]], Value], args: list[Value], result_type: Type
) -> Value:
    """A scalar intrinsic applied lane by lane; scalar arguments (e.g. ``abs``'s ``i1``) are broadcast."""
    vty = check_vector_type(result_type)
    per_lane = [lanes(a, vty.count) for a in args]
    return Aggregate(tuple(fn(enc, [p[i] for p in per_lane]) for i in range(vty.count)))


SHAPE_INTRINSICS = frozenset({"vector.reverse", "vector.extract", "vector.insert", "stepvector"})


def shape_intrinsic(key: str, inst: Instruction, args: list[Value]) -> Value:
    """``llvm.vector.reverse``, ``vector.extract``/``vector.insert`` of a subvector at a constant lane index (poison
    when the subvector does not fit, LangRef) and ``llvm.stepvector`` (0, 1, 2, ... wrapping at the lane width)."""
    out_ty = check_vector_type(inst.type)
    if key == "stepvector":
        n = bit_width(out_ty.element)
        return Aggregate(tuple(Bits(z3.BitVecVal(i % (1 << n), n), FALSE) for i in range(out_ty.count)))
    in_ty = check_vector_type(inst.operands[0].type)
    vals = lanes(args[0], in_ty.count)
    if key == "vector.reverse":
        return Aggregate(tuple(reversed(vals)))
    index = inst.operands[-1].value
    if not isinstance(index, IntConst):
        raise Unsupported(f"llvm.{key} with a variable index")
    k = index.value
    if key == "vector.extract":
        return make_poison(inst.type) if k + out_ty.count > in_ty.count else Aggregate(vals[k : k + out_ty.count])
    sub_ty = check_vector_type(inst.operands[1].type)
    if k + sub_ty.count > in_ty.count:
        return make_poison(inst.type)
    return Aggregate(vals[:k] + lanes(args[1], sub_ty.count) + vals[k + sub_ty.count :])


def reduction(enc: FunctionEncoder, kind: str, inst: Instruction, args: list[Value]) -> Value:
    """``llvm.vector.reduce.<kind>``: integer folds, and ordered (no fast-math flag) fadd/fmul."""
    if kind in INT_REDUCTIONS:
        vty = check_vector_type(inst.operands[0].type)
        xs = lanes(args[0], vty.count)
        bvs = [x.bv for x in xs]  # type: ignore[union-attr]
        poison = z3.Or(FALSE, *[x.poison for x in xs])  # type: ignore[union-attr]
        acc = bvs[0]
        for b in bvs[1:]:
            acc = _fold(kind, acc, b)
        return Bits(acc, poison)
    if kind in ("fadd", "fmul"):
        if inst.flags:
            raise Unsupported(f"llvm.vector.reduce.{kind} with fast-math flags")
        vty = check_vector_type(inst.operands[1].type)
        acc = args[0]
        scalar = dataclasses.replace(inst, opcode=kind, type=vty.element, flags=frozenset())
        for x in lanes(args[1], vty.count):
            acc = semantics.fp_binary(enc, scalar, acc, x)  # type: ignore[arg-type]
        return acc
    raise Unsupported(f"intrinsic llvm.vector.reduce.{kind}")


def _fold(kind: str, a: z3.BitVecRef, b: z3.BitVecRef) -> z3.BitVecRef:
    if kind == "add":
        return a + b
    if kind == "mul":
        return a * b
    if kind == "and":
        return a & b
    if kind == "or":
        return a | b
    if kind == "xor":
        return a ^ b
    cmp = {"smax": lambda: a > b, "smin": lambda: a < b, "umax": lambda: z3.UGT(a, b), "umin": lambda: z3.ULT(a, b)}
    return z3.If(cmp[kind](), a, b)


__all__ = [
    "check_vector_type",
    "encode",
    "handles",
    "lane_wise_intrinsic",
    "lanes",
    "reduction",
    "shuffle_mask",
    "strip_vector_suffix",
]
