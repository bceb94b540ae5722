"""Symbolic values of the SMT validator: bit patterns with a poison flag, pointers, aggregates; and their merging.

* ``Bits``: integers and floating-point values alike, as the bit pattern (a z3 bit-vector) plus a poison Bool.
  Floating point stays a bit pattern so loads, stores, bitcasts, selects and phis preserve NaN payloads exactly;
  arithmetic converts to z3's IEEE theory and back.
* ``Pointer``: a memory block id (8 bits: 0 = memory outside the function, 1.. = this function's allocas) and an
  offset (64 bits: the address itself for block 0, the offset into the alloca otherwise), plus poison.
* ``Aggregate``: the elements of a struct/array value (``{ i32, i1 }`` from ``*.with.overflow``), and the lanes of
  a fixed-length vector (each lane with its own poison; see ``vectors``).
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from llmopt.verify.smt.ir import ArrayType, FloatType, IntType, PtrType, StructType, Type, Unsupported, VectorType

BLOCK_BITS = 8
ADDR_BITS = 64


@dataclass(frozen=True)
class Bits:
    bv: z3.BitVecRef
    poison: z3.BoolRef


@dataclass(frozen=True)
class Pointer:
    """``root``: for external pointers, the address of the pointer this one was derived from by getelementptr
    (its provenance); None means the pointer is its own root."""

    block: z3.BitVecRef
    offset: z3.BitVecRef
    poison: z3.BoolRef
    root: z3.BitVecRef | None = None

    @property
    def origin(self) -> z3.BitVecRef:
        return self.offset if self.root is None else self.root


@dataclass(frozen=True)
class Aggregate:
    elements: tuple[Value, ...]


Value = Bits | Pointer | Aggregate

FALSE = z3.BoolVal(False)
TRUE = z3.BoolVal(True)


def bit_width(ty: Type) -> int:
    """Width of the bit pattern of a scalar type (``Bits``)."""
    if isinstance(ty, IntType):
        return ty.bits
    if isinstance(ty, FloatType):
        return {"half": 16, "bfloat": 16, "float": 32, "double": 64, "fp128": 128, "x86_fp80": 80}[ty.kind]
    raise Unsupported(f"type {ty} as a scalar")


def poison_of(v: Value) -> z3.BoolRef:
    if isinstance(v, Aggregate):
        return z3.Or(*[poison_of(e) for e in v.elements]) if v.elements else FALSE
    return v.poison


def make_poison(ty: Type) -> Value:
    """A poison value of type ``ty`` (its bits are irrelevant)."""
    if isinstance(ty, PtrType):
        return Pointer(z3.BitVecVal(0, BLOCK_BITS), z3.BitVecVal(0, ADDR_BITS), TRUE)
    if isinstance(ty, StructType):
        return Aggregate(tuple(make_poison(f) for f in ty.fields))
    if isinstance(ty, (ArrayType, VectorType)):
        return Aggregate(tuple(make_poison(ty.element) for _ in range(ty.count)))
    return Bits(z3.BitVecVal(0, bit_width(ty)), TRUE)


def make_zero(ty: Type) -> Value:
    if isinstance(ty, PtrType):
        return Pointer(z3.BitVecVal(0, BLOCK_BITS), z3.BitVecVal(0, ADDR_BITS), FALSE)
    if isinstance(ty, StructType):
        return Aggregate(tuple(make_zero(f) for f in ty.fields))
    if isinstance(ty, (ArrayType, VectorType)):
        return Aggregate(tuple(make_zero(ty.element) for _ in range(ty.count)))
    return Bits(z3.BitVecVal(0, bit_width(ty)), FALSE)


def make_fresh(ty: Type, name: str, poison: z3.BoolRef = FALSE) -> tuple[Value, list[z3.ExprRef]]:
    """A value with fresh unconstrained bits; also returns the new z3 constants (for quantification)."""
    if isinstance(ty, PtrType):
        o = z3.BitVec(name + ".addr", ADDR_BITS)
        # A fresh pointer only ever points outside the function (block 0): locals have not escaped.
        return Pointer(z3.BitVecVal(0, BLOCK_BITS), o, poison), [o]
    if isinstance(ty, (StructType, ArrayType, VectorType)):
        fields = ty.fields if isinstance(ty, StructType) else (ty.element,) * ty.count
        elems, consts = [], []
        for i, f in enumerate(fields):
            e, c = make_fresh(f, f"{name}.{i}", poison)
            elems.append(e)
            consts.extend(c)
        return Aggregate(tuple(elems)), consts
    bv = z3.BitVec(name, bit_width(ty))
    return Bits(bv, poison), [bv]


def _ite(c: z3.BoolRef, a: z3.ExprRef, b: z3.ExprRef) -> z3.ExprRef:
    if a.eq(b):
        return a
    return z3.If(c, a, b)


def merge_values(cond: z3.BoolRef, a: Value, b: Value) -> Value:
    """``cond ? a : b`` for two values of the same type."""
    if a is b:
        return a
    if isinstance(a, Bits) and isinstance(b, Bits):
        return Bits(_ite(cond, a.bv, b.bv), _ite(cond, a.poison, b.poison))
    if isinstance(a, Pointer) and isinstance(b, Pointer):
        root = None if a.root is None and b.root is None else _ite(cond, a.origin, b.origin)
        return Pointer(
            _ite(cond, a.block, b.block), _ite(cond, a.offset, b.offset), _ite(cond, a.poison, b.poison), root
        )
    if isinstance(a, Aggregate) and isinstance(b, Aggregate) and len(a.elements) == len(b.elements):
        return Aggregate(tuple(merge_values(cond, x, y) for x, y in zip(a.elements, b.elements, strict=False)))
    raise Unsupported("merging values of different kinds")


def values_refine(src: Value, tgt: Value) -> z3.BoolRef:
    """The target value refines the source value: source poison, or target not poison and equal bits."""
    if isinstance(src, Aggregate) and isinstance(tgt, Aggregate):
        return z3.And(*[values_refine(s, t) for s, t in zip(src.elements, tgt.elements, strict=False)])
    if isinstance(src, Bits) and isinstance(tgt, Bits):
        return z3.Or(src.poison, z3.And(z3.Not(tgt.poison), src.bv == tgt.bv))
    if isinstance(src, Pointer) and isinstance(tgt, Pointer):
        return z3.Or(src.poison, z3.And(z3.Not(tgt.poison), src.block == tgt.block, src.offset == tgt.offset))
    return FALSE


def float_sort(ty: FloatType) -> z3.FPSortRef:
    if ty.kind == "x86_fp80":
        raise Unsupported("x86_fp80 arithmetic")
    return {
        "half": z3.FloatHalf(),
        "bfloat": z3.FPSort(8, 8),
        "float": z3.Float32(),
        "double": z3.Float64(),
        "fp128": z3.Float128(),
    }[ty.kind]
