"""The byte-level memory model: one byte map per memory block, shared external memory, read-over-write expansion.

Block 0 is all memory outside the function (what pointer arguments, globals and ``inttoptr`` point to): a flat
64-bit address space whose initial content is shared by source and target. Which bytes a pointer may touch is given
by the object of its *root* (the pointer it was derived from with getelementptr): ``[lo(root), hi(root))`` with
``lo``/``hi`` uninterpreted and shared (any memory layout), globals being their own exact objects. So pointer
arguments may alias each other and globals, as in reality, and a target that touches a byte the source never
touched is refuted with an object that ends before it. Blocks 1.. are the function's allocas: fixed size, private,
out-of-bounds access is UB.

Each byte cell is a 19-bit vector: bits 0-7 data, bit 8 poison, bit 9 "never written" (uninitialized alloca), bits
10-17 the block id of a pointer whose bytes these are (0 for integers and external pointers), bit 18 "undef": a byte
of undef the caller's memory held, or a copy of one (only in the undef-aware check, ``SharedInputs.undef_memory``;
a load reads it as a fresh undef byte, each load its own).

Provenance survives memory: next to each block's bytes a *root map* holds, per byte, the root of the pointer whose
bytes these are (65 bits: bit 64 "known", bits 0-63 the root). A pointer stored and reloaded keeps its object, so
``store gep(@g, i)`` into a local and a later store through the reloaded pointer is bounded by ``@g`` exactly as the
direct store is (without it, the reload was its own root, an unconstrained object, and a target storing directly was
refuted for UB the source has too). Bytes written as integers, and pointers already in memory when the function
starts or written by a call, have no known root: such a pointer is its own root, as before.

``lifetime.start`` on a local makes its bytes uninitialized again, ``lifetime.end`` makes them dead (poison and
uninitialized at once): the target may not touch them. Not covered: free/realloc (an object stays accessible),
pointers to allocas stored outside the function (reported as an approximation, hence INCONCLUSIVE), a pointer assembled
from the bytes of different pointers (its first byte's root is used; mixed blocks are an approximation).
"""

from __future__ import annotations

from collections.abc import Callable

import z3

from llmopt.verify.smt.values import ADDR_BITS, BLOCK_BITS, FALSE, Bits, Pointer

CELL_BITS = 19
DATA_HI = 7
POISON_BIT = 8
UNINIT_BIT = 9
TAG_LO, TAG_HI = 10, 17
UNDEF_BIT = 18
ROOT_BITS = ADDR_BITS + 1
NO_ROOT = z3.BitVecVal(0, ROOT_BITS)
# "Written by this function as an integer": no provenance; a pointer loaded from such bytes is as if made by inttoptr.
INT_ROOT = z3.BitVecVal(1, ROOT_BITS)


def root_cell(root: z3.BitVecRef) -> z3.BitVecRef:
    """A root-map cell saying "this byte belongs to a pointer derived from ``root``"."""
    return z3.Concat(z3.BitVecVal(1, 1), root)


def root_from_cell(cell: z3.BitVecRef, address: z3.BitVecRef) -> z3.BitVecRef | None:
    """The root recorded in ``cell`` for a pointer whose value is ``address``; None when the cell is statically
    "no known root" (the pointer is its own root, which keeps its provenance syntactic where it was)."""
    if cell.eq(NO_ROOT) or z3.simplify(cell).eq(NO_ROOT):
        return None
    known = z3.Extract(ADDR_BITS, ADDR_BITS, cell) == 1
    root = z3.Extract(ADDR_BITS - 1, 0, cell)
    truth = static_truth(known)
    if truth is True:
        return z3.simplify(root)
    if truth is False:
        return None
    return z3.If(known, root, address)


def make_cell(
    data: z3.BitVecRef, poison: z3.BoolRef, tag: z3.BitVecRef | None = None, uninit: bool = False
) -> z3.BitVecRef:
    tag = tag if tag is not None else z3.BitVecVal(0, BLOCK_BITS)
    poison_bit = z3.If(poison, z3.BitVecVal(1, 1), z3.BitVecVal(0, 1))
    return z3.Concat(z3.BitVecVal(0, 1), tag, z3.BitVecVal(int(uninit), 1), poison_bit, data)


