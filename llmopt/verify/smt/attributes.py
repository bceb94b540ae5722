"""Value attributes on parameters, returns and call sites, and the floating-point classes they and
``llvm.is.fpclass`` name.

Why one module: the same LangRef rule ("a value that violates the attribute is poison") applies wherever the attribute
sits (a parameter of the function, an argument or the result of a call, the function's return), and each side applies
its own attributes. ``range(iN a, b)`` and ``nofpclass(...)`` work lane by lane on vectors; ``nonnull``/``align`` on
pointers; ``dereferenceable(n)`` makes a pointer to fewer accessible bytes UB; ``noundef`` makes poison UB (applied by
the callers, which also know about undef arguments).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt.ir import FloatType, Function, Instruction, Module, Type, Unsupported, VectorType
from llmopt.verify.smt.libcalls import known_library_value_attrs
from llmopt.verify.smt.parser import resolve_attrs
from llmopt.verify.smt.undef import components
from llmopt.verify.smt.values import Aggregate, Bits, Pointer, Value, poison_of

if TYPE_CHECKING:
    from llmopt.verify.smt.encoder import FunctionEncoder

_RANGE_RE = re.compile(r"range\(i(\d+) (-?\d+) , (-?\d+)\)")
_NOFPCLASS_RE = re.compile(r"nofpclass\((.*)\)")

# llvm.is.fpclass's test mask (LangRef), bit by bit; nofpclass names the same classes by name.
FP_CLASS_BITS = {
    "snan": 1 << 0,
    "qnan": 1 << 1,
    "ninf": 1 << 2,
    "nnorm": 1 << 3,
    "nsub": 1 << 4,
    "nzero": 1 << 5,
    "pzero": 1 << 6,
    "psub": 1 << 7,
    "pnorm": 1 << 8,
    "pinf": 1 << 9,
}
_FP_CLASS_GROUPS = {
    "nan": ("snan", "qnan"),
    "inf": ("ninf", "pinf"),
    "norm": ("nnorm", "pnorm"),
    "sub": ("nsub", "psub"),
    "zero": ("nzero", "pzero"),
    "all": tuple(FP_CLASS_BITS),
}
# (exponent bits, explicit mantissa bits) of each IEEE format whose classes are read from the bits.
_FORMATS = {"half": (5, 10), "bfloat": (8, 7), "float": (8, 23), "double": (11, 52), "fp128": (15, 112)}


def fp_class_mask(names: list[str]) -> int:
    """The is.fpclass mask of a ``nofpclass`` list (``nan inf`` -> 0b1000000111)."""
    mask = 0
    for name in names:
        for part in _FP_CLASS_GROUPS.get(name, (name,)):
            if part not in FP_CLASS_BITS:
                raise Unsupported(f"floating-point class {name}")
            mask |= FP_CLASS_BITS[part]
    return mask


def in_fp_class(bits: z3.BitVecRef, ty: FloatType, mask: int) -> z3.BoolRef:
    """Is the float with these bits in one of the classes of ``mask``? Read from the bit pattern, so a signalling NaN
    (top mantissa bit clear) is told from a quiet one, and -0.0 from +0.0."""
    if ty.kind not in _FORMATS:
        raise Unsupported(f"floating-point classes of {ty.kind}")
    e_bits, m_bits = _FORMATS[ty.kind]
    n = e_bits + m_bits + 1
    sign = z3.Extract(n - 1, n - 1, bits) == 1
    exp = z3.Extract(n - 2, m_bits, bits)
    mant = z3.Extract(m_bits - 1, 0, bits)
    exp_max, exp_zero, mant_zero = exp == (1 << e_bits) - 1, exp == 0, mant == 0
    quiet = z3.Extract(m_bits - 1, m_bits - 1, bits) == 1
    nan = z3.And(exp_max, z3.Not(mant_zero))
    classes = {
        "snan": z3.And(nan, z3.Not(quiet)),
        "qnan": z3.And(nan, quiet),
        "ninf": z3.And(sign, exp_max, mant_zero),
        "pinf": z3.And(z3.Not(sign), exp_max, mant_zero),
        "nzero": z3.And(sign, exp_zero, mant_zero),
        "pzero": z3.And(z3.Not(sign), exp_zero, mant_zero),
        "nsub": z3.And(sign, exp_zero, z3.Not(mant_zero)),
        "psub": z3.And(z3.Not(sign), exp_zero, z3.Not(mant_zero)),
        "nnorm": z3.And(sign, z3.Not(exp_zero), z3.Not(exp_max)),
        "pnorm": z3.And(z3.Not(sign), z3.Not(exp_zero), z3.Not(exp_max)),
    }
    hit = [classes[name] for name, bit in FP_CLASS_BITS.items() if mask & bit]
    return z3.Or(*hit) if hit else z3.BoolVal(False)


def _range_poison(x: z3.BitVecRef, m: re.Match[str]) -> z3.BoolRef:
    n = int(m.group(1))
    if x.size() != n:
        raise Unsupported(f"range attribute of i{n} on a value of {x.size()} bits")
    lo, hi = int(m.group(2)) % (1 << n), int(m.group(3)) % (1 << n)
    inside = z3.And(z3.UGE(x, lo), z3.ULT(x, hi)) if lo < hi else z3.Or(z3.UGE(x, lo), z3.ULT(x, hi))
    return z3.Not(inside)


def _lane_attrs(value: Value, ty: Type | None, attrs: tuple[str, ...]) -> Value:
    """``range`` and ``nofpclass`` on one scalar (or lane by lane on a vector)."""
    if isinstance(value, Aggregate):
        lane_ty = ty.element if isinstance(ty, VectorType) else None
        if lane_ty is None:
            return value  # aggregates: these attributes do not apply (the IR verifier rejects them)
        return Aggregate(tuple(_lane_attrs(e, lane_ty, attrs) for e in value.elements))
    if not isinstance(value, Bits):
        return value
    poison = value.poison
    for a in attrs:
        if m := _RANGE_RE.fullmatch(a):
            poison = z3.Or(poison, _range_poison(value.bv, m))
        elif m := _NOFPCLASS_RE.fullmatch(a):
            if not isinstance(ty, FloatType):
                raise Unsupported(f"{a} on a value of type {ty}")
            poison = z3.Or(poison, in_fp_class(value.bv, ty, fp_class_mask(m.group(1).split())))
    return value if poison is value.poison else Bits(value.bv, poison)


def apply_value_attrs(enc: FunctionEncoder, value: Value, attrs: tuple[str, ...], ty: Type | None) -> Value:
    """Attributes of a parameter, a call argument or a call's result that make a violating value poison (``range``,
    ``nofpclass``, ``nonnull``, ``align``) or passing it UB (``dereferenceable``, ``dereferenceable_or_null``), on
    this side (each side with its own attributes). ``noundef`` is the caller's to apply."""
    if not attrs:
        return value
    if not isinstance(value, Pointer):
        return _lane_attrs(value, ty, attrs)
    poison = value.poison
    for a in attrs:
        if a == "nonnull":
            poison = z3.Or(poison, z3.And(value.block == 0, value.offset == 0))
        elif a.startswith("align "):
            align = int(a.split()[1])
            if align > 1:
                poison = z3.Or(poison, z3.Extract(align.bit_length() - 2, 0, value.offset) != 0)
    value = Pointer(value.block, value.offset, poison, value.root)
    for a in attrs:
        if a.startswith("dereferenceable(") and a[16:-1].strip().isdigit():
            check_dereferenceable(enc, value, int(a[16:-1]), or_null=False)
        elif a.startswith("dereferenceable_or_null(") and a[24:-1].strip().isdigit():
            check_dereferenceable(enc, value, int(a[24:-1]), or_null=True)
    return value


