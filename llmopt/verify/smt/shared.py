"""What the source and target encodings share: arguments, initial memory, object bounds, globals, and the call
events and responses through which both meet the world outside the function (``calls`` encodes the calls).

Kept apart from ``calls`` so each stays small; every encoder of one verification gets the same ``SharedInputs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import z3

from llmopt.verify.smt.ir import Module, Type
from llmopt.verify.smt.memory import ByteMap
from llmopt.verify.smt.undef import UndefVars
from llmopt.verify.smt.values import ADDR_BITS, Value, make_fresh


@dataclass
class CallEvent:
    guard: z3.BoolRef
    index: z3.BitVecRef
    callee: str
    args: list[Value]
    memory: ByteMap
    # The locals whose address the call receives, by slot (escapes.py): what the callee sees of them, their size and
    # alignment.
    locals: dict[int, tuple[ByteMap, int, int]] = field(default_factory=dict)


@dataclass
class PureCall:
    """A call to a ``memory(none)`` function: when it runs (``guard``), its arguments and what it gives back (its
    result, None for void; ``stop``: it does not return)."""

    guard: z3.BoolRef
    callee: str
    ty: str
    args: list[Value]
    result: Value | None
    stop: z3.BoolRef


@dataclass
class SharedInputs:
    """What both functions see alike: arguments, initial memory, object bounds, globals, call responses."""

    args: list[Value]
    arg_consts: list[z3.ExprRef]
    # False: memory the caller passes holds no poison bytes (a restricted input space, used only to tell whether a
    # refutation depends on such bytes).
    memory_poison: bool = True
    # True: a byte of that memory (initially, or after an opaque call writes it) may be undef (LangRef: memory holds
    # undef bytes, e.g. an uninitialized variable of the caller's); only in the undef-aware second check.
    undef_memory: bool = False
    mem0: z3.ArrayRef = None
    # The object a root pointer belongs to: [lo(root), hi(root)). Shared, uninterpreted: any memory layout.
    lo: z3.FuncDeclRef = field(
        default_factory=lambda: z3.Function("obj.lo", z3.BitVecSort(ADDR_BITS), z3.BitVecSort(ADDR_BITS))
    )
    hi: z3.FuncDeclRef = field(
        default_factory=lambda: z3.Function("obj.hi", z3.BitVecSort(ADDR_BITS), z3.BitVecSort(ADDR_BITS))
    )
    # Whether the object of a root may be written. Memory outside the function may be read-only (a store to it is
    # UB) or shared with another thread (LangRef memory model: a store may not be introduced), so a target may not
    # add a store the source does not make, even of the value already there; only a `writable` parameter is known
    # to be writable (globals too are left open: a store to them may race).
    writable: z3.FuncDeclRef = field(
        default_factory=lambda: z3.Function("obj.writable", z3.BitVecSort(ADDR_BITS), z3.BoolSort())
    )
    roots: list[z3.BitVecRef] = field(default_factory=list)
    # A pointer argument's root is an object id of its own (``%p.obj``), not its address: two arguments with the
    # same address may belong to different objects (one past the end of one is the start of the next). Each
    # (id, address) pair; a root's address is the root with the ids replaced (the root *is* its address otherwise).
    root_ids: list[tuple[z3.BitVecRef, z3.BitVecRef]] = field(default_factory=list)
    globals: dict[str, z3.BitVecRef] = field(default_factory=dict)
    functions: dict[str, z3.BitVecRef] = field(default_factory=dict)
    assumptions: list[z3.BoolRef] = field(default_factory=list)
    responses: dict[tuple[int, str], Value] = field(default_factory=dict)
    response_memory: dict[int, z3.ArrayRef] = field(default_factory=dict)
    # Per (call k, slot): what a writing callee leaves in the local passed at that slot (escapes.py).
    local_response_memory: dict[tuple[int, int], z3.ArrayRef] = field(default_factory=dict)
    source_module: Module | None = None
    # Whether the k-th external call returns: shared, so both sides stop at the same call.
    no_return: z3.FuncDeclRef = field(
        default_factory=lambda: z3.Function("call.noreturn", z3.BitVecSort(16), z3.BoolSort())
    )
    # Per local (by its number on each side), the low bits of its address: shared, so a target making the same
    # over-aligned access as the source is UB exactly where the source is (see MemoryAccess.check_access).
    alloca_low: dict[int, z3.BitVecRef] = field(default_factory=dict)
    # The target's calls to memory(none) functions (the target is encoded first; see PureCall).
    pure_calls: list[PureCall] = field(default_factory=list)
    # Exact constant globals whose initializer is not modelled (contents unknown): see initializers.py.
    opaque_constants: list[str] = field(default_factory=list)
    # Is the named global an exact constant whose every byte the initializer gives (none undef)? A load within one
    # never reads an undef byte, so the undef-aware check skips those bytes' flags (``MemoryAccess.read_cells``).
    defined_constant: Callable[[str], bool] = lambda _name: False
    # Defined callees whose target-module attributes the target's check used (callees.py: proved, or withdrawn).
    relied_callees: set[str] = field(default_factory=set)
    # Defined callees whose target header says they return (willreturn nounwind): both sides' calls return.
    trusted_returns: set[str] = field(default_factory=set)
    # Per parameter index, whether the caller passed undef (one flag per lane of a vector): only for parameters
    # the source does not mark ``noundef``, and only in the second, undef-aware check (``undef.undef_argument``).
    undef_args: dict[int, list[z3.BoolRef]] = field(default_factory=dict)
    # What the target (encoded first) made, for the fast path to pair the source's with (``target_count``).
    target_uses: dict[tuple[int, int] | tuple[str, str], int] = field(default_factory=dict)
    target_undef: UndefVars | None = None
    # The source module's constant globals' objects (a writing callee never changes them), listed once.
    constant_objects: list[tuple[z3.BitVecRef, z3.BitVecRef]] | None = None

    def __post_init__(self) -> None:
        if self.mem0 is None:
            self.mem0 = self.external_memory("mem0")

    def external_memory(self, name: str) -> z3.ArrayRef:
        """Arbitrary external memory: data bytes, (unless ``memory_poison`` is off) poison bits and (with
        ``undef_memory``) undef bytes."""
        a = z3.BitVec(name + ".a", ADDR_BITS)
        if self.memory_poison:
            # Data and poison only: a byte outside the function is never "uninitialized" nor a local's pointer byte
            # (an arbitrary bit 9 made a byte copied onto itself, which loses it, look changed).
            low = z3.Select(z3.Array(name, z3.BitVecSort(ADDR_BITS), z3.BitVecSort(9)), a)
        else:
            low = z3.ZeroExt(1, z3.Select(z3.Array(name + ".data", z3.BitVecSort(ADDR_BITS), z3.BitVecSort(8)), a))
        if not self.undef_memory:
            return z3.Lambda([a], z3.ZeroExt(10, low))
        undef = z3.Select(z3.Array(name + ".undef", z3.BitVecSort(ADDR_BITS), z3.BitVecSort(1)), a)
        return z3.Lambda([a], z3.Concat(undef, z3.BitVecVal(0, 9), low))

    def object_bounds(self, root: z3.BitVecRef) -> tuple[z3.BitVecRef, z3.BitVecRef]:
        if not any(root.eq(r) for r in self.roots):
            self.roots.append(root)
        return self.lo(root), self.hi(root)

    def layout_assumptions(self, max_roots: int = 40) -> list[z3.BoolRef]:
        """Facts true of every real memory layout, instantiated on the roots used: objects do not contain address
        0 and are well formed; a root whose address is strictly inside another root's object belongs to that object
        (its bounds and whether it is writable), one at its start belongs to it or to an object ending there."""
        out: list[z3.BoolRef] = []
        roots = self.roots[:max_roots]
        for r in roots:
            lo, hi = self.lo(r), self.hi(r)
            out.append(z3.ULE(lo, hi))
            out.append(z3.Or(lo == hi, lo != 0))
        pairs = list(self.root_ids)
        address = {r.get_id(): z3.substitute(r, *pairs) if pairs else r for r in roots}
        for r1 in roots:
            for r2 in roots:
                if r1.eq(r2):
                    continue
                a2 = address[r2.get_id()]
                same = z3.And(
                    self.lo(r2) == self.lo(r1), self.hi(r2) == self.hi(r1), self.writable(r2) == self.writable(r1)
                )
                interior = z3.And(z3.ULT(self.lo(r1), a2), z3.ULT(a2, self.hi(r1)))
                out.append(z3.Implies(interior, same))
                # At the start of an object a root belongs to it, or to an object that ends there.
                at_start = z3.And(a2 == self.lo(r1), z3.ULT(self.lo(r1), self.hi(r1)))
                out.append(z3.Implies(at_start, z3.Or(same, self.hi(r2) == a2)))
        return out

    def global_address(self, name: str) -> z3.BitVecRef:
        if name not in self.globals:
            self.globals[name] = z3.BitVec(f"@{name}", ADDR_BITS)
        return self.globals[name]

    def function_address(self, name: str) -> z3.BitVecRef:
        """A function's address: not null (unless ``extern_weak``: refused), nothing else known (functions may be
        merged, so two of them may share one; their bytes are not data)."""
        if name not in self.functions:
            self.functions[name] = z3.BitVec(f"@fn.{name}", ADDR_BITS)
        return self.functions[name]

    def response(self, k: int, callee: str, ty: Type) -> Value:
        key = (k, f"{callee}:{ty}")
        if key not in self.responses:
            poison = z3.Bool(f"call{k}.{callee}.poison")
            v, _ = make_fresh(ty, f"call{k}.{callee}.ret", poison)
            self.responses[key] = v
        return self.responses[key]

    def memory_after(self, k: int) -> z3.ArrayRef:
        if k not in self.response_memory:
            self.response_memory[k] = self.external_memory(f"mem.after.call{k}")
        return self.response_memory[k]

    def local_memory_after(self, k: int, slot: int) -> z3.ArrayRef:
        """What the k-th call leaves in the local passed at ``slot``: like the caller's memory after it (data,
        poison and undef bytes of the callee's choosing), shared by both sides' locals of that slot."""
        if (k, slot) not in self.local_response_memory:
            self.local_response_memory[(k, slot)] = self.external_memory(f"mem.after.call{k}.local{slot}")
        return self.local_response_memory[(k, slot)]


__all__ = ["CallEvent", "PureCall", "SharedInputs"]