def dead_cell() -> z3.BitVecRef:
    """A byte of a local after ``lifetime.end``: poison and "never written" at once (no live byte is both)."""
    return make_cell(z3.BitVecVal(0, 8), z3.BoolVal(True), None, uninit=True)


def cell_data(cell: z3.BitVecRef) -> z3.BitVecRef:
    return z3.Extract(DATA_HI, 0, cell)


def cell_poison(cell: z3.BitVecRef) -> z3.BoolRef:
    return z3.Extract(POISON_BIT, POISON_BIT, cell) == 1


def cell_uninit(cell: z3.BitVecRef) -> z3.BoolRef:
    return z3.Extract(UNINIT_BIT, UNINIT_BIT, cell) == 1


def cell_undef(cell: z3.BitVecRef) -> z3.BoolRef:
    return z3.Extract(UNDEF_BIT, UNDEF_BIT, cell) == 1


def with_flag(cell: z3.BitVecRef, bit: int, cond: z3.BoolRef) -> z3.BitVecRef:
    """``cell`` with flag ``bit`` (``UNINIT_BIT``, ``UNDEF_BIT``) set where ``cond`` holds: what a copy keeps."""
    return cell if z3.is_false(cond) else z3.If(cond, cell | (1 << bit), cell)


def cell_tag(cell: z3.BitVecRef) -> z3.BitVecRef:
    return z3.Extract(TAG_HI, TAG_LO, cell)


def bits_to_cells(value: Bits, nbytes: int) -> list[z3.BitVecRef]:
    """Little-endian bytes of a scalar (zero-extended to whole bytes)."""
    bv = value.bv
    width = bv.size()
    if width < nbytes * 8:
        bv = z3.ZeroExt(nbytes * 8 - width, bv)
    return [make_cell(z3.Extract(8 * i + 7, 8 * i, bv), value.poison) for i in range(nbytes)]


def pointer_to_cells(ptr: Pointer) -> list[z3.BitVecRef]:
    return [make_cell(z3.Extract(8 * i + 7, 8 * i, ptr.offset), ptr.poison, ptr.block) for i in range(8)]


def static_truth(cond: z3.BoolRef) -> bool | None:
    """True/False when ``cond`` simplifies to a constant, else None (saves solver work on concrete addresses)."""
    if z3.is_true(cond) or z3.is_false(cond):
        return z3.is_true(cond)
    simple = z3.simplify(cond)
    if z3.is_true(simple):
        return True
    if z3.is_false(simple):
        return False
    return None