def check_dereferenceable(
    enc: FunctionEncoder, ptr: Pointer, nbytes: int, or_null: bool, where: z3.BoolRef | None = None
) -> None:
    """``dereferenceable(n)`` as the UB of touching n bytes at ``ptr``; ``dereferenceable_or_null(n)`` the same unless
    the pointer is null (LangRef); ``where``: only under that condition too."""
    conds = [] if where is None else [where]
    if or_null:
        conds.append(z3.Not(z3.And(ptr.block == 0, ptr.offset == 0)))
    if not conds:
        enc.check_access(ptr, nbytes, 1)
        return
    saved = enc.guard
    enc.guard = z3.And(saved, *conds)
    try:
        enc.check_access(ptr, nbytes, 1)
    finally:
        enc.guard = saved


# Return attributes that only describe the ABI or aliasing the caller cannot observe here.
_HARMLESS_RETURN_ATTRS = ("noundef", "signext", "zeroext", "noalias")


def apply_return_attrs(enc: FunctionEncoder, value: Value, attrs: tuple[str, ...], ty: Type | None) -> Value:
    """Return attributes of a call or of the function: ``range``/``nofpclass``/``nonnull``/``align`` violations are
    poison, ``noundef`` of poison is UB. Any other return attribute on the *target* is not modelled: Unsupported (it
    could add poison or UB); on the source it is ignored (the source then has fewer behaviours: sound)."""
    modelled = tuple(a for a in attrs if is_value_attr(a))
    for a in attrs:
        if a not in modelled and a not in _HARMLESS_RETURN_ATTRS and enc.is_target:
            raise Unsupported(f"return attribute {a} on a call in the target")
    value = apply_value_attrs(enc, value, modelled, ty)
    if "noundef" in attrs:
        # LangRef: any poison or undefined bit is UB (a value that still varies with undef, ``or undef, 1``).
        enc.add_ub(not_noundef(enc, value))
    return value


