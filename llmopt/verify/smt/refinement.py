"""The refinement check (Alive2's definition) over two encoded functions, and counterexample extraction.

For every input (arguments, possibly poison unless ``noundef``; initial external memory; object bounds; call
responses) and every nondeterministic choice of the target there must be a choice of the source such that: the source
has UB, or the target has no UB, the target's return value refines the source's (source poison allows anything),
every byte of external memory at return refines, and both make the same external calls in the same order.

Two queries: (1) is there an input where refinement fails while the model is exact (no approximation triggered)?
SAT gives a genuine counterexample; (2) otherwise, can any approximation trigger where the source has no UB? If so
the answer is INCONCLUSIVE with that approximation as the reason; else EQUIVALENT. z3 ``unknown`` (a timeout or a
quantifier it cannot decide) is INCONCLUSIVE.

The observed memory address (and the one per compared call) is quantified *inside* the source's choices: refinement
needs one source execution matching the target at every byte, not one per byte.

Not covered: source nondeterminism is quantified with ``ForAll``, which z3 may not decide in time (INCONCLUSIVE).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import z3

from llmopt.verify.result import Verdict
from llmopt.verify.smt.calls import unmatched_pure_calls
from llmopt.verify.smt.encoder import FunctionSummary
from llmopt.verify.smt.ir import INDIRECT_CALLEE, Function
from llmopt.verify.smt.memory import cell_data, cell_poison, cell_undef, cell_uninit
from llmopt.verify.smt.shared import CallEvent, SharedInputs
from llmopt.verify.smt.undef import UNDEF_OBSERVED, only_undef_choices
from llmopt.verify.smt.values import ADDR_BITS, TRUE, Aggregate, Pointer, Value, values_refine


@dataclass(frozen=True)
class RefinementOutcome:
    verdict: Verdict
    reason: str
    counterexample: dict[str, Any] | None = None
    # The defined callees whose target attributes an EQUIVALENT outcome rests on (callees.py).
    relied: frozenset[str] = frozenset()


def _pointer_provenance(src: Value | None, tgt: Value | None, shared: SharedInputs) -> list[z3.BoolRef]:
    """Conditions under which a target pointer has the source pointer's address but maybe not its provenance (the
    object of its root): the caller could then access memory through it that the source's pointer may not reach,
    or the reverse. Roots that are syntactically the same give nothing."""
    if isinstance(src, Aggregate) and isinstance(tgt, Aggregate):
        return [c for s, t in zip(src.elements, tgt.elements, strict=False) for c in _pointer_provenance(s, t, shared)]
    if not (isinstance(src, Pointer) and isinstance(tgt, Pointer)):
        return []
    rs, rt = src.origin, tgt.origin
    if rs.eq(rt) or z3.is_true(z3.simplify(rs == rt)):
        return []
    same_object = z3.Or(rs == rt, z3.And(shared.lo(rs) == shared.lo(rt), shared.hi(rs) == shared.hi(rt)))
    live = z3.And(z3.Not(src.poison), z3.Not(tgt.poison), src.block == 0, tgt.block == 0)
    return [z3.And(live, src.offset == tgt.offset, z3.Not(same_object))]


def _provenance_differs(
    src: FunctionSummary, tgt: FunctionSummary, shared: SharedInputs
) -> list[tuple[z3.BoolRef, str]]:
    """Pointers returned or passed to a call are compared by address in ``build_refinement``; where their
    provenance may differ (``gep p, (q - p)`` for ``q``, ``inttoptr(ptrtoint p)`` for ``p``) the comparison is an
    approximation: INCONCLUSIVE when reachable with no source UB."""
    out: list[tuple[z3.BoolRef, str]] = []
    if src.final_roots is not tgt.final_roots:
        # Pointer bytes left in memory: where the source's have a known root, the target's must have the same object
        # (an integer copy of a pointer, or another pointer with the same address, would not).
        where = z3.BitVec("roots.observed.address", ADDR_BITS)
        rs_cell, rt_cell = src.final_roots.select(where), tgt.final_roots.select(where)
        if not z3.simplify(rs_cell == rt_cell).eq(z3.BoolVal(True)):
            known = lambda c: z3.Extract(ADDR_BITS, ADDR_BITS, c) == 1  # noqa: E731
            rs, rt = z3.Extract(ADDR_BITS - 1, 0, rs_cell), z3.Extract(ADDR_BITS - 1, 0, rt_cell)
            same_object = z3.And(
                known(rt_cell), z3.Or(rs == rt, z3.And(shared.lo(rs) == shared.lo(rt), shared.hi(rs) == shared.hi(rt)))
            )
            live = z3.And(tgt.reaches_return, z3.Not(src.ub), z3.Not(cell_poison(src.final_memory.select(where))))
            out.append(
                (
                    z3.And(live, known(rs_cell), z3.Not(same_object)),
                    "a pointer left in memory may lose the source's provenance",
                )
            )
    if src.returned is not None and tgt.returned is not None:
        for cond in _pointer_provenance(src.returned, tgt.returned, shared):
            out.append((z3.And(tgt.reaches_return, z3.Not(src.ub), cond), "a returned pointer's provenance may differ"))
    for s in src.calls:
        for t in tgt.calls:
            if s.callee != t.callee or len(s.args) != len(t.args):
                continue
            same_slot = z3.And(s.guard, t.guard, s.index == t.index)
            for a, b in zip(s.args, t.args, strict=False):
                for cond in _pointer_provenance(a, b, shared):
                    out.append(
                        (z3.And(same_slot, cond), f"a pointer passed to @{t.callee} may have another provenance")
                    )
    return out


def _devirtualized_calls(
    src: FunctionSummary, tgt: FunctionSummary, shared: SharedInputs
) -> list[tuple[z3.BoolRef, str]]:
    """A call through a pointer in one function where the other calls a function by name at the same slot: where
    the pointer is that function's address (a devirtualized call) the lock-step match, which compares callee names,
    does not apply, so the comparison there is an approximation (INCONCLUSIVE, not a refutation)."""
    out: list[tuple[z3.BoolRef, str]] = []
    for s in src.calls:
        for t in tgt.calls:
            if (s.callee == INDIRECT_CALLEE) == (t.callee == INDIRECT_CALLEE):
                continue
            indirect, direct = (s, t.callee) if s.callee == INDIRECT_CALLEE else (t, s.callee)
            called = indirect.args[0]
            if not isinstance(called, Pointer):
                continue
            same = z3.And(called.block == 0, called.offset == shared.function_address(direct))
            reason = f"an indirect call matched with a call to @{direct} (devirtualization) is not modelled"
            out.append((z3.And(s.guard, t.guard, s.index == t.index, same), reason))
    return out


@dataclass
class UndefBytes:
    """How undef bytes (``memory.UNDEF_BIT``) compare where two memories are compared; off (``enabled`` False)
    outside the undef-aware check, where bytes compare by their data as before.

    An undef byte may read as any value, so any target byte but poison refines it. A target undef byte reads, for
    the observer, as a value of the target's choosing at each address (a free byte array, one per comparison: target
    choices are universal), which the source's byte must match: a one-value source byte never does, a byte holding
    the source's undef variables (a loaded undef byte stored back) may. That is exact where the source chooses
    nothing but undef instances (``only_undef_choices``: the flat query order is then Alive2's); where it also
    freezes, the comparison is an approximation (``approx``, INCONCLUSIVE when reachable)."""

    enabled: bool
    # The source's nondeterministic choices: a byte whose data mentions none is one value, compared exactly.
    source_choices: list[z3.ExprRef] = field(default_factory=list)
    approx: list[tuple[z3.BoolRef, str]] = field(default_factory=list)
    # Per comparison point ("return", "call k"), the target's undef bytes as read there.
    _reads: dict[str, z3.ArrayRef] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Asked at every compared byte: decided once.
        self._exact_order = only_undef_choices(self.source_choices)

    def target_data(self, t_cell: z3.BitVecRef, address: z3.BitVecRef, point: str) -> z3.BitVecRef:
        """The target's byte as the observer at ``point`` reads it: its data, or for an undef byte any value."""
        data = cell_data(t_cell)
        if not self.enabled or z3.is_false(z3.simplify(cell_undef(t_cell))):
            return data
        if point not in self._reads:
            self._reads[point] = z3.Array(f"target.undef.read.{point}", z3.BitVecSort(ADDR_BITS), z3.BitVecSort(8))
        return z3.If(cell_undef(t_cell), z3.Select(self._reads[point], address), data)

    def byte_refines(
        self, s_cell: z3.BitVecRef, t_cell: z3.BitVecRef, address: z3.BitVecRef, point: str, where: z3.BoolRef = TRUE
    ) -> z3.BoolRef:
        """Does the target's byte refine the source's (poison and uninitialized aside, which the caller decides)?"""
        same = cell_data(s_cell) == self.target_data(t_cell, address, point)
        if not self.enabled:
            return same
        s_undef, t_undef = cell_undef(s_cell), cell_undef(t_cell)
        if not self._exact_order and self._mentions_choices(s_cell):
            reason = "the target leaves an undef byte in memory where the source's byte is not undef"
            self.approx.append((z3.And(where, t_undef, z3.Not(s_undef)), reason))
        return z3.Or(s_undef, same)

    def _mentions_choices(self, cell: z3.BitVecRef) -> bool:
        if not self.source_choices:
            return False
        fresh = [(c, z3.FreshConst(c.sort(), "unused")) for c in self.source_choices]
        return not z3.substitute(cell, *fresh).eq(cell)


def _calls_refine(
    src: FunctionSummary, tgt: FunctionSummary, addresses: list[z3.ExprRef], undef: UndefBytes
) -> z3.BoolRef:
    """The calls made match slot by slot; as many of them: at return, or where both stop inside a call."""
    stopped = src.stopped
    conds = [
        z3.If(
            stopped,
            src.stop_calls == tgt.stop_calls,
            src.final_calls == tgt.final_calls,
        )
    ]
    for s in src.calls:
        for t in tgt.calls:
            same_slot = z3.And(s.guard, t.guard, s.index == t.index)
            if s.callee != t.callee or len(s.args) != len(t.args):
                conds.append(z3.Not(same_slot))
                continue
            match = [values_refine(a, b) for a, b in zip(s.args, t.args, strict=False)]
            # Same external memory at the call: compared at one address, existential in the negated query and
            # chosen *after* the source's choices (collected in ``addresses`` for the caller to quantify).
            where = z3.FreshConst(z3.BitVecSort(ADDR_BITS), "call.mem.addr")
            addresses.append(where)
            ms, mt = s.memory.select(where), t.memory.select(where)
            point = f"call{len(addresses)}"
            same_byte = undef.byte_refines(ms, mt, where, point, z3.And(same_slot, z3.Not(cell_poison(ms))))
            match.append(z3.Or(cell_poison(ms), z3.And(z3.Not(cell_poison(mt)), same_byte)))
            match.extend(_locals_refine(s, t, same_slot, addresses, undef))
            conds.append(z3.Implies(same_slot, z3.And(*match)))
    return z3.And(*conds)


def _locals_refine(
    s: CallEvent, t: CallEvent, same_slot: z3.BoolRef, addresses: list[z3.ExprRef], undef: UndefBytes
) -> list[z3.BoolRef]:
    """The locals both calls receive at one slot (``escapes``): the target's bytes refine the source's, compared at
    one offset each (quantified like the external memory's address). Not modelled: locals of different sizes, and a
    target local less aligned than the source's (its address may be one the source's never is)."""
    out: list[z3.BoolRef] = []
    for slot in sorted(s.locals.keys() & t.locals.keys()):
        (s_map, size, s_align), (t_map, t_size, t_align) = s.locals[slot], t.locals[slot]
        if size != t_size or t_align < s_align:
            undef.approx.append((same_slot, f"locals of different sizes or alignments passed to @{s.callee}"))
            continue
        at = z3.FreshConst(z3.BitVecSort(ADDR_BITS), "call.local.offset")
        addresses.append(at)
        ls, lt = s_map.select(at), t_map.select(at)
        dont_care = z3.Or(z3.UGE(at, size), cell_poison(ls), cell_uninit(ls))
        point = f"call{len(addresses)}.local"
        same = undef.byte_refines(ls, lt, at, point, z3.And(same_slot, z3.Not(dont_care)))
        out.append(z3.Or(dont_care, z3.And(z3.Not(cell_poison(lt)), z3.Not(cell_uninit(lt)), same)))
    return out


def build_refinement(
    src: FunctionSummary,
    tgt: FunctionSummary,
    address: z3.BitVecRef,
    addresses: list[z3.ExprRef] | None = None,
    undef: UndefBytes | None = None,
) -> z3.BoolRef:
    """Refinement at one observed ``address`` (and one per compared call, appended to ``addresses``): the caller
    must quantify those addresses *inside* the source's choices (for all source choices there is an address where
    refinement fails), never outside them."""
    addresses = [] if addresses is None else addresses
    undef = UndefBytes(enabled=False) if undef is None else undef
    parts = [z3.Not(tgt.ub)]
    # An execution that ends inside a call (it never returns) is observed by its calls only: both sides must stop
    # there, or both return.
    stopped = src.stopped
    if src.stops or tgt.stops:
        parts.append(stopped == tgt.stopped)
    if src.returned is not None and tgt.returned is not None:
        same = values_refine(src.returned, tgt.returned)
        parts.append(z3.Or(stopped, same) if src.stops else same)
    s_cell, t_cell = src.observed_memory.select(address), tgt.observed_memory.select(address)
    parts.append(
        z3.Or(
            cell_poison(s_cell),
            cell_uninit(s_cell),
            z3.And(
                z3.Not(cell_poison(t_cell)),
                z3.Not(cell_uninit(t_cell)),
                undef.byte_refines(s_cell, t_cell, address, "return"),
            ),
        )
    )
    if src.calls or tgt.calls or src.stops or tgt.stops:
        parts.append(_calls_refine(src, tgt, addresses, undef))
    return z3.Or(src.ub, z3.And(*parts))


def _without_choice_arrays(
    body: z3.BoolRef, choices: list[z3.ExprRef], addresses: list[z3.ExprRef]
) -> tuple[z3.BoolRef, list[z3.ExprRef]]:
    """``body`` with each array among the source's ``choices`` (its undef bytes, ``encoder.undef_byte``) read only
    through one byte variable per distinct index (Ackermann's reduction: equal indices read equal bytes), and the
    choices to quantify then. Why: z3 rarely decides a ``ForAll`` over an array in time, and over bytes it does.
    An index that depends on an observed address (bound inside) keeps its array."""
    arrays = [c for c in choices if z3.is_array(c)]
    if not arrays:
        return body, choices
    names = {str(a) for a in arrays}
    reads: dict[str, list[z3.ExprRef]] = {n: [] for n in names}
    seen: set[int] = set()
    stack: list[z3.ExprRef] = [body]
    while stack:
        e = stack.pop()
        if e.get_id() in seen:
            continue
        seen.add(e.get_id())
        if z3.is_select(e) and str(e.arg(0)) in names:
            reads[str(e.arg(0))].append(e)
        stack.extend(e.children())
    bound_names = {str(a) for a in addresses}
    pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []
    kept: list[z3.ExprRef] = []
    new_vars: list[z3.ExprRef] = []
    for a in arrays:
        selects = sorted(reads[str(a)], key=lambda e: e.get_id())
        indices = [e.arg(1) for e in selects]
        if any(_mentions(i, bound_names | names) for i in indices):
            kept.append(a)
            continue
        values = [z3.Const(f"{a}.at{k}", a.sort().range()) for k in range(len(selects))]
        new_vars.extend(values)
        for k, e in enumerate(selects):
            value = values[k]
            for j in range(k - 1, -1, -1):
                value = z3.If(indices[k] == indices[j], values[j], value)
            pairs.append((e, value))
    if pairs:
        body = z3.substitute(body, *pairs)
        # An array still mentioned outside a read (none is made today) stays quantified as it was.
        replaced = [a for a in arrays if not any(a.eq(k) for k in kept)]
        kept += [a for a in replaced if _mentions(body, {str(a)})]
    others = [c for c in choices if not z3.is_array(c)]
    return body, others + kept + new_vars


def _mentions(e: z3.ExprRef, names: set[str]) -> bool:
    """Does ``e`` mention a constant named in ``names``?"""
    stack, seen = [e], set()
    while stack:
        x = stack.pop()
        if x.get_id() in seen:
            continue
        seen.add(x.get_id())
        if z3.is_const(x) and str(x) in names:
            return True
        stack.extend(x.children())
    return False


def check_refinement(
    fn: Function,
    src: FunctionSummary,
    tgt: FunctionSummary,
    shared: SharedInputs,
    timeout_ms: int,
    quantify_source: bool = True,
) -> RefinementOutcome:
    """Run both queries; never raises for solver trouble (returns INCONCLUSIVE).

    Args:
        quantify_source: the source's nondeterministic choices are universally quantified (exact). With False the
            caller must have encoded them as the *same* constants as the target's k-th choices: a proof is still
            sound (any target behaviour is matched by the source behaviour making the same choices), but a
            counterexample may be spurious and must be confirmed with ``quantify_source=True``.
    """
    address = z3.BitVec("observed.address", ADDR_BITS)
    call_addresses: list[z3.ExprRef] = []
    undef = UndefBytes(enabled=shared.undef_memory, source_choices=list(src.choices))
    # Simplifying first makes the common case (same computation on both sides) syntactically identical, which
    # spares the solver from bit-blasting floating-point or wide multiplications it would only prove equal.
    refine = z3.simplify(build_refinement(src, tgt, address, call_addresses, undef))
    target_items = tgt.approximations
    if only_undef_choices(src.choices):
        # Undef sets are compared exactly then (undef.py): a target undef the caller or callee sees is decided.
        target_items = [(c, r) for c, r in target_items if not r.endswith(UNDEF_OBSERVED)]
    items = (
        src.approximations
        + target_items
        + undef.approx
        + _provenance_differs(src, tgt, shared)
        + unmatched_pure_calls(src.pure_calls, tgt.pure_calls)
        + _devirtualized_calls(src, tgt, shared)
    )
    approx = [c for c, _ in items]
    exact = z3.Not(z3.Or(*approx)) if approx else TRUE
    body = z3.And(z3.Not(refine), exact)
    solver = z3.Solver()
    solver.set("timeout", max(timeout_ms, 1))
    solver.add(*shared.assumptions)
    if src.choices and quantify_source:
        # Refinement is "some source choice matches the target at *every* address", so its negation is "for every
        # source choice *some* address differs": the observed addresses are chosen after the source's choices.
        # (Exists outside the ForAll would check each address with its own source choice: unsound.)
        body, bound = _without_choice_arrays(body, src.choices, [address, *call_addresses])
        solver.add(z3.ForAll(bound, z3.Exists([address, *call_addresses], body)))
    else:
        solver.add(body)
    result = solver.check()
    if result == z3.sat:
        model = solver.model()
        described = describe_counterexample(fn, src, tgt, shared, model, address, undef)
        return RefinementOutcome(Verdict.NOT_EQUIVALENT, *described)
    if result == z3.unknown:
        return RefinementOutcome(Verdict.INCONCLUSIVE, f"solver gave up: {solver.reason_unknown()}")
    if not approx:
        return RefinementOutcome(Verdict.EQUIVALENT, "target refines source")
    solver = z3.Solver()
    solver.set("timeout", max(timeout_ms, 1))
    solver.add(*shared.assumptions)
    solver.add(z3.Not(src.ub), z3.Or(*approx))
    result = solver.check()
    if result == z3.unsat:
        return RefinementOutcome(Verdict.EQUIVALENT, "target refines source")
    if result == z3.unknown:
        return RefinementOutcome(Verdict.INCONCLUSIVE, f"solver gave up: {solver.reason_unknown()}")
    model = solver.model()
    reasons = [r for c, r in items if z3.is_true(model.eval(c, model_completion=True))]
    side = (
        "source" if any(z3.is_true(model.eval(c, model_completion=True)) for c, _ in src.approximations) else "target"
    )
    reason = reasons[0] if reasons else "an approximation of the model is reachable"
    return RefinementOutcome(Verdict.INCONCLUSIVE, f"not modelled exactly ({side}): {reason}")


def _render(model: z3.ModelRef, v: Value | None) -> Any:
    if v is None:
        return None
    if isinstance(v, Aggregate):
        return [_render(model, e) for e in v.elements]
    if z3.is_true(model.eval(v.poison, model_completion=True)):
        return "poison"
    if isinstance(v, Pointer):
        block = model.eval(v.block, model_completion=True).as_long()
        off = model.eval(v.offset, model_completion=True).as_long()
        return f"0x{off:x}" if block == 0 else f"&local{block}+{off}"
    bits = model.eval(v.bv, model_completion=True).as_long()
    n = v.bv.size()
    signed = bits - (1 << n) if n > 1 and bits >> (n - 1) else bits
    return signed if n > 1 else bits


def describe_counterexample(
    fn: Function,
    src: FunctionSummary,
    tgt: FunctionSummary,
    shared: SharedInputs,
    model: z3.ModelRef,
    address: z3.BitVecRef,
    undef_bytes: UndefBytes | None = None,
) -> tuple[str, dict[str, Any]]:
    """A JSON-able counterexample: argument values, both results, UB and the first differing memory byte."""
    args = {f"%{p.name}": _render(model, a) for p, a in zip(fn.params, shared.args, strict=False)}
    for i, flags in shared.undef_args.items():
        name = f"%{fn.params[i].name}"
        undef = [z3.is_true(model.eval(f, model_completion=True)) for f in flags]
        if isinstance(args[name], list):
            args[name] = ["undef" if u else v for u, v in zip(undef, args[name], strict=False)]
        elif undef[0]:
            args[name] = "undef"
    ev = lambda e: z3.is_true(model.eval(e, model_completion=True))  # noqa: E731
    src_ub, tgt_ub = ev(src.ub), ev(tgt.ub)
    cex: dict[str, Any] = {"arguments": args, "source_ub": src_ub, "target_ub": tgt_ub}
    arg_text = ", ".join(f"{k} = {v}" for k, v in args.items()) or "no arguments"
    if tgt_ub:
        return f"target has undefined behaviour where the source has none ({arg_text})", cex
    s_stop, t_stop = ev(src.stopped), ev(tgt.stopped)
    if s_stop != t_stop:
        cex["stops_in_a_call"] = {"source": s_stop, "target": t_stop}
        which = "source" if s_stop else "target"
        return f"the {which} may stop inside a call that does not return where the other does not ({arg_text})", cex
    s_ret, t_ret = _render(model, src.returned), _render(model, tgt.returned)
    cex["source_result"], cex["target_result"] = s_ret, t_ret
    if src.returned is not None and tgt.returned is not None and not ev(values_refine(src.returned, tgt.returned)):
        return f"source returns {s_ret} but target returns {t_ret} ({arg_text})", cex
    s_cell, t_cell = src.observed_memory.select(address), tgt.observed_memory.select(address)
    s_poison = ev(z3.Or(cell_poison(s_cell), cell_uninit(s_cell)))
    t_poison = ev(z3.Or(cell_poison(t_cell), cell_uninit(t_cell)))
    s_undef, t_undef = (ev(cell_undef(c)) if shared.undef_memory else False for c in (s_cell, t_cell))
    undef_bytes = UndefBytes(enabled=False) if undef_bytes is None else undef_bytes
    same = ev(cell_data(s_cell) == undef_bytes.target_data(t_cell, address, "return"))
    mem_ok = s_poison or (not t_poison and (s_undef or same))
    if not mem_ok:
        addr = model.eval(address, model_completion=True).as_long()

        def byte(cell: z3.BitVecRef, poison: bool, undef: bool) -> int | str:
            if poison:
                return "poison"
            if undef:
                return "undef"
            return model.eval(cell_data(cell), model_completion=True).as_long()

        sb, tb = byte(s_cell, s_poison, s_undef), byte(t_cell, t_poison, t_undef)
        cex["memory"] = {"address": f"0x{addr:x}", "source_byte": sb, "target_byte": tb}
        return f"memory at 0x{addr:x} differs after return: source {sb}, target {tb} ({arg_text})", cex
    if not src.calls and not tgt.calls:
        # The observed address was quantified inside the source's choices (no single address in the model).
        cex["memory"] = {"address": None, "source_byte": None, "target_byte": None}
        return f"memory after return differs for every choice the source can make ({arg_text})", cex
    cex["calls"] = {
        "source": [c.callee for c in src.calls if ev(c.guard)],
        "target": [c.callee for c in tgt.calls if ev(c.guard)],
    }
    return (
        f"external calls differ: source calls {cex['calls']['source']}, target calls "
        f"{cex['calls']['target']} ({arg_text})",
        cex,
    )


__all__ = ["RefinementOutcome", "UndefBytes", "build_refinement", "check_refinement", "describe_counterexample"]