class ByteMap:
    """The contents of one memory block as a tree of writes over a base (a z3 array or one constant cell).

    Reads are expanded eagerly into if-then-else chains over the writes (read-over-write), so the solver only sees
    selects on the untouched base arrays; this is much faster and more predictable than array theory over stores.
    """

    __slots__ = ("addr", "base", "cell", "cond", "keeps", "kind", "other", "pairs", "parent")

    def __init__(
        self,
        kind: str,
        *,
        parent: ByteMap | None = None,
        other: ByteMap | None = None,
        addr: z3.BitVecRef | None = None,
        cell: z3.BitVecRef | None = None,
        cond: z3.BoolRef | None = None,
        base: z3.ArrayRef | None = None,
    ) -> None:
        self.kind, self.parent, self.other = kind, parent, other
        self.addr, self.cell, self.cond, self.base = addr, cell, cond, base
        self.keeps: Callable[[z3.BitVecRef], z3.BoolRef] | None = None
        # A "rename" node: its parent with these (variable, copy) pairs substituted (``undef.observe_memory``).
        self.pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []

    @staticmethod
    def of_array(array: z3.ArrayRef) -> ByteMap:
        return ByteMap("array", base=array)

    @staticmethod
    def of_cell(cell: z3.BitVecRef) -> ByteMap:
        return ByteMap("const", cell=cell)

    def store(self, addr: z3.BitVecRef, cell: z3.BitVecRef) -> ByteMap:
        return ByteMap("store", parent=self, addr=addr, cell=cell)

    @staticmethod
    def merge(cond: z3.BoolRef, a: ByteMap, b: ByteMap) -> ByteMap:
        if a is b:
            return a
        truth = static_truth(cond)
        if truth is not None:
            return a if truth else b
        return ByteMap("ite", cond=cond, parent=a, other=b)

    @staticmethod
    def keeping(keeps: Callable[[z3.BitVecRef], z3.BoolRef], kept: ByteMap, other: ByteMap) -> ByteMap:
        """``kept`` at the addresses where ``keeps`` holds, ``other`` elsewhere (a callee that may write only some
        objects: its response memory outside them is the caller's memory as it was)."""
        out = ByteMap("keep", parent=kept, other=other)
        out.keeps = keeps
        return out

    def renamed(self, pairs: list[tuple[z3.ExprRef, z3.ExprRef]]) -> ByteMap:
        """This map with each (variable, copy) pair substituted in every cell read from it."""
        out = ByteMap("rename", parent=self)
        out.pairs = pairs
        return out

    def children(self) -> list[ByteMap]:
        """The maps this one is built over."""
        return [m for m in (self.parent, self.other) if m is not None]

    def terms(self) -> list[z3.ExprRef]:
        """The z3 terms this node itself holds (not its children's): a written cell, its address, a condition."""
        return [t for t in (self.addr, self.cell, self.cond) if t is not None]

    def select(self, addr: z3.BitVecRef) -> z3.BitVecRef:
        memo: dict[int, z3.BitVecRef] = {}
        return self._select(addr, memo)

    def _select(self, addr: z3.BitVecRef, memo: dict[int, z3.BitVecRef]) -> z3.BitVecRef:
        key = id(self)
        if key in memo:
            return memo[key]
        if self.kind == "array":
            out = z3.Select(self.base, addr)
        elif self.kind == "const":
            out = self.cell
        elif self.kind == "rename":
            out = z3.substitute(self.parent._select(addr, memo), *self.pairs)  # type: ignore[union-attr]
        elif self.kind == "keep":
            a = self.parent._select(addr, memo)  # type: ignore[union-attr]
            b = self.other._select(addr, memo)  # type: ignore[union-attr]
            out = a if a.eq(b) else z3.If(self.keeps(addr), a, b)  # type: ignore[misc]
        elif self.kind == "ite":
            a = self.parent._select(addr, memo)  # type: ignore[union-attr]
            b = self.other._select(addr, memo)  # type: ignore[union-attr]
            out = a if a.eq(b) else z3.If(self.cond, a, b)
        else:
            hit = static_truth(self.addr == addr) if not self.addr.eq(addr) else True  # type: ignore[union-attr]
            if hit is True:
                out = self.cell
            else:
                rest = self.parent._select(addr, memo)  # type: ignore[union-attr]
                out = rest if hit is False else z3.If(self.addr == addr, self.cell, rest)
        memo[key] = out
        return out


NO_ROOT_MAP = ByteMap.of_cell(NO_ROOT)


class MemoryState:
    """The contents of every block at one program point, and their root maps (immutable: updates return a new
    state). A block without a root map entry holds no pointer of known provenance."""

    def __init__(self, arrays: dict[int, ByteMap], roots: dict[int, ByteMap] | None = None) -> None:
        self.arrays = arrays
        self.roots = roots if roots is not None else {}

    def root_map(self, block: int) -> ByteMap:
        return self.roots.get(block, NO_ROOT_MAP)

    def with_block(self, block: int, array: ByteMap, roots: ByteMap | None = None) -> MemoryState:
        """The state with ``block`` replaced; its root map too when ``roots`` is given, else kept."""
        arrays = dict(self.arrays)
        arrays[block] = array
        root_maps = dict(self.roots)
        if roots is not None:
            root_maps[block] = roots
        return MemoryState(arrays, root_maps)


def merge_memory(cond: z3.BoolRef, a: MemoryState, b: MemoryState) -> MemoryState:
    arrays = {k: ByteMap.merge(cond, a.arrays[k], b.arrays.get(k, a.arrays[k])) for k in a.arrays}
    roots = {k: ByteMap.merge(cond, a.root_map(k), b.root_map(k)) for k in set(a.roots) | set(b.roots)}
    return MemoryState(arrays, roots)


def no_overflow_range(offset: z3.BitVecRef, nbytes: int, size: int) -> z3.BoolRef:
    """offset .. offset+nbytes-1 lies within [0, size) (unsigned, without wrap-around)."""
    if nbytes > size:
        return FALSE
    return z3.ULE(offset, z3.BitVecVal(size - nbytes, ADDR_BITS))
