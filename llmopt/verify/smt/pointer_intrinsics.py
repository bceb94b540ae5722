"""Intrinsics about pointers that ``semantics.INTRINSICS`` (scalar values only) cannot express: ``llvm.ptrmask``
and the operand bundles of ``llvm.assume`` (LangRef "Assume Operand Bundles"), which put UB on a pointer's alignment,
nullness or dereferenceability."""

from __future__ import annotations

from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt.attributes import check_dereferenceable, not_noundef
from llmopt.verify.smt.ir import Unsupported
from llmopt.verify.smt.values import Bits, Pointer, Value

if TYPE_CHECKING:
    from llmopt.verify.smt.encoder import FunctionEncoder


def ptrmask(enc: FunctionEncoder, args: list[Value]) -> Value:
    """``llvm.ptrmask(p, mask)`` (LangRef): p's address ANDed with the mask, keeping p's provenance (a ``getelementptr``
    without ``inbounds`` by the difference); poison if either operand is. A local variable's address is unknown
    (its offset is from an unknown base), so masking one is an approximation."""
    p, m = args
    if not (isinstance(p, Pointer) and isinstance(m, Bits) and m.bv.size() == p.offset.size()):
        raise Unsupported("llvm.ptrmask with a mask narrower than the pointer")
    enc.add_approx(z3.And(p.block != 0, z3.Not(p.poison), z3.Not(m.poison)), "ptrmask of a local variable's address")
    return Pointer(p.block, p.offset & m.bv, z3.Or(p.poison, m.poison), p.origin)


def assume_bundle(enc: FunctionEncoder, tag: str, args: list[Value]) -> None:
    """One operand bundle of ``llvm.assume`` (LangRef "Assume Operand Bundles"): a violated guarantee is UB, also for
    ``nonnull`` and ``align``, whose violation elsewhere only makes poison; an alignment that is not a power of two
    (zero included) demands a null pointer. Whether a *poison* operand violates ``nonnull``/``align`` the LangRef
    does not say: where the operand may be poison the answer is inconclusive. ``ignore`` and ``cold`` promise
    nothing; other tags are unsupported."""
    if tag in ("ignore", "cold") or (tag == "align" and not args):
        return
    if tag == "noundef" and len(args) == 1:
        enc.add_ub(not_noundef(enc, args[0]))
        return
    p = args[0] if args else None
    if not isinstance(p, Pointer):
        raise Unsupported(f'assume operand bundle "{tag}"')
    null = z3.And(p.block == 0, p.offset == 0)
    if tag in ("nonnull", "align", "dereferenceable", "dereferenceable_or_null"):
        enc.add_approx(p.poison, f'a poison operand of an assume "{tag}" bundle')
    if tag == "nonnull" and len(args) == 1:
        violated: z3.BoolRef = null
    elif tag == "align" and len(args) in (2, 3):
        consts = [a.bv for a in args[1:] if isinstance(a, Bits) and z3.is_bv_value(a.bv)]
        if len(consts) != len(args) - 1 or (len(consts) == 2 and consts[1].as_long() != 0):
            raise Unsupported("assume align bundle with a variable alignment or an offset")
        align = consts[0].as_long()
        if align & (align - 1) or align == 0:
            violated = z3.Not(null)
        elif align == 1:
            return
        else:
            # A local's address is its (unknown) base plus the offset: only its alloca's alignment is known.
            enc.add_approx(p.block != 0, "assume align bundle on a local variable's address")
            violated = z3.Extract(align.bit_length() - 2, 0, p.offset) != 0
    elif tag in ("dereferenceable", "dereferenceable_or_null") and len(args) == 2:
        n = args[1]
        if not (isinstance(n, Bits) and z3.is_bv_value(n.bv)):
            raise Unsupported(f"assume {tag} bundle with a variable size")
        check_dereferenceable(enc, p, n.bv.as_long(), tag == "dereferenceable_or_null", where=z3.Not(p.poison))
        return
    else:
        raise Unsupported(f'assume operand bundle "{tag}"')
    enc.add_ub(z3.And(z3.Not(p.poison), violated))