def not_noundef(enc: FunctionEncoder, a: Value) -> z3.BoolRef:
    """Where a ``noundef`` value is UB: poison, or undef (LangRef), which shows as a value that may vary."""
    return z3.Or(poison_of(a), enc.undef_varies(*components(a)))


def declared_return_attrs(module: Module, callee: str) -> tuple[str, ...]:
    """The return attributes of a callee's declaration that are modelled (a violating result is poison, poison
    under ``noundef`` UB); the others are left out on both sides alike (``check_declarations`` keeps the target's
    within the source's)."""
    ret, _ = module.declaration_value_attrs.get(callee, ((), ()))
    return tuple(a for a in ret if is_value_attr(a) or a == "noundef")


def returned_argument(module: Module, inst: Instruction) -> int | None:
    """The argument a call returns by a ``returned`` parameter attribute (of the call site or the declaration)."""
    _, params = module.declaration_value_attrs.get(inst.callee or "", ((), ()))
    for i, op in enumerate(inst.operands):
        if "returned" in op.attrs or (i < len(params) and "returned" in params[i]):
            return i
    return None


def check_declarations(src_mod: Module, tgt_mod: Module, names: set[str], library: set[str]) -> None:
    """A target may not declare a callee with return or parameter attributes the source's declaration lacks (a
    promise about the callee that could be false), except what the C standard makes true of a ``library`` function
    (``libcalls.known_library_value_attrs``): Unsupported."""
    for name in sorted(names):
        t_ret, t_params = tgt_mod.declaration_value_attrs.get(name, ((), ()))
        s_ret, s_params = src_mod.declaration_value_attrs.get(name, ((), ()))
        known = name in library
        ok_ret = known_library_value_attrs(name) if known else frozenset()
        extra = set(t_ret) - set(s_ret) - {"signext", "zeroext"} - ok_ret
        for i, attrs in enumerate(t_params):
            ok = known_library_value_attrs(name, i) if known else frozenset()
            extra |= set(attrs) - set(s_params[i] if i < len(s_params) else ()) - {"signext", "zeroext"} - ok
        if extra:
            raise Unsupported(f"target declares @{name} with attribute {sorted(extra)[0]}")


def is_value_attr(a: str) -> bool:
    """``range``/``nofpclass``/``nonnull``/``align``: a violating value is poison, on each side (modelled)."""
    return a == "nonnull" or a.startswith(("align ", "range(", "nofpclass("))


# ---- what a target call site may promise ----

# Call-site attributes that only describe the ABI or the kind of call.
HARMLESS_CALL_ATTRS = {"signext", "zeroext", "noundef", "tail", "notail", "musttail", "metadata"}
# Modelled on each side (poison or UB), so a target call may add them.
_MODELLED_CALL_ATTR_PREFIXES = ('"', "align ", "dereferenceable(", "dereferenceable_or_null(", "range(", "nofpclass(")


def _site_attrs(
    inst_attrs: tuple[str, ...], ret: tuple[str, ...], args: list[tuple[str, ...]], module: Module
) -> set[tuple[object, str]]:
    """A call site's attributes, each tagged with where it sits: ("fn", a), ("ret", a), (argument index, a)."""
    tagged: set[tuple[object, str]] = {("fn", a) for a in resolve_attrs(inst_attrs, module) if not a.startswith('"')}
    tagged |= {("ret", a) for a in ret}
    for i, attrs in enumerate(args):
        tagged |= {(i, a) for a in attrs}
    return tagged


