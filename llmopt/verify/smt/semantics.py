"""Semantics of scalar instructions: integer and floating-point arithmetic, comparisons, casts, intrinsics.

Each function takes the encoder's ``Effects`` (to report UB, approximations and draw fresh nondeterministic values)
and symbolic operands, and returns the result value. Poison follows the LangRef: ``nsw``/``nuw``/``exact``/
``disjoint``/``nneg`` violations and over-wide shifts make poison; division by zero, signed division overflow and a
poison divisor are UB. Where the LangRef allows several results, the *source* takes one of them (fewer behaviours:
can only make refinement harder to prove) and the *target* takes a nondeterministic one, so a proof stays sound.

Not covered (raise ``Unsupported``): vector operands (``vectors`` lifts these per lane), ``x86_fp80`` and ``ppc_fp128``
arithmetic, fast-math flags other than ``nnan``/``ninf`` on the target, constrained FP intrinsics, and every
intrinsic not listed in ``INTRINSICS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import z3

from llmopt.verify.smt.ir import FloatType, Instruction, PtrType, Type, Unsupported
from llmopt.verify.smt.values import (
    ADDR_BITS,
    BLOCK_BITS,
    FALSE,
    TRUE,
    Aggregate,
    Bits,
    Pointer,
    Value,
    bit_width,
    float_sort,
)

RNE = z3.RNE()


class Effects(Protocol):
    is_target: bool

    def add_ub(self, cond: z3.BoolRef) -> None: ...

    def add_approx(self, cond: z3.BoolRef, reason: str) -> None: ...

    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef: ...

    def apart(self, a: Pointer, b: Pointer) -> z3.BoolRef: ...


def _or(*conds: z3.BoolRef) -> z3.BoolRef:
    kept = [c for c in conds if not z3.is_false(c)]
    if not kept:
        return FALSE
    return kept[0] if len(kept) == 1 else z3.Or(*kept)


# --------------------------------------------------------------------------------------------------------------------
# Integers


def int_binary(fx: Effects, inst: Instruction, a: Bits, b: Bits) -> Bits:
    op, flags = inst.opcode, inst.flags
    x, y = a.bv, b.bv
    n = x.size()
    poison = _or(a.poison, b.poison)
    extra: list[z3.BoolRef] = []
    if op == "add":
        r = x + y
        if "nsw" in flags:
            extra.append(z3.SignExt(1, x) + z3.SignExt(1, y) != z3.SignExt(1, r))
        if "nuw" in flags:
            extra.append(z3.Extract(n, n, z3.ZeroExt(1, x) + z3.ZeroExt(1, y)) == 1)
    elif op == "sub":
        r = x - y
        if "nsw" in flags:
            extra.append(z3.SignExt(1, x) - z3.SignExt(1, y) != z3.SignExt(1, r))
        if "nuw" in flags:
            extra.append(z3.ULT(x, y))
    elif op == "mul":
        r = x * y
        if "nsw" in flags:
            extra.append(z3.SignExt(n, x) * z3.SignExt(n, y) != z3.SignExt(n, r))
        if "nuw" in flags:
            extra.append(z3.Extract(2 * n - 1, n, z3.ZeroExt(n, x) * z3.ZeroExt(n, y)) != 0)
    elif op in ("udiv", "urem", "sdiv", "srem"):
        zero = z3.BitVecVal(0, n)
        fx.add_ub(_or(b.poison, y == zero))
        if op[0] == "s":
            min_int = z3.BitVecVal(1 << (n - 1), n)
            minus_one = z3.BitVecVal(-1, n)
            # A poison dividend may be INT_MIN, so dividing it by -1 may overflow (as Alive2 models it).
            overflow = z3.And(y == minus_one, _or(x == min_int, a.poison))
            fx.add_ub(overflow)
            safe_y = z3.If(y == zero, z3.BitVecVal(1, n), y)
            r = x / safe_y if op == "sdiv" else z3.SRem(x, safe_y)
            if op == "sdiv" and "exact" in flags:
                extra.append(z3.SRem(x, safe_y) != 0)
        else:
            safe_y = z3.If(y == zero, z3.BitVecVal(1, n), y)
            r = z3.UDiv(x, safe_y) if op == "udiv" else z3.URem(x, safe_y)
            if op == "udiv" and "exact" in flags:
                extra.append(z3.URem(x, safe_y) != 0)
        poison = a.poison
    elif op in ("shl", "lshr", "ashr"):
        extra.append(z3.UGE(y, n))
        if op == "shl":
            r = x << y
            if "nsw" in flags:
                extra.append(r >> y != x)
            if "nuw" in flags:
                extra.append(z3.LShR(r, y) != x)
        else:
            r = z3.LShR(x, y) if op == "lshr" else x >> y
            if "exact" in flags:
                extra.append(r << y != x)
    elif op == "and":
        r = x & y
    elif op == "or":
        r = x | y
        if "disjoint" in flags:
            extra.append(x & y != 0)
    elif op == "xor":
        r = x ^ y
    else:
        raise Unsupported(f"instruction {op}")
    return Bits(r, _or(poison, *extra))


ICMP: dict[str, Callable[[z3.BitVecRef, z3.BitVecRef], z3.BoolRef]] = {
    "eq": lambda x, y: x == y,
    "ne": lambda x, y: x != y,
    "ugt": z3.UGT,
    "uge": z3.UGE,
    "ult": z3.ULT,
    "ule": z3.ULE,
    "sgt": lambda x, y: x > y,
    "sge": lambda x, y: x >= y,
    "slt": lambda x, y: x < y,
    "sle": lambda x, y: x <= y,
}


def bool_bits(cond: z3.BoolRef, poison: z3.BoolRef) -> Bits:
    return Bits(z3.If(cond, z3.BitVecVal(1, 1), z3.BitVecVal(0, 1)), poison)


def icmp(fx: Effects, inst: Instruction, a: Value, b: Value) -> Bits:
    pred = ICMP.get(inst.predicate)
    if pred is None:
        raise Unsupported(f"icmp predicate {inst.predicate}")
    if isinstance(a, Pointer) and isinstance(b, Pointer):
        poison = _or(a.poison, b.poison)
        same = a.block == b.block
        if inst.predicate in ("eq", "ne"):
            # Different objects' pointers are unequal only while each is inside its object: one past the end (or
            # further) may be the other object's address, which the model does not place.
            fx.add_approx(
                z3.And(z3.Not(same), z3.Not(poison), z3.Not(fx.apart(a, b))),
                "equality of pointers into different objects, one of them not inside its object",
            )
            eq = z3.And(same, a.offset == b.offset)
            return bool_bits(eq if inst.predicate == "eq" else z3.Not(eq), poison)
        # Ordering pointers into different objects is not modelled (their addresses are unknown).
        fx.add_approx(z3.And(z3.Not(same), z3.Not(poison)), "ordered comparison of pointers to different objects")
        return bool_bits(pred(a.offset, b.offset), poison)
    if isinstance(a, Bits) and isinstance(b, Bits):
        poison = _or(a.poison, b.poison)
        if "samesign" in inst.flags:  # LLVM 20+: poison when the operands' signs differ
            poison = _or(poison, (a.bv < 0) != (b.bv < 0))
        return bool_bits(pred(a.bv, b.bv), poison)
    raise Unsupported("icmp on aggregates")


# --------------------------------------------------------------------------------------------------------------------
# Floating point


def to_fp(bits: z3.BitVecRef, ty: FloatType) -> z3.FPRef:
    return z3.fpBVToFP(bits, float_sort(ty))


def from_fp(fx: Effects, value: z3.FPRef, ty: FloatType, inputs: list[z3.BitVecRef]) -> z3.BitVecRef:
    """Bits of an FP result. A NaN result is, per the LangRef, the preferred quiet NaN (either sign) or an input NaN,
    quieted or unchanged: a nondeterministic pick among exactly those, the same model on both sides. (The target's
    "extra" NaN payloads the LangRef also allows are not modelled.)"""
    bits = z3.fpToIEEEBV(value)
    if z3.is_fp_value(value) and not z3.is_true(z3.simplify(z3.fpIsNaN(value))):
        return bits
    n = bits.size()
    ebits, sbits = value.sort().ebits(), value.sort().sbits()
    sign = fx.fresh_bits(1, "nansign")
    canonical = z3.Concat(sign, z3.BitVecVal((1 << ebits) - 1, ebits), z3.BitVecVal(1 << (sbits - 2), sbits - 1))
    quiet = z3.BitVecVal(1 << (sbits - 2), n)
    nan = canonical
    if inputs:
        # LangRef "Behavior of Floating-Point NaN values": an input NaN's payload propagates quieted, or unchanged
        # (a signalling NaN stays signalling); the sign is nondeterministic either way.
        pick = fx.fresh_bits(2, "nanpick")
        keep = fx.fresh_bits(1, "nankeep") == 1
        for i, x in enumerate(inputs[:3]):
            is_nan = z3.fpIsNaN(z3.fpBVToFP(x, value.sort()))
            body = z3.Extract(n - 2, 0, z3.If(keep, x, x | quiet))
            nan = z3.If(z3.And(pick == i + 1, is_nan), z3.Concat(sign, body), nan)
    return z3.If(z3.fpIsNaN(value), nan, bits)


def _power_of_two(k: int, sort: z3.FPSortRef) -> z3.FPRef:
    """2^k exactly in ``sort``, or +infinity beyond its range (built from the bits: no rounding through a double)."""
    ebits, sbits = sort.ebits(), sort.sbits()
    bias = (1 << (ebits - 1)) - 1
    if k > bias:
        return z3.fpPlusInfinity(sort)
    return z3.fpBVToFP(z3.BitVecVal((k + bias) << (sbits - 1), ebits + sbits), sort)


def int_range_bounds(t: z3.FPRef, signed: bool, m: int) -> tuple[z3.BoolRef, z3.BoolRef]:
    """(below, above): is the integral value ``t`` below, or at or above, the range of an ``m``-bit integer (signed or
    not)? Infinities count as outside; NaN as neither. The bounds are powers of two, exact in the format or beyond it
    as +-infinity (which then bounds every finite value); -2^(m-1) itself fits a signed result, and -0 an unsigned one.
    """
    top = _power_of_two(m - 1 if signed else m, t.sort())
    negative_inf = z3.And(z3.fpIsInf(t), z3.fpIsNegative(t))
    above = z3.fpGEQ(t, top)  # +inf is at or above any top, +inf included
    below = z3.Or(z3.fpLT(t, z3.fpNeg(top) if signed else z3.FPVal(0, t.sort())), negative_inf)
    return below, above


def resize_nan(x: z3.BitVecRef, src: FloatType, dst: FloatType) -> z3.BitVecRef:
    """The bits of NaN ``x`` carried into another format (LangRef fpext/fptrunc: the payload keeps its high-order
    bits: fpext appends zeros, fptrunc drops the low bits). Meaningful only where ``x`` is a NaN."""
    s_sort, d_sort = float_sort(src), float_sort(dst)
    s_m, d_m = s_sort.sbits() - 1, d_sort.sbits() - 1
    if s_m == d_m and s_sort.ebits() == d_sort.ebits():
        return x
    n = x.size()
    sign = z3.Extract(n - 1, n - 1, x)
    mant = z3.Extract(s_m - 1, 0, x)
    payload = z3.Concat(mant, z3.BitVecVal(0, d_m - s_m)) if d_m > s_m else z3.Extract(s_m - 1, s_m - d_m, mant)
    return z3.Concat(sign, z3.BitVecVal((1 << d_sort.ebits()) - 1, d_sort.ebits()), payload)


def _check_fast_math(fx: Effects, inst: Instruction, inputs: list[z3.FPRef], result: z3.FPRef | None) -> z3.BoolRef:
    """Poison from ``nnan``/``ninf`` (``fast`` implies both), on both sides (LangRef: a NaN/infinite operand or
    result makes the result poison). Other fast-math flags allow results not modelled: unsupported in the target,
    ignored in the source (fewer source behaviours: sound)."""
    fmf = inst.flags & {"nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast"}
    if not fmf:
        return FALSE
    loose = fmf - {"nnan", "ninf"}
    if loose and fx.is_target:
        raise Unsupported(f"fast-math flag {sorted(loose)[0]} in the target")
    if "fast" in fmf:
        fmf = fmf | {"nnan", "ninf"}
    vals = inputs + ([result] if result is not None else [])
    conds = []
    if "nnan" in fmf:
        conds += [z3.fpIsNaN(v) for v in vals]
    if "ninf" in fmf:
        conds += [z3.fpIsInf(v) for v in vals]
    return _or(*conds)


def fp_binary(fx: Effects, inst: Instruction, a: Bits, b: Bits) -> Bits:
    ty = inst.type
    if not isinstance(ty, FloatType):
        raise Unsupported(f"{inst.opcode} on {ty}")
    x, y = to_fp(a.bv, ty), to_fp(b.bv, ty)
    r = fp_arith(inst.opcode, RNE, x, y)
    fm = _check_fast_math(fx, inst, [x, y], r)
    bits = from_fp(fx, r, ty, [a.bv, b.bv])
    if inst.flags & {"nsz", "fast"}:
        # nsz (source only; the target's is unsupported): a zero result's sign is insignificant, a choice. (The sign
        # of a zero operand is too; what that adds, e.g. to 1/-0, is not modelled: fewer source behaviours, sound.)
        n = bits.size()
        signed = z3.Concat(fx.fresh_bits(1, "nsz"), z3.Extract(n - 2, 0, bits))
        bits = z3.If(z3.fpIsZero(r), signed, bits)
    return Bits(bits, _or(a.poison, b.poison, fm))


def fp_arith(op: str, rm: z3.FPRMRef, x: z3.FPRef, y: z3.FPRef) -> z3.FPRef:
    """The IEEE-754 result of ``fadd``/``fsub``/``fmul``/``fdiv`` rounded by ``rm``, or of ``frem`` (exact)."""
    if op == "frem":
        return fmod(x, y)
    return {"fadd": z3.fpAdd, "fsub": z3.fpSub, "fmul": z3.fpMul, "fdiv": z3.fpDiv}[op](rm, x, y)


def fmod(x: z3.FPRef, y: z3.FPRef) -> z3.FPRef:
    """``frem``: C's fmod (the remainder of division truncated toward zero, with the dividend's sign), not IEEE's
    remainder (division rounded to nearest), which is what z3's ``fpRem`` computes. The two quotients differ by at most
    one, so where the IEEE remainder's sign differs from the dividend's, fmod is it plus |y| toward the dividend's
    sign; that sum is exact because fmod's value is always representable. A zero remainder keeps the dividend's sign
    in both definitions, and the special cases (NaN operands, an infinite dividend, a zero divisor: NaN; an infinite
    divisor: the dividend) agree."""
    r = z3.fpRem(x, y)
    toward = z3.If(z3.fpIsNegative(x), z3.fpNeg(z3.fpAbs(y)), z3.fpAbs(y))
    flip = z3.And(z3.Not(z3.fpIsZero(r)), z3.Not(z3.fpIsNaN(r)), z3.fpIsNegative(r) != z3.fpIsNegative(x))
    return z3.If(flip, z3.fpAdd(RNE, r, toward), r)


def fneg(fx: Effects, inst: Instruction, a: Bits) -> Bits:
    n = a.bv.size()
    fm = FALSE
    if isinstance(inst.type, FloatType) and inst.flags:
        fm = _check_fast_math(fx, inst, [to_fp(a.bv, inst.type)], None)
    return Bits(a.bv ^ z3.BitVecVal(1 << (n - 1), n), _or(a.poison, fm))


FCMP = {"oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno"}


def fcmp(fx: Effects, inst: Instruction, a: Bits, b: Bits) -> Bits:
    ty = inst.operands[0].type
    poison = _or(a.poison, b.poison)
    if inst.predicate in ("true", "false"):
        return bool_bits(z3.BoolVal(inst.predicate == "true"), poison)
    if inst.predicate not in FCMP or not isinstance(ty, FloatType):
        raise Unsupported(f"fcmp {inst.predicate} on {ty}")
    x, y = to_fp(a.bv, ty), to_fp(b.bv, ty)
    uno = z3.Or(z3.fpIsNaN(x), z3.fpIsNaN(y))
    core = {
        "eq": z3.fpEQ(x, y),
        "gt": z3.fpGT(x, y),
        "ge": z3.fpGEQ(x, y),
        "lt": z3.fpLT(x, y),
        "le": z3.fpLEQ(x, y),
        "ne": z3.Not(z3.fpEQ(x, y)),
        "rd": TRUE,
        "no": FALSE,
    }
    key = inst.predicate[1:]
    ordered = inst.predicate[0] == "o"
    if key in ("rd", "no"):
        cond = z3.Not(uno) if inst.predicate == "ord" else uno
    elif ordered:
        cond = z3.And(z3.Not(uno), core[key])
    else:
        cond = z3.Or(uno, core[key])
    fm = _check_fast_math(fx, inst, [x, y], None)
    return bool_bits(cond, _or(poison, fm))


# --------------------------------------------------------------------------------------------------------------------
# Casts


def cast(fx: Effects, inst: Instruction, a: Value) -> Value:
    op, src, dst = inst.opcode, inst.source_type, inst.type
    if isinstance(src, PtrType) or isinstance(dst, PtrType):
        return _pointer_cast(fx, op, a, dst)
    assert isinstance(a, Bits)
    x = a.bv
    n = x.size()
    if op == "trunc":
        m = bit_width(dst)
        r = z3.Extract(m - 1, 0, x)
        extra = []
        if "nuw" in inst.flags:
            extra.append(z3.ZeroExt(n - m, r) != x)
        if "nsw" in inst.flags:
            extra.append(z3.SignExt(n - m, r) != x)
        return Bits(r, _or(a.poison, *extra))
    if op == "zext":
        m = bit_width(dst)
        extra = [x < 0] if "nneg" in inst.flags else []
        return Bits(z3.ZeroExt(m - n, x), _or(a.poison, *extra))
    if op == "sext":
        return Bits(z3.SignExt(bit_width(dst) - n, x), a.poison)
    if op == "bitcast":
        if bit_width(dst) != n:
            raise Unsupported(f"bitcast {src} to {dst}")
        return a
    if op in ("sitofp", "uitofp") and isinstance(dst, FloatType):
        conv = z3.fpSignedToFP if op == "sitofp" else z3.fpUnsignedToFP
        r = conv(RNE, x, float_sort(dst))
        extra = [x < 0] if "nneg" in inst.flags else []
        return Bits(z3.fpToIEEEBV(r), _or(a.poison, *extra))
    if op in ("fptosi", "fptoui") and isinstance(src, FloatType):
        f = to_fp(x, src)
        m = bit_width(dst)
        to_bv = z3.fpToSBV if op == "fptosi" else z3.fpToUBV
        r = to_bv(z3.RTZ(), f, z3.BitVecSort(m))
        # (z3's conversions are unspecified out of range, so the bounds are compared, never the converted bits.)
        below, above = int_range_bounds(z3.fpRoundToIntegral(z3.RTZ(), f), op == "fptosi", m)
        bad = z3.Or(z3.fpIsNaN(f), z3.fpIsInf(f), below, above)
        return Bits(r, _or(a.poison, bad))
    if op in ("fpext", "fptrunc") and isinstance(src, FloatType) and isinstance(dst, FloatType):
        r = z3.fpFPToFP(RNE, to_fp(x, src), float_sort(dst))
        return Bits(from_fp(fx, r, dst, [resize_nan(x, src, dst)]), a.poison)
    raise Unsupported(f"cast {op} {src} to {dst}")


def _pointer_cast(fx: Effects, op: str, a: Value, dst: Type) -> Value:
    if op == "ptrtoint" and isinstance(a, Pointer):
        fx.add_approx(z3.And(a.block != 0, z3.Not(a.poison)), "ptrtoint of a pointer to a local variable")
        m = bit_width(dst)
        off = a.offset
        r = z3.Extract(m - 1, 0, off) if m < ADDR_BITS else z3.ZeroExt(m - ADDR_BITS, off)
        return Bits(r, a.poison)
    if op == "inttoptr" and isinstance(a, Bits):
        # Which object an integer-made pointer may access (not necessarily the one whose address it holds: one past
        # the end of an object is the start of another) is not modelled.
        fx.add_approx(z3.Not(a.poison), "inttoptr (the provenance of a pointer made from an integer)")
        n = a.bv.size()
        off = z3.Extract(ADDR_BITS - 1, 0, a.bv) if n > ADDR_BITS else z3.ZeroExt(ADDR_BITS - n, a.bv)
        return Pointer(z3.BitVecVal(0, BLOCK_BITS), off, a.poison)
    if op in ("bitcast", "addrspacecast") and isinstance(a, Pointer) and isinstance(dst, PtrType):
        if op == "addrspacecast":
            raise Unsupported("addrspacecast")
        return a
    raise Unsupported(f"cast {op} involving pointers")


# --------------------------------------------------------------------------------------------------------------------
# Intrinsics on scalars


def _minmax(kind: str) -> Callable[[Effects, list[Value]], Value]:
    def run(fx: Effects, args: list[Value]) -> Value:
        a, b = args
        assert isinstance(a, Bits) and isinstance(b, Bits)
        x, y = a.bv, b.bv
        take_x = {"smax": x > y, "smin": x < y, "umax": z3.UGT(x, y), "umin": z3.ULT(x, y)}[kind]
        return Bits(z3.If(take_x, x, y), _or(a.poison, b.poison))

    return run


def _abs(fx: Effects, args: list[Value]) -> Value:
    a, flag = args
    assert isinstance(a, Bits) and isinstance(flag, Bits)
    x = a.bv
    n = x.size()
    poison_min = z3.And(flag.bv == 1, x == z3.BitVecVal(1 << (n - 1), n))
    return Bits(z3.If(x < 0, -x, x), _or(a.poison, poison_min))


def _popcount(x: z3.BitVecRef) -> z3.BitVecRef:
    n = x.size()
    return z3.Sum([z3.ZeroExt(n - 1, z3.Extract(i, i, x)) for i in range(n)]) if n > 1 else x


def _ctpop(fx: Effects, args: list[Value]) -> Value:
    a = args[0]
    assert isinstance(a, Bits)
    return Bits(_popcount(a.bv), a.poison)


def _count_zeros(leading: bool) -> Callable[[Effects, list[Value]], Value]:
    def run(fx: Effects, args: list[Value]) -> Value:
        a, flag = args
        assert isinstance(a, Bits) and isinstance(flag, Bits)
        x = a.bv
        n = x.size()
        r = z3.BitVecVal(n, n)
        order = range(n) if leading else range(n - 1, -1, -1)
        # Scan from the far end so the bit nearest the counted end wins.
        for i in order:
            count = n - 1 - i if leading else i
            r = z3.If(z3.Extract(i, i, x) == 1, z3.BitVecVal(count, n), r)
        return Bits(r, _or(a.poison, z3.And(flag.bv == 1, x == 0)))

    return run


def _bswap(fx: Effects, args: list[Value]) -> Value:
    a = args[0]
    assert isinstance(a, Bits)
    n = a.bv.size()
    if n % 16:
        raise Unsupported(f"bswap of i{n}")
    parts = [z3.Extract(8 * i + 7, 8 * i, a.bv) for i in range(n // 8)]
    return Bits(z3.Concat(*parts), a.poison)


def _bitreverse(fx: Effects, args: list[Value]) -> Value:
    a = args[0]
    assert isinstance(a, Bits)
    n = a.bv.size()
    bits = [z3.Extract(i, i, a.bv) for i in range(n)]
    return Bits(z3.Concat(*bits) if n > 1 else a.bv, a.poison)


def _funnel(left: bool) -> Callable[[Effects, list[Value]], Value]:
    def run(fx: Effects, args: list[Value]) -> Value:
        a, b, c = args
        assert isinstance(a, Bits) and isinstance(b, Bits) and isinstance(c, Bits)
        n = a.bv.size()
        amt = z3.URem(c.bv, z3.BitVecVal(n, n))
        wide = z3.Concat(a.bv, b.bv)
        amt2 = z3.ZeroExt(n, amt)
        r = z3.Extract(2 * n - 1, n, wide << amt2) if left else z3.Extract(n - 1, 0, z3.LShR(wide, amt2))
        return Bits(r, _or(a.poison, b.poison, c.poison))

    return run


def _with_overflow(kind: str) -> Callable[[Effects, list[Value]], Value]:
    def run(fx: Effects, args: list[Value]) -> Value:
        a, b = args
        assert isinstance(a, Bits) and isinstance(b, Bits)
        x, y = a.bv, b.bv
        n = x.size()
        op, signed = kind[1:], kind[0] == "s"
        ext = (lambda v, k: z3.SignExt(k, v)) if signed else (lambda v, k: z3.ZeroExt(k, v))
        k = n if op == "mul" else 1
        wide = {"add": ext(x, k) + ext(y, k), "sub": ext(x, k) - ext(y, k), "mul": ext(x, k) * ext(y, k)}[op]
        r = z3.Extract(n - 1, 0, wide)
        ovf = ext(r, k) != wide
        poison = _or(a.poison, b.poison)
        return Aggregate((Bits(r, poison), bool_bits(ovf, poison)))

    return run


def _saturating(kind: str) -> Callable[[Effects, list[Value]], Value]:
    def run(fx: Effects, args: list[Value]) -> Value:
        a, b = args
        assert isinstance(a, Bits) and isinstance(b, Bits)
        x, y = a.bv, b.bv
        n = x.size()
        op, signed = kind[1:], kind[0] == "s"
        if signed:
            wide = z3.SignExt(1, x) + z3.SignExt(1, y) if op == "add" else z3.SignExt(1, x) - z3.SignExt(1, y)
            hi, lo = z3.BitVecVal((1 << (n - 1)) - 1, n + 1), z3.BitVecVal(-(1 << (n - 1)), n + 1)
            clamped = z3.If(wide > hi, hi, z3.If(wide < lo, lo, wide))
        else:
            wide = z3.ZeroExt(1, x) + z3.ZeroExt(1, y) if op == "add" else z3.ZeroExt(1, x) - z3.ZeroExt(1, y)
            hi = z3.BitVecVal((1 << n) - 1, n + 1)
            clamped = z3.If(z3.UGT(wide, hi), hi, wide) if op == "add" else z3.If(z3.ULT(x, y), 0, wide)
        return Bits(z3.Extract(n - 1, 0, clamped), _or(a.poison, b.poison))

    return run


def _saturating_shift(signed: bool) -> Callable[[Effects, list[Value]], Value]:
    """``llvm.sshl.sat``/``ushl.sat`` (LangRef): ``a << b``, clamped to the type's range when bits (or, signed, the
    sign) would be lost; poison when ``b`` is at least the bit width."""

    def run(fx: Effects, args: list[Value]) -> Value:
        a, b = args
        assert isinstance(a, Bits) and isinstance(b, Bits)
        x, y = a.bv, b.bv
        n = x.size()
        r = x << y
        back = r >> y if signed else z3.LShR(r, y)
        if signed:
            saturated = z3.If(x < 0, z3.BitVecVal(1 << (n - 1), n), z3.BitVecVal((1 << (n - 1)) - 1, n))
        else:
            saturated = z3.BitVecVal((1 << n) - 1, n)
        return Bits(z3.If(back == x, r, saturated), _or(a.poison, b.poison, z3.UGE(y, n)))

    return run


def three_way_compare(signed: bool, width: int) -> Callable[[Effects, list[Value]], Value]:
    """``llvm.scmp``/``ucmp`` (LLVM 19): -1, 0 or 1 in a ``width``-bit result as ``a`` is below, equal to or above
    ``b``; the result type is the call's, not the operands', hence a factory."""

    def run(fx: Effects, args: list[Value]) -> Value:
        a, b = args
        assert isinstance(a, Bits) and isinstance(b, Bits)
        below = a.bv < b.bv if signed else z3.ULT(a.bv, b.bv)
        one, minus_one = z3.BitVecVal(1, width), z3.BitVecVal(-1 % (1 << width), width)
        r = z3.If(a.bv == b.bv, z3.BitVecVal(0, width), z3.If(below, minus_one, one))
        return Bits(r, _or(a.poison, b.poison))

    return run


def _expect(fx: Effects, args: list[Value]) -> Value:
    return args[0]


def _fabs(fx: Effects, args: list[Value]) -> Value:
    a = args[0]
    assert isinstance(a, Bits)
    n = a.bv.size()
    return Bits(a.bv & z3.BitVecVal((1 << (n - 1)) - 1, n), a.poison)


def _copysign(fx: Effects, args: list[Value]) -> Value:
    a, b = args
    assert isinstance(a, Bits) and isinstance(b, Bits)
    n = a.bv.size()
    mask = z3.BitVecVal(1 << (n - 1), n)
    return Bits((a.bv & ~mask) | (b.bv & mask), _or(a.poison, b.poison))


# llvm.floor/ceil/trunc/rint/nearbyint/round/roundeven: IEEE roundToIntegral in each one's direction (rint and
# nearbyint: the default environment's, to nearest even; round: ties away from zero, as C's round).
FP_ROUNDING = {
    "floor": z3.RTN(),
    "ceil": z3.RTP(),
    "trunc": z3.RTZ(),
    "rint": RNE,
    "nearbyint": RNE,
    "round": z3.RNA(),
    "roundeven": RNE,
}


def fp_round_integral(fx: Effects, key: str, a: Bits, ty: FloatType) -> Bits:
    """The integral value of ``a`` in its own format (the sign of a zero kept, infinities unchanged); a NaN result
    follows ``from_fp`` (the input's payload may propagate, quieted)."""
    rounded = z3.fpRoundToIntegral(FP_ROUNDING[key], to_fp(a.bv, ty))
    return Bits(from_fp(fx, rounded, ty, [a.bv]), a.poison)


FP_TO_NEAREST_INT = {"lround": z3.RNA(), "llround": z3.RNA(), "lrint": RNE, "llrint": RNE}


def fp_to_nearest_int(fx: Effects, key: str, a: Bits, ty: FloatType, m: int) -> Bits:
    """``llvm.lround``/``llround`` (ties away from zero) and ``lrint``/``llrint`` (the default rounding mode, to
    nearest even) to an ``m``-bit signed integer. LangRef: a rounded value the result type cannot hold gives a
    nondeterministic value (as ``freeze poison``); NaN and infinities count as such."""
    t = z3.fpRoundToIntegral(FP_TO_NEAREST_INT[key], to_fp(a.bv, ty))
    below, above = int_range_bounds(t, True, m)
    outside = z3.Or(z3.fpIsNaN(t), below, above)
    return Bits(z3.If(outside, fx.fresh_bits(m, key), z3.fpToSBV(z3.RTZ(), t, z3.BitVecSort(m))), a.poison)


def fp_to_int_sat(signed: bool, a: Bits, ty: FloatType, m: int) -> Bits:
    """``llvm.fptosi.sat``/``fptoui.sat`` to ``m`` bits (LangRef): rounded toward zero, clamped to the result's range
    (infinities too), NaN gives 0. Defined for every input: no poison beyond the operand's."""
    f = to_fp(a.bv, ty)
    t = z3.fpRoundToIntegral(z3.RTZ(), f)
    under, over = int_range_bounds(t, signed, m)
    if signed:
        hi, lo = z3.BitVecVal((1 << (m - 1)) - 1, m), z3.BitVecVal(1 << (m - 1), m)
        inside = z3.fpToSBV(z3.RTZ(), t, z3.BitVecSort(m))
    else:
        hi, lo = z3.BitVecVal((1 << m) - 1, m), z3.BitVecVal(0, m)
        inside = z3.fpToUBV(z3.RTZ(), t, z3.BitVecSort(m))
    out = z3.If(z3.fpIsNaN(f), z3.BitVecVal(0, m), z3.If(over, hi, z3.If(under, lo, inside)))
    return Bits(out, a.poison)


FP_MIN_MAX = ("minnum", "maxnum", "minimum", "maximum")


def fp_min_max(fx: Effects, kind: str, a: Bits, b: Bits, ty: FloatType) -> Bits:
    """``llvm.minnum``/``maxnum`` (LangRef: libm's fmin/fmax; a NaN operand, signalling or quiet, gives the other
    operand, a NaN only when both are; operands that compare equal, i.e. +0 and -0, give either one: a
    nondeterministic pick) and ``llvm.minimum``/``maximum`` (IEEE 754-2019: any NaN operand gives a NaN; -0 is less
    than +0). NaN results follow ``from_fp`` (an input's payload may propagate)."""
    x, y = to_fp(a.bv, ty), to_fp(b.bv, ty)
    lesser = kind in ("minnum", "minimum")
    x_wins = z3.fpLT(x, y) if lesser else z3.fpGT(x, y)
    x_nan, y_nan = z3.fpIsNaN(x), z3.fpIsNaN(y)
    nan = from_fp(fx, z3.fpNaN(x.sort()), ty, [a.bv, b.bv])
    if kind in ("minnum", "maxnum"):
        y_wins = z3.fpLT(y, x) if lesser else z3.fpGT(y, x)
        either = z3.If(fx.fresh_bits(1, kind) == 1, a.bv, b.bv)
        ordered = z3.If(x_wins, a.bv, z3.If(y_wins, b.bv, either))
        out = z3.If(z3.And(x_nan, y_nan), nan, z3.If(x_nan, b.bv, z3.If(y_nan, a.bv, ordered)))
    else:
        n = a.bv.size()
        a_negative = z3.Extract(n - 1, n - 1, a.bv) == 1
        zeros = z3.If(a_negative == lesser, a.bv, b.bv)  # minimum: -0 if either is; maximum: +0 if either is
        ordered = z3.If(z3.And(z3.fpIsZero(x), z3.fpIsZero(y)), zeros, z3.If(x_wins, a.bv, b.bv))
        out = z3.If(z3.Or(x_nan, y_nan), nan, ordered)
    return Bits(out, _or(a.poison, b.poison))


INTRINSICS: dict[str, Callable[[Effects, list[Value]], Value]] = {
    "smax": _minmax("smax"),
    "smin": _minmax("smin"),
    "umax": _minmax("umax"),
    "umin": _minmax("umin"),
    "abs": _abs,
    "ctpop": _ctpop,
    "ctlz": _count_zeros(True),
    "cttz": _count_zeros(False),
    "bswap": _bswap,
    "bitreverse": _bitreverse,
    "fshl": _funnel(True),
    "fshr": _funnel(False),
    "sadd.with.overflow": _with_overflow("sadd"),
    "uadd.with.overflow": _with_overflow("uadd"),
    "ssub.with.overflow": _with_overflow("ssub"),
    "usub.with.overflow": _with_overflow("usub"),
    "smul.with.overflow": _with_overflow("smul"),
    "umul.with.overflow": _with_overflow("umul"),
    "sadd.sat": _saturating("sadd"),
    "uadd.sat": _saturating("uadd"),
    "ssub.sat": _saturating("ssub"),
    "usub.sat": _saturating("usub"),
    "sshl.sat": _saturating_shift(True),
    "ushl.sat": _saturating_shift(False),
    "expect": _expect,
    "fabs": _fabs,
    "copysign": _copysign,
}


def intrinsic_key(callee: str) -> str | None:
    """``llvm.smax.i32`` -> ``smax``; ``llvm.sadd.with.overflow.i32`` -> ``sadd.with.overflow``; else None."""
    if not callee.startswith("llvm."):
        return None
    parts = callee[5:].split(".")
    while parts and (
        (parts[-1].startswith(("i", "f", "p", "v")) and parts[-1][1:].isdigit())
        or parts[-1] in ("f32", "f64", "f16", "f128", "f80", "p0")
    ):
        parts.pop()
    return ".".join(parts)
