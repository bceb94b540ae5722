"""Memory accesses of one function under the byte model of ``memory``: alloca layout, bounds/alignment/attribute
checks, cell reads and writes, typed loads and stores, getelementptr.

``MemoryAccess`` is the half of ``FunctionEncoder`` that touches memory; it is a mixin (not a separate object)
because ``semantics`` and ``calls`` reach both halves through the one encoder they are given (``enc.check_access``,
``enc.write_cells``). It relies on the encoder for ``add_ub``/``add_approx`` and ``_operand``.

Not covered (``Unsupported``): allocas outside the entry block or of variable size, more than 255 allocas,
getelementptr on vectors, with a variable struct index or an index wider than 64 bits; the target's !range/!nonnull/
... metadata (``RISKY_METADATA``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt import escapes
from llmopt.verify.smt.ir import (
    ArrayType,
    Function,
    Instruction,
    IntConst,
    IntType,
    Module,
    PtrType,
    StructType,
    Type,
    TypedOperand,
    Unsupported,
    VectorType,
    alloc_size,
    store_size,
    struct_layout,
    vector_lane_bytes,
)
from llmopt.verify.smt.memory import (
    INT_ROOT,
    NO_ROOT,
    ByteMap,
    MemoryState,
    bits_to_cells,
    cell_data,
    cell_poison,
    cell_tag,
    cell_undef,
    cell_uninit,
    make_cell,
    no_overflow_range,
    pointer_to_cells,
    root_cell,
    root_from_cell,
    static_truth,
)
from llmopt.verify.smt.undef import components
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
    poison_of,
)

if TYPE_CHECKING:
    from llmopt.verify.smt.shared import SharedInputs


# How many low bits of a local's address are modelled (alignments up to 4096).
LOCAL_ADDRESS_BITS = 12


@dataclass
class State:
    env: dict[str, Value]
    memory: MemoryState
    calls: z3.BitVecRef  # number of external calls made so far


class MemoryAccess:
    """The memory half of ``FunctionEncoder`` (see the module docstring)."""

    fn: Function
    module: Module
    shared: SharedInputs
    is_target: bool
    memory_rules: dict[str, str] | None
    arg_roots: list[z3.BitVecRef]
    tracks_int_bytes: bool
    arg_limits: dict[int, set[str]]
    alloca_ids: dict[str, int]
    block_sizes: dict[int, int]
    block_aligns: dict[int, int]
    local_pointer_stored: bool
    tracks_dead: bool = False

    if TYPE_CHECKING:

        def add_ub(self, cond: z3.BoolRef) -> None: ...

        def add_approx(self, cond: z3.BoolRef, reason: str) -> None: ...

        def _operand(self, op: TypedOperand, st: State, fresh: bool = True) -> Value: ...

        def undef_varies(self, *terms: z3.ExprRef) -> z3.BoolRef: ...

        def target_observes_undef(self, value: Value, what: str, where: z3.BoolRef = ...) -> None: ...

        calls_take_pointers: bool

        def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef: ...

        def undef_byte(self, block: z3.BitVecRef, address: z3.BitVecRef) -> z3.BitVecRef: ...

    def _layout_allocas(self) -> MemoryState:
        arrays: dict[int, ByteMap] = {0: ByteMap.of_array(self.shared.mem0)}
        uninit = make_cell(z3.BitVecVal(0, 8), FALSE, None, uninit=True)
        for bi, block in enumerate(self.fn.blocks):
            for inst in block.instructions:
                if inst.opcode != "alloca":
                    continue
                if bi != 0:
                    raise Unsupported("alloca outside the entry block")
                count = 1
                if inst.operands:
                    c = inst.operands[0].value
                    if not isinstance(c, IntConst):
                        raise Unsupported("alloca with a variable size")
                    # The count is unsigned (LangRef: ``alloca i8, i8 -1`` holds 255 bytes).
                    count_ty = inst.operands[0].type
                    count = c.value % (1 << count_ty.bits) if isinstance(count_ty, IntType) else c.value
                bid = len(self.alloca_ids) + 1
                if bid >= 1 << BLOCK_BITS:
                    raise Unsupported("more than 255 allocas")
                self.alloca_ids[inst.result or ""] = bid
                self.block_sizes[bid] = alloc_size(inst.type) * count
                self.block_aligns[bid] = max(inst.align, 1)
                arrays[bid] = ByteMap.of_cell(uninit)
        self.tracks_dead = self.is_target and any(
            (inst.callee or "").startswith("llvm.lifetime.end")
            for block in self.fn.blocks
            for inst in block.instructions
        )
        return MemoryState(arrays)

    def check_dead(self, mem: MemoryState, ptr: Pointer, nbytes: int) -> None:
        """The target touching a local after ``lifetime.end`` is UB (LangRef: the object is dead)."""
        if self.tracks_dead and not z3.is_true(z3.simplify(ptr.block == 0)):
            self.add_ub(z3.Or(*[z3.And(c[1], c[2]) for c in self.read_cells(mem, ptr, nbytes)]))

    def blocks(self) -> list[int]:
        return [0, *self.block_sizes]

    def check_access(self, ptr: Pointer, nbytes: int, align: int, kind: str = "") -> None:
        """UB conditions of touching ``nbytes`` at ``ptr`` (poison pointer, out of bounds, misaligned, and for a
        target declaring ``memory(...)``, an access of ``kind`` "read"/"write" the declaration does not allow)."""
        self.add_ub(z3.Or(ptr.poison, self.undef_varies(ptr.block, ptr.offset)))
        is_ext = ptr.block == 0
        if kind and self.memory_rules is not None:
            self._check_memory_rule(ptr, kind)
        if kind and self.arg_limits:
            self._check_arg_limits(ptr, kind)
        if kind == "write":
            self._check_constant_write(ptr)
            # Memory outside the function may be read-only (LangRef: `dereferenceable` does not make it writable).
            self.add_ub(z3.And(is_ext, z3.Not(self.shared.writable(ptr.origin))))
        # External memory: accessible only inside the object of the pointer's provenance (its root).
        lo, hi = self.shared.object_bounds(ptr.origin)
        end = z3.ZeroExt(1, ptr.offset) + nbytes
        ext_bad = [z3.ULT(ptr.offset, lo), z3.UGT(end, z3.ZeroExt(1, hi))]
        if align > 1:
            ext_bad.append(z3.Extract(align.bit_length() - 2, 0, ptr.offset) != 0)
        self.add_ub(z3.And(is_ext, z3.Or(*ext_bad)))
        known = [is_ext]
        for bid, size in self.block_sizes.items():
            here = ptr.block == bid
            known.append(here)
            bad = [z3.Not(no_overflow_range(ptr.offset, nbytes, size))]
            if align > 1:
                misaligned = z3.Extract(align.bit_length() - 2, 0, ptr.offset) != 0
                if align > self.block_aligns[bid]:
                    misaligned = self._misaligned_local(bid, ptr.offset, align)
                bad.append(misaligned)
            self.add_ub(z3.And(here, z3.Or(*bad)))
        self.add_ub(z3.Not(z3.Or(*known)))

    def _misaligned_local(self, bid: int, offset: z3.BitVecRef, align: int) -> z3.BoolRef:
        """An access more aligned than its local promises: the local's address is a nondeterministic choice aligned
        to what its ``alloca`` says, so the access is UB where that address is not aligned enough. The address bits
        are shared by the two sides' locals of the same number: every target address is covered (an input), and the
        source's is one of its own possible addresses (rounded down to its alignment), so an identical access is UB
        on both sides alike."""
        if align > 1 << LOCAL_ADDRESS_BITS:
            return TRUE if self.is_target else FALSE
        low = self.shared.alloca_low.setdefault(bid, z3.BitVec(f"alloca{bid}.address", LOCAL_ADDRESS_BITS))
        address = (low & ~(self.block_aligns[bid] - 1)) + z3.Extract(LOCAL_ADDRESS_BITS - 1, 0, offset)
        return z3.Extract(align.bit_length() - 2, 0, address) != 0

    def _blocks_for(self, ptr: Pointer) -> list[int]:
        """The blocks ``ptr`` may point into (one when its block id is a constant, as it almost always is)."""
        if z3.is_bv_value(ptr.block):
            bid = ptr.block.as_long()
            return [bid] if bid in self.block_sizes or bid == 0 else []
        return self.blocks()

    def _check_constant_write(self, ptr: Pointer) -> None:
        """A write into a ``constant`` global: what it does is not modelled (INCONCLUSIVE when reachable)."""
        for name, addr in self.shared.globals.items():
            g = self.module.globals.get(name)
            if g is not None and g.constant and ptr.origin.eq(addr):
                self.add_approx(ptr.block == 0, f"a write to constant global @{name}")

    def _check_arg_limits(self, ptr: Pointer, kind: str) -> None:
        """readonly/writeonly/readnone on a target parameter: the forbidden access through it is UB; through a
        pointer of unknown provenance (which might be based on it) an approximation."""
        for i, root in enumerate(self.arg_roots):
            if ptr.origin.eq(root):
                if kind in self.arg_limits.get(i, ()):
                    self.add_ub(ptr.block == 0)
                return
        if any(ptr.origin.eq(addr) for addr in self.shared.globals.values()):
            return
        if any(kind in forbidden for forbidden in self.arg_limits.values()):
            self.add_approx(
                ptr.block == 0,
                f"a {kind} through a pointer that may be based on a parameter "
                f"promised not to be {'written' if kind == 'write' else 'read'}",
            )

    def _check_memory_rule(self, ptr: Pointer, kind: str) -> None:
        """The function's memory(...) attribute: a forbidden access is UB (LangRef) when the pointer's provenance is
        known syntactically (an argument, a global); in the target an approximation (INCONCLUSIVE) when it is not."""
        is_ext = ptr.block == 0
        rules = self.memory_rules or {}
        if any(ptr.origin.eq(a) for a in self.arg_roots):
            locations = ["argmem"]
        else:
            name = next((n for n, addr in self.shared.globals.items() if ptr.origin.eq(addr)), None)
            if name is not None:
                g = self.module.globals.get(name)
                if g is not None and g.constant and kind == "read":
                    return  # reading constant memory is not a memory effect
                locations = ["other"]
            else:
                locations = ["argmem", "other"]
        forbidden = [loc for loc in locations if kind not in rules.get(loc, "")]
        if len(forbidden) == len(locations):
            self.add_ub(is_ext)
        elif forbidden and self.is_target:
            # (In the source, fewer UBs only make a proof harder: nothing is assumed.)
            self.add_approx(is_ext, f"a {kind} through a pointer of unknown provenance in a memory(...) function")

    def read_cells(self, mem: MemoryState, ptr: Pointer, nbytes: int):
        """Per byte: (data, poison, uninit, tag, undef); external memory never holds uninit bytes or local pointers,
        and undef bytes (``memory.UNDEF_BIT``) only in the undef-aware check."""
        blocks = self._blocks_for(ptr) or [0]
        undef_memory = self.shared.undef_memory and not self._in_defined_constant(ptr)
        out = []
        for i in range(nbytes):
            addr = ptr.offset + i if i else ptr.offset
            data = poison = uninit = tag = undef = None
            for bid in blocks:
                cell = mem.arrays[bid].select(addr)
                # A byte this function wrote is never undef: no undef variable for it, so both sides' loads of the
                # caller's bytes stay paired by position.
                undef_here = cell_undef(cell) if undef_memory else FALSE
                fields = (
                    cell_data(cell),
                    cell_poison(cell),
                    FALSE if bid == 0 else cell_uninit(cell),
                    z3.BitVecVal(0, BLOCK_BITS) if bid == 0 else cell_tag(cell),
                    FALSE if static_truth(undef_here) is False else undef_here,
                )
                if data is None:
                    data, poison, uninit, tag, undef = fields
                else:
                    here = ptr.block == bid
                    data = z3.If(here, fields[0], data)
                    poison = z3.If(here, fields[1], poison)
                    uninit = z3.If(here, fields[2], uninit)
                    tag = z3.If(here, fields[3], tag)
                    undef = z3.If(here, fields[4], undef)
            out.append((data, poison, uninit, tag, undef))
        return out

    def _in_defined_constant(self, ptr: Pointer) -> bool:
        """Is ``ptr`` derived from a constant global whose initializer gives every byte? A load through it reads
        those bytes or is out of bounds (UB), so it reads no undef byte (cheaper: no flag to decide)."""
        shared = self.shared
        origin = ptr.origin
        return any(origin.eq(addr) and shared.defined_constant(name) for name, addr in shared.globals.items())

    def read_roots(self, mem: MemoryState, ptr: Pointer, nbytes: int) -> list[z3.BitVecRef]:
        """Per byte: the root-map cell (``memory.root_cell`` or ``NO_ROOT``)."""
        blocks = self._blocks_for(ptr) or [0]
        out = []
        for i in range(nbytes):
            addr = ptr.offset + i if i else ptr.offset
            cell = None
            for bid in blocks:
                here = mem.root_map(bid).select(addr)
                cell = here if cell is None or cell.eq(here) else z3.If(ptr.block == bid, here, cell)
            out.append(cell)
        return out

    def write_cells(
        self, mem: MemoryState, ptr: Pointer, cells: list[z3.BitVecRef], roots: list[z3.BitVecRef] | None = None
    ) -> MemoryState:
        """Memory after writing ``cells`` at ``ptr``, with ``roots`` (per byte) in the root maps; None: the bytes
        belong to no pointer of known provenance."""
        arrays = dict(mem.arrays)
        root_maps = dict(mem.roots)
        blocks = self._blocks_for(ptr)
        for bid in blocks:
            old, old_roots = mem.arrays[bid], mem.root_map(bid)
            updated, updated_roots = old, old_roots
            for i, cell in enumerate(cells):
                addr = ptr.offset + i if i else ptr.offset
                updated = updated.store(addr, cell)
                if roots is not None or bid in root_maps:
                    updated_roots = updated_roots.store(addr, roots[i] if roots is not None else NO_ROOT)
            arrays[bid] = updated if len(blocks) == 1 else ByteMap.merge(ptr.block == bid, updated, old)
            if updated_roots is not old_roots:
                root_maps[bid] = (
                    updated_roots if len(blocks) == 1 else ByteMap.merge(ptr.block == bid, updated_roots, old_roots)
                )
        return MemoryState(arrays, root_maps)

    def _load(self, inst: Instruction, st: State) -> Value:
        ty = inst.type
        ptr = self._operand(inst.operands[0], st)
        assert isinstance(ptr, Pointer)
        self.check_access(ptr, store_size(ty), inst.align or 1, "read")
        self._check_metadata(inst, LOAD_METADATA)
        # Undef bytes read are undef: the value keeps the bytes' undef variables, and each use instantiates them.
        value = self._load_value(st.memory, ptr, ty, noundef="noundef" in inst.metadata)
        # LangRef "load": with !nonnull a null result is poison; with !noundef a poison or undef result is UB.
        if "nonnull" in inst.metadata and not isinstance(value, Pointer) and self.is_target:
            raise Unsupported("!nonnull metadata on a load of a non-pointer in the target")
        if "nonnull" in inst.metadata and isinstance(value, Pointer):
            value = Pointer(
                value.block, value.offset, z3.Or(value.poison, z3.And(value.block == 0, value.offset == 0)), value.root
            )
        if "noundef" in inst.metadata:
            self.add_ub(z3.Or(poison_of(value), self.undef_varies(*components(value))))
        return value

    def _load_value(self, mem: MemoryState, ptr: Pointer, ty: Type, noundef: bool = False) -> Value:
        """The value of type ``ty`` at ``ptr``; aggregates field by field (padding is not read). ``noundef``
        (the load's ``!noundef``): reading an undef byte is UB, so the bytes keep their data, one value for all uses."""
        if isinstance(ty, StructType):
            offsets, _ = struct_layout(ty)
            return Aggregate(
                tuple(
                    self._load_value(mem, _offset_pointer(ptr, off), f, noundef)
                    for off, f in zip(offsets, ty.fields, strict=False)
                )
            )
        if isinstance(ty, (ArrayType, VectorType)):
            # Vector lanes are packed (store size, not alloc size, apart); array elements are alloc size apart.
            step = vector_lane_bytes(ty) if isinstance(ty, VectorType) else alloc_size(ty.element)
            return Aggregate(
                tuple(
                    self._load_value(mem, _offset_pointer(ptr, i * step), ty.element, noundef) for i in range(ty.count)
                )
            )
        nbytes = store_size(ty)
        cells = self.read_cells(mem, ptr, nbytes)
        poison = z3.Or(*[c[1] for c in cells])
        uninit = z3.Or(*[c[2] for c in cells])
        if self.is_target:
            if self.tracks_dead:
                self.add_ub(z3.Or(*[z3.And(c[1], c[2]) for c in cells]))
            poison = z3.Or(poison, uninit)
        else:
            self.add_approx(uninit, "the source reads an uninitialized local variable")
        # An undef byte (the caller's, or copied from it) reads as undef: a fresh undef variable per load, which
        # every use instantiates again (``undef``).
        if noundef:
            self.add_ub(z3.Or(*[c[4] for c in cells]))
            data = [c[0] for c in cells]
        else:
            data = [
                c[0] if z3.is_false(c[4]) else z3.If(c[4], self.undef_byte(ptr.block, ptr.offset + i), c[0])
                for i, c in enumerate(cells)
            ]
        bv = data[0] if nbytes == 1 else z3.Concat(*reversed(data))
        if isinstance(ty, PtrType):
            tag0 = cells[0][3]
            self.add_approx(z3.Or(*[c[3] != tag0 for c in cells[1:]]), "a pointer assembled from mixed bytes")
            root = self.read_roots(mem, ptr, 1)[0]
            if self.tracks_int_bytes:
                self.add_approx(
                    z3.And(root == INT_ROOT, z3.Not(poison), bv != 0),
                    "a pointer loaded from bytes stored as an integer",
                )
            escapes.loaded_pointer(self, root, poison)  # type: ignore[arg-type]
            return Pointer(tag0, bv, poison, root_from_cell(root, bv))
        width = bit_width(ty)
        self.add_approx(z3.Or(*[c[3] != 0 for c in cells]), "a local variable's address read as an integer")
        if width < nbytes * 8:
            # LangRef "load": an i1/i20 read from bytes not written by a store of its type is undefined. Read as
            # ``undef`` on both sides (each use may differ), recognised by its high bits not being zero (what both
            # sides' stores of the type leave): an undef variable of each side, so identical loads pair up.
            high = z3.Extract(nbytes * 8 - 1, width, bv) != 0
            bv = z3.If(high, self.fresh_bits(width, "undef"), z3.Extract(width - 1, 0, bv))
        return Bits(bv, poison)

    def _check_metadata(self, inst: Instruction, modelled: frozenset[str] = frozenset()) -> None:
        found = RISKY_METADATA.difference(modelled).intersection(inst.metadata)
        if found and self.is_target:
            raise Unsupported(f"!{sorted(found)[0]} metadata in the target")

    def _store(self, inst: Instruction, st: State) -> None:
        val_op, ptr_op = inst.operands
        # Not a use that observes the value: the bytes keep its undef variables, and every use of a value loaded
        # from them instantiates them (one instance per store-then-load-then-use, as for a target that skips the
        # memory round trip); the caller and callees see memory through ``observed``.
        value = self._operand(val_op, st, fresh=False)
        ptr = self._operand(ptr_op, st)
        assert isinstance(ptr, Pointer)
        self.check_access(ptr, store_size(val_op.type), inst.align or 1, "write")
        self.check_dead(st.memory, ptr, store_size(val_op.type))
        # Only the caller's memory is observed: a local's bytes are read back by loads, each its own instance
        # (unless a call, memcpy say, may move them elsewhere).
        self.target_observes_undef(value, "stores", TRUE if self.calls_take_pointers else ptr.block == 0)
        st.memory = self._store_value(st.memory, ptr, value, val_op.type)

    @functools.cached_property
    def _byte_readers(self) -> tuple[frozenset[str], bool]:
        """The types the function loads, and whether it copies memory (``llvm.mem*``): what may read a narrow
        store's unspecified bits as something else (listed once per function, not per store)."""
        insts = [i for b in self.fn.blocks for i in b.instructions]
        loads = frozenset(str(i.type) for i in insts if i.opcode == "load")
        return loads, any((i.callee or "").startswith("llvm.mem") for i in insts)

    def _store_value(self, mem: MemoryState, ptr: Pointer, value: Value, ty: Type) -> MemoryState:
        """Memory after storing ``value``; aggregates field by field, a struct's padding filled with undef (LangRef
        "store"): a fresh undef byte each, which the source may choose; in the target such a store is an
        approximation (the bytes may reach the caller's memory: undef observed by the caller, see ``undef``)."""
        if isinstance(value, Aggregate):
            if isinstance(ty, StructType):
                offsets, size = struct_layout(ty)
                parts = list(zip(offsets, ty.fields, strict=False))
                covered: set[int] = set()
                for off, fty in parts:
                    covered.update(range(off, off + store_size(fty)))
                padding = [i for i in range(size) if i not in covered]
                if padding and self.is_target:
                    # Anywhere: a memcpy may carry the bytes from a local into the caller's memory.
                    self.add_approx(TRUE, "the target's aggregate store leaves undef padding in memory")
                for i in padding:
                    cell = make_cell(self.fresh_bits(8, "undef"), FALSE)
                    mem = self.write_cells(mem, _offset_pointer(ptr, i), [cell])
            elif isinstance(ty, ArrayType):
                parts = [(i * alloc_size(ty.element), ty.element) for i in range(ty.count)]
            elif isinstance(ty, VectorType):
                parts = [(i * vector_lane_bytes(ty), ty.element) for i in range(ty.count)]
            else:
                raise Unsupported(f"store of {ty}")
            for (off, fty), v in zip(parts, value.elements, strict=False):
                mem = self._store_value(mem, _offset_pointer(ptr, off), v, fty)
            return mem
        if isinstance(value, Pointer):
            self.local_pointer_stored |= not z3.is_true(z3.simplify(value.block == 0))
            self.add_approx(
                z3.And(ptr.block == 0, value.block != 0, z3.Not(value.poison)),
                "a local variable's address stored outside the function",
            )
            return self.write_cells(mem, ptr, pointer_to_cells(value), [root_cell(value.origin)] * 8)
        n = store_size(ty)
        width = value.bv.size()
        if width < 8 * n and self.is_target and isinstance(ty, IntType):
            # LangRef "store": what happens to the bits beyond an i1/i20's width is unspecified. Stored as zeros
            # (the source may choose so; a load of the same type reads them back), which is exact only where
            # nothing reads those bytes as another type: the caller's memory, or a function that loads or copies
            # bytes as other types too, makes the store an approximation.
            loads, copies = self._byte_readers
            others = loads - {str(ty)}
            risky = TRUE if others or copies or self.calls_take_pointers else ptr.block == 0
            self.add_approx(risky, f"a store of {ty} leaves the rest of its last byte unspecified")
        return self.write_cells(mem, ptr, bits_to_cells(value, n), [INT_ROOT] * n if self.tracks_int_bytes else None)

    def _gep(self, inst: Instruction, st: State) -> Value:
        base_op, *idx_ops = inst.operands
        base = self._operand(base_op, st)
        if not isinstance(base, Pointer) or any(isinstance(o.type, VectorType) for o in idx_ops):
            raise Unsupported("getelementptr on vectors of pointers or with vector indices")
        ty: Type = inst.source_type  # type: ignore[assignment]
        flags = inst.flags
        signed_nw = bool(flags & {"inbounds", "nusw"})
        unsigned_nw = "nuw" in flags
        offset = z3.BitVecVal(0, ADDR_BITS)
        # With no-wrap flags the offset arithmetic is checked in 130 bits (exact for 64-bit indices and sizes).
        wide_s = z3.BitVecVal(0, 130)
        wide_u = z3.BitVecVal(0, 130)
        poison = base.poison
        partial: list[z3.BoolRef] = []
        nonzero: list[z3.BoolRef] = []  # LangRef: a getelementptr whose indices are all zero is always inbounds
        for k, op in enumerate(idx_ops):
            iv = self._operand(op, st)
            assert isinstance(iv, Bits)
            poison = z3.Or(poison, iv.poison) if not z3.is_false(iv.poison) else poison
            nonzero.append(iv.bv != 0)
            if k == 0:
                scale, idx_bits = alloc_size(ty), iv.bv
            elif isinstance(ty, ArrayType):
                ty = ty.element
                scale, idx_bits = alloc_size(ty), iv.bv
            elif isinstance(ty, StructType):
                if not isinstance(op.value, IntConst):
                    raise Unsupported("getelementptr with a variable struct index")
                offsets, _ = struct_layout(ty)
                field_off = offsets[op.value.value]
                offset = offset + field_off
                wide_s = wide_s + field_off
                wide_u = wide_u + field_off
                ty = ty.fields[op.value.value]
                continue
            else:
                raise Unsupported(f"getelementptr into {ty}")
            n = idx_bits.size()
            if n > ADDR_BITS:
                raise Unsupported("getelementptr index wider than 64 bits")
            wide = z3.SignExt(ADDR_BITS - n, idx_bits) if n < ADDR_BITS else idx_bits
            offset = offset + (wide * scale if scale != 1 else wide)
            if signed_nw:
                term_s = z3.SignExt(130 - n, idx_bits) * scale
                wide_s = wide_s + term_s
                partial.extend([z3.Not(_fits_signed(term_s)), z3.Not(_fits_signed(wide_s))])
            if unsigned_nw:
                # The index is sign-extended to the index type first (whatever the flags), then read as unsigned.
                term_u = z3.ZeroExt(130 - ADDR_BITS, wide) * scale
                wide_u = wide_u + term_u
                partial.extend([z3.UGE(term_u, 1 << ADDR_BITS), z3.UGE(wide_u, 1 << ADDR_BITS)])
        result = base.offset + offset
        extra: list[z3.BoolRef] = list(partial)
        lo, hi = z3.BitVecVal(0, 130), z3.BitVecVal(1 << ADDR_BITS, 130)
        base_wide = z3.ZeroExt(130 - ADDR_BITS, base.offset)
        if signed_nw:
            total = base_wide + wide_s
            extra.append(z3.Or(z3.Not(_fits_signed(wide_s)), total < lo, total >= hi))
        if unsigned_nw:
            extra.append(z3.UGE(base_wide + wide_u, hi))
        if "inbounds" in flags:
            extra.append(z3.And(z3.Or(*nonzero), self._out_of_bounds(base, result)) if nonzero else FALSE)
        return Pointer(base.block, result, z3.Or(poison, *extra) if extra else poison, base.origin)

    def apart(self, a: Pointer, b: Pointer) -> z3.BoolRef:
        """Pointers into different objects whose addresses surely differ: each strictly inside its object (live
        objects do not overlap), or null against a local at most one past its end (a local is never at 0)."""

        def inside(p: Pointer, end: bool) -> z3.BoolRef:
            lo, hi = self.shared.object_bounds(p.origin)
            conds = [] if end else [z3.And(p.block == 0, z3.ULE(lo, p.offset), z3.ULT(p.offset, hi))]
            for bid, size in self.block_sizes.items():
                limit = z3.BitVecVal(size, ADDR_BITS)
                conds.append(z3.And(p.block == bid, z3.ULE(p.offset, limit) if end else z3.ULT(p.offset, limit)))
            return z3.Or(*conds) if conds else FALSE

        def null(p: Pointer) -> z3.BoolRef:
            return z3.And(p.block == 0, p.offset == 0)

        return z3.Or(
            z3.And(inside(a, False), inside(b, False)),
            z3.And(null(a), inside(b, True)),
            z3.And(null(b), inside(a, True)),
        )

    def _out_of_bounds(self, base: Pointer, result: z3.BitVecRef) -> z3.BoolRef:
        """``inbounds`` violated: locals by their size; external memory by the bounds of the root's object."""
        lo, hi = self.shared.object_bounds(base.origin)
        inside = z3.And(z3.ULE(lo, base.offset), z3.ULE(base.offset, hi), z3.ULE(lo, result), z3.ULE(result, hi))
        conds = [z3.And(base.block == 0, z3.Not(inside))]
        for bid, size in self.block_sizes.items():
            limit = z3.BitVecVal(size, ADDR_BITS)
            conds.append(z3.And(base.block == bid, z3.Or(z3.UGT(result, limit), z3.UGT(base.offset, limit))))
        return z3.Or(*conds)


# Load metadata that ``_load`` models (on both sides), so a target may carry it.
LOAD_METADATA = frozenset({"nonnull", "noundef"})
# Metadata whose violation makes poison or UB: not modelled, so a target carrying it is not trusted.
RISKY_METADATA = frozenset(
    {
        "range",
        "nonnull",
        "noundef",
        "align",
        "dereferenceable",
        "dereferenceable_or_null",
        "noalias",
        "alias.scope",
        "invariant.load",
        "invariant.group",
        "nofree",
    }
)


def _offset_pointer(ptr: Pointer, off: int) -> Pointer:
    if off == 0:
        return ptr
    return Pointer(ptr.block, ptr.offset + off, ptr.poison, ptr.origin)


def _fits_signed(v: z3.BitVecRef) -> z3.BoolRef:
    lo = z3.BitVecVal(-(1 << (ADDR_BITS - 1)), v.size())
    hi = z3.BitVecVal((1 << (ADDR_BITS - 1)) - 1, v.size())
    return z3.And(v >= lo, v <= hi)