def _call_sites(fn: Function, module: Module) -> dict[str, list[set[tuple[object, str]]]]:
    out: dict[str, list[set[tuple[object, str]]]] = {}
    for block in fn.blocks:
        for inst in block.instructions:
            if inst.opcode == "call" and inst.callee:
                site = _site_attrs(inst.call_attrs, inst.ret_attrs, [op.attrs for op in inst.operands], module)
                out.setdefault(inst.callee, []).append(site)
    return out


# Keywords that say how the address is used or resolved, not what the global holds (GlobalOpt adds
# local_unnamed_addr freely).
_ADDRESS_KEYWORDS = frozenset({"unnamed_addr", "local_unnamed_addr", "dso_local", "dso_preemptable", "default"})


def changed_external_global(src_mod: Module, tgt_mod: Module) -> str | None:
    """A global other modules see (not ``internal``/``private``) that the target drops, hides, makes constant,
    re-types, re-initializes or aligns less: the caller's view of memory changes whatever the function does, which a
    check of one function cannot judge. Its name, or None."""
    for name, g in sorted(src_mod.globals.items()):
        if g.linkage & {"internal", "private"}:
            continue
        t = tgt_mod.globals.get(name)
        if t is None or (t.linkage - _ADDRESS_KEYWORDS, t.constant, t.type, t.initializer) != (
            g.linkage - _ADDRESS_KEYWORDS,
            g.constant,
            g.type,
            g.initializer,
        ):
            return name
        if t.align < g.align:
            return name
    return None


def check_callees_kept(tgt: Function, src_mod: Module, tgt_mod: Module) -> None:
    """A function the source only declares is whatever the program links in; a target module that defines it
    instead changes every call to it, which a check of the caller alone cannot judge: Unsupported."""
    for block in tgt.blocks:
        for inst in block.instructions:
            callee = inst.callee or ""
            if callee in tgt_mod.functions and callee in src_mod.declarations and callee not in src_mod.functions:
                raise Unsupported(f"the target defines @{callee}, which the source only declares")


def check_call_site_attributes(src: Function, tgt: Function, src_mod: Module, tgt_mod: Module) -> None:
    """A target call site may not promise more than the source does (a false promise is UB, not modelled): each
    attribute must sit at the same place (the call, its result, the same argument) on *every* source call to that
    callee, which the target's call is then matched with (calls are compared in lock-step), or be a function
    attribute of the source's declaration, or ``nounwind`` in a ``nounwind`` source. Unsupported otherwise."""
    src_sites = _call_sites(src, src_mod)
    # In a nounwind function a call that unwinds is UB already: marking the call nounwind promises nothing new.
    implied = {("fn", "nounwind")} if "nounwind" in resolve_attrs(src.fn_attrs, src_mod) else set()
    for callee, sites in _call_sites(tgt, tgt_mod).items():
        known = src_sites.get(callee, [])
        allowed = (set.intersection(*known) if known else set()) | implied
        decl = src_mod.declarations.get(callee)
        if decl is not None:
            allowed |= {("fn", a) for a in resolve_attrs(decl[2], src_mod)}
        for site in sites:
            extra = sorted(
                (str(where), a)
                for where, a in site - allowed
                if a not in HARMLESS_CALL_ATTRS and a != "nonnull" and not a.startswith(_MODELLED_CALL_ATTR_PREFIXES)
            )
            if extra:
                where, a = extra[0]
                place = {"fn": "", "ret": " on its result"}.get(where, f" on argument {where}")
                raise Unsupported(f"target call to @{callee} adds attribute {a}{place}")


__all__ = [
    "FP_CLASS_BITS",
    "HARMLESS_CALL_ATTRS",
    "apply_return_attrs",
    "apply_value_attrs",
    "changed_external_global",
    "check_call_site_attributes",
    "check_callees_kept",
    "check_declarations",
    "declared_return_attrs",
    "fp_class_mask",
    "in_fp_class",
    "is_value_attr",
    "returned_argument",
]


def noalias_result_callee(fn: Function, module: Module) -> str | None:
    """A callee whose pointer result ``fn``'s call site, its declaration or the C library (an allocator) marks
    ``noalias``. Call results are modelled as any pointer, aliasing the caller's included, which ``noalias`` excludes
    for the accesses based on it: a refutation may rest on that (the verifier then says inconclusive)."""
    for block in fn.blocks:
        for inst in block.instructions:
            if inst.opcode != "call" or str(inst.type) != "ptr":
                continue
            callee = inst.callee or ""
            declared, _ = module.declaration_value_attrs.get(callee, ((), ()))
            if "noalias" in {*inst.ret_attrs, *declared, *known_library_value_attrs(callee)}:
                return callee
    return None
