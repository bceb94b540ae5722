"""Memory intrinsics (``llvm.memcpy``/``memmove``/``memset``) and lifetime markers, on the byte-level memory model.

Why apart from ``calls``: they are not calls to anything outside the function but writes and reads of bytes the
memory model sees one by one (a constant length up to ``MAX_MEM_INTRINSIC``, any integer width, unsigned); lifetime
markers reset a local's bytes (uninitialized at ``lifetime.start``, dead at ``lifetime.end``). Volatile ones are
observable accesses: Unsupported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt.access import State
from llmopt.verify.smt.ir import Instruction, IntConst, IntType, TypedOperand, Unsupported
from llmopt.verify.smt.memory import NO_ROOT_MAP, UNDEF_BIT, UNINIT_BIT, ByteMap, dead_cell, make_cell, with_flag
from llmopt.verify.smt.values import FALSE, Bits, Pointer

if TYPE_CHECKING:
    from llmopt.verify.smt.encoder import FunctionEncoder

MAX_MEM_INTRINSIC = 256


def _align_attr(attrs: tuple[str, ...]) -> int:
    for a in attrs:
        if a.startswith("align "):
            return int(a.split()[1])
    return 1


def _const_len(op: TypedOperand) -> int:
    """The length of a memory intrinsic: an unsigned integer of any width (``i8 -1`` is 255 bytes)."""
    if not isinstance(op.value, IntConst) or not isinstance(op.type, IntType):
        raise Unsupported("memcpy/memset with a variable length")
    n = op.value.value % (1 << op.type.bits)
    if n > MAX_MEM_INTRINSIC:
        raise Unsupported(f"memcpy/memset longer than {MAX_MEM_INTRINSIC} bytes")
    return n


def lifetime_marker(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> None:
    """LangRef: on the first byte of a local, ``lifetime.start`` makes it alive with an uninitialized value and
    ``lifetime.end`` makes it dead; on any other object they do nothing. Dead bytes are poison and uninitialized at
    once (``memory.dead_cell``): loading them is an approximation in the source, and any access to them is UB in the
    target (``MemoryAccess.check_dead``)."""
    ptr = enc._operand(inst.operands[-1], st)
    if not isinstance(ptr, Pointer) or not z3.is_bv_value(ptr.block):
        raise Unsupported(f"llvm.{key} on a pointer whose object is not known")
    bid = ptr.block.as_long()
    if bid == 0:
        return  # not a stack object: a no-op
    if not z3.is_true(z3.simplify(ptr.offset == 0)):
        raise Unsupported(f"llvm.{key} inside a local variable")
    cell = dead_cell() if key == "lifetime.end" else make_cell(z3.BitVecVal(0, 8), FALSE, None, uninit=True)
    st.memory = st.memory.with_block(bid, ByteMap.of_cell(cell), NO_ROOT_MAP)


def memory_intrinsic(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> None:
    dst_align = _align_attr(inst.operands[0].attrs)
    src_align = _align_attr(inst.operands[1].attrs) if not key.startswith("memset") else 1
    dst = enc._operand(inst.operands[0], st)
    assert isinstance(dst, Pointer)
    n = _const_len(inst.operands[2])
    volatile = inst.operands[3].value if len(inst.operands) > 3 else None
    if not (isinstance(volatile, IntConst) and volatile.value == 0) and not key.endswith(".inline"):
        # LangRef: a volatile memcpy/memmove/memset is a volatile access (its count and order are observable).
        raise Unsupported(f"volatile llvm.{key}")
    if n == 0:
        return None
    if key.startswith("memset"):
        val = enc._operand(inst.operands[1], st)
        assert isinstance(val, Bits)
        enc.check_access(dst, n, dst_align, "write")
        enc.check_dead(st.memory, dst, n)
        enc.target_observes_undef(val, "stores (memset)")
        cells = [make_cell(val.bv, val.poison) for _ in range(n)]
        st.memory = enc.write_cells(st.memory, dst, cells)
        return None
    src = enc._operand(inst.operands[1], st)
    assert isinstance(src, Pointer)
    enc.check_access(src, n, src_align, "read")
    enc.check_access(dst, n, dst_align, "write")
    enc.check_dead(st.memory, src, n)
    enc.check_dead(st.memory, dst, n)
    if key.startswith("memcpy"):
        # LangRef: source and destination are either equal or do not overlap; equal is defined (a no-op copy).
        same = src.block == dst.block
        lo_ok = z3.Or(z3.ULE(src.offset + n, dst.offset), z3.ULE(dst.offset + n, src.offset))
        enc.add_ub(z3.And(same, src.offset != dst.offset, z3.Not(lo_ok)))
    # Uninitialized bytes stay uninitialized in the copy; only loading them is special.
    cells = []
    for data, poison, uninit, tag, undef in enc.read_cells(st.memory, src, n):
        cell = make_cell(data, poison, tag, False)
        cells.append(with_flag(with_flag(cell, UNINIT_BIT, uninit), UNDEF_BIT, undef))
    # Pointers copied keep their provenance.
    st.memory = enc.write_cells(st.memory, dst, cells, enc.read_roots(st.memory, src, n))
    return None


__all__ = ["MAX_MEM_INTRINSIC", "lifetime_marker", "memory_intrinsic"]
