"""The bytes of a global's constant initializer, for folding loads from an exact ``constant`` global.

``initializer_bytes`` gives, per byte of the global's allocation, an int (a data byte), ``("name", i)`` (byte ``i``
of the address of global or function ``@name``: a table of pointers such as SimplifyCFG's ``switch.table.*``, or of
handlers) or None (padding between struct fields: no constraint), or None for the whole initializer when it is not
modelled (constant expressions, undef, floating-point types without an exact encoding, or too large). A global
whose initializer is not modelled has unknown contents; a refutation that reads it is reported INCONCLUSIVE
(``SharedInputs.opaque_constants``).
"""

from __future__ import annotations

from llmopt.verify.smt.ir import (
    AggregateConst,
    ArrayType,
    FloatConst,
    FloatType,
    Global,
    IntConst,
    IntType,
    NullConst,
    PtrType,
    StringConst,
    StructType,
    Type,
    TypedOperand,
    Unsupported,
    ZeroConst,
    alloc_size,
    store_size,
    struct_layout,
)
from llmopt.verify.smt.support import float_constant_bits

MAX_INITIALIZER_BYTES = 4096
InitByte = int | tuple[str, int] | None


def initializer_bytes(ty: Type, init: TypedOperand) -> list[InitByte] | None:
    """The initializer's bytes (little-endian; see the module docstring), None when not modelled."""
    try:
        total = alloc_size(ty)
    except Unsupported:
        return None
    if total > MAX_INITIALIZER_BYTES:
        return None
    try:
        return _bytes(ty, init, total)
    except Unsupported:
        return None


def _bytes(ty: Type, init: TypedOperand, total: int) -> list[InitByte] | None:
    v = init.value
    if isinstance(v, ZeroConst) or (isinstance(v, NullConst) and isinstance(ty, PtrType)):
        return [0] * total
    if isinstance(v, StringConst):
        return [*v.data, *([0] * (total - len(v.data)))]
    if isinstance(ty, IntType) and isinstance(v, IntConst):
        n = store_size(ty)
        # The value zero-extended from its width: the bits beyond it in the last byte are zero, as a store of the
        # type writes them (a load of the type then reads them back).
        return [*(v.value % (1 << ty.bits)).to_bytes(n, "little"), *([None] * (total - n))]
    if isinstance(ty, FloatType) and isinstance(v, FloatConst) and ty.kind in ("float", "double", "half"):
        n = store_size(ty)
        return [*float_constant_bits(v.text, ty).to_bytes(n, "little"), *([None] * (total - n))]
    if isinstance(ty, PtrType) and isinstance(v, Global):
        # A global's or a function's address (a dispatch table of {name, handler} pairs).
        return [(v.name, i) for i in range(8)]
    if isinstance(ty, ArrayType) and isinstance(v, AggregateConst):
        out: list[InitByte] = []
        step = alloc_size(ty.element)
        for e in v.elements:
            part = _bytes(ty.element, e, step)
            if part is None:
                return None
            out.extend(part)
        return out + [None] * (total - len(out))
    if isinstance(ty, StructType) and isinstance(v, AggregateConst):
        offsets, size = struct_layout(ty)
        struct_out: list[InitByte] = [None] * size  # padding: unconstrained
        for off, fty, e in zip(offsets, ty.fields, v.elements, strict=True):
            part = _bytes(fty, e, store_size(fty) if isinstance(fty, (IntType, FloatType)) else alloc_size(fty))
            if part is None:
                return None
            struct_out[off : off + len(part)] = part
        return struct_out[:total] + [None] * (total - size)
    return None
