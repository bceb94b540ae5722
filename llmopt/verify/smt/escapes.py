"""Locals whose address a call receives (C's out-parameters: ``f(&x)``, ``fill(buf)``).

The callee may read the local, write it, and keep its address. The model:

- **Pairing.** The sides' locals are numbered independently (the target may have dropped some), so a local passed to
  a call is named by its *slot*: the first argument position that passes it. In the call event it is the pointer
  ``(LOCAL_SLOT_TOP - slot, offset)``; the lock-step comparison of events (``refinement._calls_refine``) then asks the
  same offset in the same slot, and the local's bytes, as the callee sees them, to refine the source's (a local's
  address is a nondeterministic choice: both sides' locals of one slot are taken to be at the same address).
- **Writes.** A writing callee leaves arbitrary bytes in the local (data, poison, undef; no local's pointer), the same
  on both sides: ``SharedInputs.local_memory_after(k, slot)``. Exact by monotonicity: the target's call sees bytes
  refining the source's, so whatever the callee does in the target it may do in the source.
- **Capture.** The callee may keep the address, so after the call (on the paths through it) everything that could hand
  the address back is an approximation (INCONCLUSIVE where reachable, never a proof or a refutation): a pointer loaded
  from bytes of no known provenance (``loaded_pointer``), a pointer a call returns (``returned_pointer``), and any
  later call that touches memory without receiving that local again (``check_later_call``).
- A local holding a pointer to a local (a stored local address) is not modelled when passed: the callee could follow
  it. Nor is a call to a ``memory(none)`` function with a local's address (the pure-call matching compares the sides'
  own local numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt.memory import NO_ROOT_MAP, ByteMap, static_truth
from llmopt.verify.smt.values import ADDR_BITS, BLOCK_BITS, Aggregate, Pointer, Value

if TYPE_CHECKING:
    from llmopt.verify.smt.access import State
    from llmopt.verify.smt.encoder import FunctionEncoder

# Slot s of a call is the block id LOCAL_SLOT_TOP - s in its event: above every local's own number.
LOCAL_SLOT_TOP = (1 << BLOCK_BITS) - 1


@dataclass(frozen=True)
class Escape:
    """A local's address passed to ``callee`` on the paths where ``guard`` holds."""

    guard: z3.BoolRef
    block: int
    callee: str


def _unmodelled(enc: FunctionEncoder, callee: str, a: Pointer) -> None:
    enc.add_approx(z3.And(a.block != 0, z3.Not(a.poison)), f"a local variable's address passed to @{callee}")


def pure_call_locals(enc: FunctionEncoder, callee: str, args: list[Value]) -> None:
    """A ``memory(none)`` callee given a local's address: not modelled (see the module docstring)."""
    for a in args:
        if isinstance(a, Pointer):
            _unmodelled(enc, callee, a)


def pass_locals(enc: FunctionEncoder, callee: str, args: list[Value]) -> tuple[list[Value], dict[int, int]]:
    """The call event's arguments (a pointer to a local named by its slot) and the locals passed: block -> slot."""
    out: list[Value] = []
    passed: dict[int, int] = {}
    room = max(enc.block_sizes, default=0) < LOCAL_SLOT_TOP - len(args)
    for j, a in enumerate(args):
        if not isinstance(a, Pointer):
            out.append(a)
            continue
        block = z3.simplify(a.block)
        bid = block.as_long() if z3.is_bv_value(block) else None
        if bid == 0:
            out.append(a)
            continue
        if bid is None or bid not in enc.block_sizes or not room:
            _unmodelled(enc, callee, a)
            out.append(a)
            continue
        slot = passed.setdefault(bid, j)
        out.append(Pointer(z3.BitVecVal(LOCAL_SLOT_TOP - slot, BLOCK_BITS), a.offset, a.poison, a.root))
    if passed and enc.local_pointer_stored:
        enc.add_approx(z3.BoolVal(True), f"a local that may hold a local's address passed to @{callee}")
    return out, passed


def seen_locals(enc: FunctionEncoder, st: State, passed: dict[int, int]) -> dict[int, tuple[ByteMap, int, int]]:
    """Per slot, the local's bytes as the callee sees them, its size and its alignment."""
    return {
        slot: (enc.observed(st.memory.arrays[bid]), enc.block_sizes[bid], enc.block_aligns[bid])
        for bid, slot in passed.items()
    }


def check_later_call(enc: FunctionEncoder, callee: str, passed: dict[int, int]) -> None:
    """A call that touches memory after a local's address escaped: the callee might reach that local through the
    kept address (unless it is passed here again, hence modelled)."""
    for e in enc.escapes:
        if e.block not in passed:
            enc.add_approx(e.guard, f"a call to @{callee} after a local's address was passed to @{e.callee}")


def record(enc: FunctionEncoder, callee: str, passed: dict[int, int]) -> None:
    for bid in passed:
        enc.escapes.append(Escape(enc.guard, bid, callee))


def write_locals(enc: FunctionEncoder, st: State, passed: dict[int, int], index: z3.BitVecRef, calls: int) -> None:
    """A writing callee's effect on the locals it received: the shared bytes of its response (any of calls 0..
    ``calls``-1 this one may be); what it leaves there has no known provenance."""
    for bid, slot in passed.items():
        enc.slot_blocks.setdefault(bid, LOCAL_SLOT_TOP - slot)
        after = st.memory.arrays[bid]
        for k in range(calls - 1, -1, -1):
            hit = index == k
            if static_truth(hit) is not False:
                after = ByteMap.merge(hit, ByteMap.of_array(enc.shared.local_memory_after(k, slot)), after)
        st.memory = st.memory.with_block(bid, after, NO_ROOT_MAP)


def _escaped(enc: FunctionEncoder) -> z3.BoolRef:
    return z3.Or(*[e.guard for e in enc.escapes])


def returned_pointer(enc: FunctionEncoder, callee: str, ret: Value) -> None:
    """A pointer a call returns after (or with) a local's escape may be that local's address."""
    if enc.escapes and _holds_pointer(ret):
        enc.add_approx(_escaped(enc), f"a pointer returned by @{callee} after a local's address escaped")


def loaded_pointer(enc: FunctionEncoder, root_cell: z3.BitVecRef, poison: z3.BoolRef) -> None:
    """A pointer loaded, after a local's escape, from bytes the function did not write as that pointer (a callee
    may have left the local's address there)."""
    if not enc.escapes:
        return
    known = z3.Extract(ADDR_BITS, ADDR_BITS, root_cell) == 1
    if z3.is_true(z3.simplify(known)):
        return
    enc.add_approx(
        z3.And(_escaped(enc), z3.Not(known), z3.Not(poison)), "a pointer loaded after a local's address escaped"
    )


def _holds_pointer(v: Value) -> bool:
    if isinstance(v, Aggregate):
        return any(_holds_pointer(e) for e in v.elements)
    return isinstance(v, Pointer)


__all__ = [
    "LOCAL_SLOT_TOP",
    "Escape",
    "check_later_call",
    "loaded_pointer",
    "pass_locals",
    "pure_call_locals",
    "record",
    "returned_pointer",
    "seen_locals",
    "write_locals",
]
