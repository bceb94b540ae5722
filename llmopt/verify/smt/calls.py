"""The encoding of ``call``: intrinsics, memory intrinsics, external calls.

External (non-intrinsic) calls are events compared in lock-step: the k-th call of the source and the k-th call of the
target must name the same function with refining arguments and the same external memory, and both receive the same
response (a shared fresh return value, possibly poison, and a shared fresh external memory afterwards unless the
callee is declared ``memory(none)``/``memory(read)`` by the *source*). A target that drops, adds or reorders such a
call is therefore refuted; one that only differs in what a read-only callee would make irrelevant may be refuted too
(the check is conservative, never optimistic).

A call may not return (``exit``, ``longjmp``, an endless loop, an exception unwinding through the caller) unless the
callee is ``willreturn`` and ``nounwind``: the k-th call stops the execution when the shared ``call.noreturn(k)``
holds (``after_call``), and such an execution is observed by its calls and the memory then (LangRef: code after a
call that may not return is not reached, so UB there does not make the source undefined). Returning from a
``noreturn`` callee is UB; stopping in a ``willreturn nounwind`` function is UB.

Calls to ``memory(none)`` functions (``PureCall``) are not ordered events: they touch no memory, so a target may
delete, merge or move them. Each target call gets a fresh shared response; a source call takes the response of a
target call to the same function with refined arguments (the first one no earlier source call took, else any), so
the source reproduces what the target computed from it, and gets a response of its own when the target makes no
such call. A target call that no source call matches (new arguments: the callee could be UB or loop there) is an
approximation. Whether the call returns is part of the response.

Not covered (``Unsupported``): memcpy/memset/memmove beyond ``memintrinsics.MAX_MEM_INTRINSIC`` (or volatile),
unlisted intrinsics (a local's address passed to a call: ``escapes``); calls are assumed not to
unwind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt import constrained, escapes, pointer_intrinsics, semantics, vectors
from llmopt.verify.smt.attributes import (
    apply_return_attrs,
    apply_value_attrs,
    declared_return_attrs,
    in_fp_class,
    not_noundef,
    returned_argument,
)
from llmopt.verify.smt.callees import (
    LOCATIONS,
    RETURNS,
    callee_within_rules,
    may_capture_pointers,
    trusted_attributes,
    trusted_memory_rules,
    trusted_promises,
)
from llmopt.verify.smt.ir import (
    FloatType,
    Instruction,
    IntConst,
    IntType,
    Module,
    Unsupported,
    VectorType,
    VoidType,
)
from llmopt.verify.smt.libcalls import builtins_disabled, known_library_attrs, library_model
from llmopt.verify.smt.memintrinsics import lifetime_marker, memory_intrinsic
from llmopt.verify.smt.memory import NO_ROOT_MAP, ByteMap, static_truth
from llmopt.verify.smt.shared import CallEvent, PureCall
from llmopt.verify.smt.support import parse_memory_attribute
from llmopt.verify.smt.undef import undef_call_result
from llmopt.verify.smt.values import (
    FALSE,
    Aggregate,
    Bits,
    Pointer,
    Value,
    bit_width,
    make_fresh,
    merge_values,
    poison_of,
    values_refine,
)
from llmopt.verify.smt.vectors import strip_vector_suffix

if TYPE_CHECKING:
    from llmopt.verify.smt.access import State
    from llmopt.verify.smt.encoder import FunctionEncoder

# C library functions whose pointer arguments must point to at least one accessible byte (the C standard makes any
# other call UB), so the source is UB there too: instcombine annotates such calls with dereferenceable(1).
LIBC_DEREFERENCED_ARGS = {
    "strlen": (0,),
    "strcmp": (0, 1),
    "strchr": (0,),
    "strrchr": (0,),
    "strcpy": (0, 1),
    "strcat": (0, 1),
    "strdup": (0,),
    "puts": (0,),
    "atoi": (0,),
    "atol": (0,),
    "fputs": (0, 1),
    "strtol": (0,),
    "strstr": (0, 1),
    "strspn": (0, 1),
    "strcspn": (0, 1),
}
# Intrinsics that are calls to an observable event (LangRef: the program stops abnormally, or a debugger is told):
# compared like calls to an external function, ``trap``/``ubsantrap`` never returning.
TRAPS = {"trap": True, "ubsantrap": True, "debugtrap": False}
IGNORED_INTRINSICS = {
    "dbg.declare",
    "dbg.value",
    "dbg.assign",
    "dbg.label",
    "donothing",
    "invariant.start",
    "invariant.end",
}


def call_memory_effect(decl_module: Module, site_module: Module, inst: Instruction) -> str:
    """ "none", "read" or "write": what the callee may do to memory according to the *source's* declaration and the
    call site's own attributes (the verifier refuses targets whose call sites promise more than the source's)."""
    from llmopt.verify.smt.parser import resolve_attrs

    decl = decl_module.declarations.get(inst.callee or "")
    attrs = set(resolve_attrs(inst.call_attrs, site_module))
    if decl is not None:
        attrs |= set(resolve_attrs(decl[2], decl_module))
    if "readnone" in attrs or "memory(none)" in attrs:
        return "none"
    if "readonly" in attrs or "memory(read)" in attrs:
        return "read"
    # memory(argmem: read) and the like: the effect on every location (a hidden-state write, as rand() makes to
    # inaccessiblemem, keeps the call a writing event).
    rules = parse_memory_attribute(tuple(a for a in attrs if a.startswith("memory(")))
    if rules is not None:
        effects = set(rules.values())
        if effects <= {"none"}:
            return "none"
        if effects <= {"none", "read"}:
            return "read"
        if {rules["argmem"], rules["other"]} <= {"none", "read"}:
            # Writes only memory the caller cannot reach (rand()'s state): still an event (its responses carry the
            # hidden state), but the caller's memory is unchanged.
            return "read"
    return "write"


def encode_call(enc: FunctionEncoder, inst: Instruction, st: State) -> Value | None:
    callee = inst.callee or ""
    key = semantics.intrinsic_key(strip_vector_suffix(callee))
    if key is not None and key not in TRAPS:
        enc._check_metadata(inst)
        result = _intrinsic(enc, key, inst, st)
        return None if result is None else apply_return_attrs(enc, result, inst.ret_attrs, inst.type)
    args = [enc._operand(a, st) for a in inst.operands]
    enc._check_metadata(inst)
    args = [apply_value_attrs(enc, a, op.attrs, op.type) for a, op in zip(args, inst.operands, strict=False)]
    called: list[Value] = []  # an indirect call's pointer: compared like one more argument
    if inst.callee_operand is not None:
        if callee in enc.module.functions or callee in enc.module.declarations:
            raise Unsupported(f"a function named @{callee}")
        fp = enc._operand(inst.callee_operand, st)
        enc.add_ub(not_noundef(enc, fp))  # calling poison or undef is UB (LangRef "call": immediate UB)
        called = [fp]
    from llmopt.verify.smt.parser import resolve_attrs

    site = set(resolve_attrs(inst.call_attrs, enc.module))
    model = library_model(inst, enc.shared.source_module or enc.module, enc.module, enc.fn_attr_set | site)
    if model is not None:
        # A C library function with exact semantics (fabsf, ffs, abs...): computed, not an event.
        for a, noundef in zip(args, _noundef_arguments(enc, inst), strict=False):
            if noundef:
                enc.add_ub(not_noundef(enc, a))
        return apply_return_attrs(
            enc, _intrinsic_fast_math(enc, inst, args, model(enc, args)), inst.ret_attrs, inst.type
        )
    if enc.is_target and inst.flags & FAST_MATH:
        raise Unsupported(f"fast-math flags on a call to @{callee} in the target")
    for k in LIBC_DEREFERENCED_ARGS.get(callee, ()):
        if k < len(args) and isinstance(args[k], Pointer):
            enc.check_access(args[k], 1, 1)  # type: ignore[arg-type]
    for a, noundef in zip(args, _noundef_arguments(enc, inst), strict=False):
        if noundef:
            enc.add_ub(not_noundef(enc, a))  # so the callee never sees undef through it
        else:
            enc.target_observes_undef(a, f"passes @{callee}")
    # The k-th call on this path: responses are indexed by k so both sides receive the same answer.
    index = st.calls
    max_k = len(enc.calls) + 1
    ret: Value | None = None
    new_mem = st.memory.arrays[0]
    new_roots = st.memory.root_map(0)
    effect = call_memory_effect(enc.shared.source_module or enc.module, enc.module, inst)
    if enc.call_promises:
        # The target promises e.g. nofree: a callee not declared so (by the source) might break it: UB (an
        # over-approximation of the target's UB, hence sound). norecurse also holds for nocallback callees.
        known = _callee_attrs(enc, inst)
        # A callee the module defines: its own (target) header's promises, if its proof holds (callees.py).
        trusted = known | (trusted_promises(enc.module, callee) if _trustable(enc, callee) else frozenset())
        known, trusted = (a | {"norecurse"} if "nocallback" in a else a for a in (known, trusted))
        # A callee that returns makes progress (mustprogress); nounwind needs the callee's own nounwind.
        known, trusted = (a | {"mustprogress"} if "willreturn" in a else a for a in (known, trusted))
        broken = sorted(p for p in enc.call_promises if p not in trusted)
        if broken:
            # The callee may keep the promise or not: not modelled, so never a proof nor a refutation.
            enc.add_approx(z3.BoolVal(True), f"call to @{callee} under the target's {broken[0]} promise")
        elif not enc.call_promises <= known:
            enc.shared.relied_callees.add(callee)
    if effect == "none":
        escapes.pure_call_locals(enc, callee, args)
        return _pure_call(enc, inst, called + args, st)
    event_args, passed = escapes.pass_locals(enc, callee, args)
    escapes.check_later_call(enc, callee, passed)
    if enc.is_target and enc.memory_rules is not None:
        # A target promising memory(...) calls a function that may touch memory it excludes: unless the callee's
        # own memory(...) (declared by the source, or the target's header of a defined callee, then relied on)
        # keeps it, this is an approximation (INCONCLUSIVE if reachable).
        needed = "write" if effect == "write" else "read"
        if any(needed not in enc.memory_rules[loc] for loc in LOCATIONS):
            declared = _declared_memory_rules(enc, inst)
            defined = trusted_memory_rules(enc.module, callee) if _trustable(enc, callee) else None
            where = _argument_locations(enc, args)
            if declared is not None and callee_within_rules(enc.memory_rules, declared, where):
                pass
            elif defined is not None and callee_within_rules(enc.memory_rules, defined, where):
                enc.shared.relied_callees.add(callee)
            else:
                enc.add_approx(z3.BoolVal(True), f"call to @{callee} under the target's memory(...) promise")
    if enc.is_target and enc.arg_limits:
        _check_call_arg_limits(enc, inst, args, effect)
    keeps = _bytes_callee_keeps(enc, inst, args) if effect == "write" else None
    for k in range(max_k - 1, -1, -1):
        hit = index == k
        if not isinstance(inst.type, VoidType):
            r = enc.shared.response(k, callee, inst.type)
            if enc.shared.undef_memory and static_truth(hit) is not False:
                # (Not where this cannot be the k-th call: a use of one call's variable would count for the other.)
                r = undef_call_result(enc, enc.undef, f"{enc.choice_prefix}.undef.call{k}_{callee}", k, callee, r)
            ret = r if ret is None else merge_values(hit, r, ret)
        if effect == "write":
            after = ByteMap.of_array(enc.shared.memory_after(k))
            # What the callee leaves in memory has no known provenance (a reloaded pointer is its own root).
            after_roots = NO_ROOT_MAP
            if keeps is not None:
                after = ByteMap.keeping(keeps, st.memory.arrays[0], after)
                after_roots = ByteMap.keeping(keeps, st.memory.root_map(0), NO_ROOT_MAP)
            new_mem = ByteMap.merge(hit, after, new_mem)
            new_roots = ByteMap.merge(hit, after_roots, new_roots)
    seen = escapes.seen_locals(enc, st, passed)
    enc.calls.append(CallEvent(enc.guard, index, callee, called + event_args, enc.observed(st.memory.arrays[0]), seen))
    escapes.record(enc, callee, passed)
    if effect == "write":
        escapes.write_locals(enc, st, passed, index, max_k)
    if ret is not None:
        ret = apply_return_attrs(enc, ret, inst.ret_attrs + declared_return_attrs(enc.module, callee), inst.type)
        same = returned_argument(enc.module, inst)
        if same is not None and inst.operands[same].type == inst.type:
            ret = args[same]  # LangRef ``returned``: the callee returns that argument
        else:
            escapes.returned_pointer(enc, callee, ret)
    st.calls = st.calls + 1
    if effect == "write":
        st.memory = st.memory.with_block(0, new_mem, new_roots)
    attrs = _callee_attrs(enc, inst)
    stop = FALSE if _returns(enc, callee, attrs) else enc.shared.no_return(index)
    after_call(enc, stop, st.calls, enc.calls[-1].memory, "noreturn" in attrs)
    return ret


MAX_KEPT_CONSTANTS = 32


def _bytes_callee_keeps(
    enc: FunctionEncoder, inst: Instruction, args: list[Value]
) -> Callable[[z3.BitVecRef], z3.BoolRef] | None:
    """Where a writing callee leaves the caller's memory as it was: a constant global's bytes (LangRef: never
    modified; writing them is UB), and, for a callee declared to write only ``argmem``, every byte outside the
    objects of its pointer arguments. None: it may write anywhere."""
    # The source module's constant globals, the same list on both sides (a cap keeps string-heavy modules cheap).
    if enc.shared.constant_objects is None:
        src = enc.shared.source_module or enc.module
        constants = sorted(name for name, g in src.globals.items() if g.constant)[:MAX_KEPT_CONSTANTS]
        enc.shared.constant_objects = [enc.shared.object_bounds(enc.shared.global_address(n)) for n in constants]
    objects = enc.shared.constant_objects
    outside_args: list[tuple[z3.BitVecRef, z3.BitVecRef]] | None = None
    rules = _declared_memory_rules(enc, inst)
    if rules is not None and rules["other"] in ("none", "read") and rules["argmem"] != "none":
        if all(isinstance(a, (Bits, Pointer)) for a in args):
            outside_args = [enc.shared.object_bounds(a.origin) for a in args if isinstance(a, Pointer)]
    if not objects and outside_args is None:
        return None

    def keeps(addr: z3.BitVecRef) -> z3.BoolRef:
        kept = [z3.And(z3.ULE(lo, addr), z3.ULT(addr, hi)) for lo, hi in objects]
        if outside_args is not None:
            kept.append(z3.And(*[z3.Or(z3.ULT(addr, lo), z3.UGE(addr, hi)) for lo, hi in outside_args]))
        return z3.Or(*kept)

    return keeps


def _trustable(enc: FunctionEncoder, callee: str) -> bool:
    """May the target's check use a defined callee's header (callees.py)? Not the function's own: a reliance on
    itself is never discharged, so trusting it only costs solver time."""
    return enc.is_target and callee != enc.fn.name


def _returns(enc: FunctionEncoder, callee: str, attrs: set[str]) -> bool:
    """Does the call surely return (``willreturn nounwind``)? For a callee the module defines, the target's header
    of it says so for both sides alike (the source's callee has every behaviour of the proved target's, so only
    returning ones are compared), relied on (callees.py); the target is encoded first and records it."""
    if RETURNS <= attrs:
        return True
    shared = enc.shared
    if _trustable(enc, callee) and RETURNS <= trusted_attributes(enc.module, callee):
        shared.trusted_returns.add(callee)
        shared.relied_callees.add(callee)
    return callee in shared.trusted_returns


def after_call(
    enc: FunctionEncoder, stop: z3.BoolRef, calls_made: z3.BitVecRef, memory: ByteMap, noreturn: bool
) -> None:
    """The execution may end inside the call (``stop``; external memory is then ``memory``): record it, and go on
    only where it returned. Returning from a ``noreturn`` callee is UB; not returning is UB in a ``willreturn``
    ``nounwind`` function (LangRef: willreturn allows unwinding, nounwind forbids it)."""
    if not z3.is_false(stop):
        if {"willreturn", "nounwind"} <= enc.fn_attr_set:
            enc.add_ub(stop)  # it neither loops forever nor unwinds
        enc.stops.append((z3.And(enc.guard, stop), calls_made, enc.observed(memory)))
        enc.guard = z3.And(enc.guard, z3.Not(stop))
    if noreturn:
        enc.add_ub(z3.BoolVal(True))


def _pure_call(enc: FunctionEncoder, inst: Instruction, args: list[Value], st: State) -> Value | None:
    """A call to a memory(none) function (see the module docstring and ``PureCall``)."""
    callee = inst.callee or ""
    attrs = _callee_attrs(enc, inst)
    may_stop = not {"willreturn", "nounwind"} <= attrs
    ty = str(inst.type)
    shared = enc.shared
    ret: Value | None
    if enc.is_target:
        k = len(shared.pure_calls)
        ret = None
        if not isinstance(inst.type, VoidType):
            ret, _ = make_fresh(inst.type, f"pure{k}.{callee}.ret", z3.Bool(f"pure{k}.{callee}.poison"))
        stop = z3.Bool(f"pure{k}.{callee}.stop") if may_stop else FALSE
        call = PureCall(enc.guard, callee, ty, args, ret, stop)
        shared.pure_calls.append(call)
    else:
        j = len(enc.pure_calls)
        ret = None
        if not isinstance(inst.type, VoidType):
            ret, _ = make_fresh(inst.type, f"pure.src{j}.{callee}.ret", z3.Bool(f"pure.src{j}.{callee}.poison"))
        stop = z3.Bool(f"pure.src{j}.{callee}.stop") if may_stop else FALSE
        candidates = [
            (k, t)
            for k, t in enumerate(shared.pure_calls)
            if t.callee == callee and t.ty == ty and len(t.args) == len(args)
        ]
        matches = [
            (k, t, z3.And(t.guard, *[values_refine(a, b) for a, b in zip(args, t.args, strict=True)]))
            for k, t in candidates
        ]
        # Prefer a target call no earlier source call took (so calls kept one for one keep their own responses),
        # then any matching one (a merged call); the first in order wins.
        chosen: list[tuple[int, PureCall, z3.BoolRef]] = []
        taken: list[z3.BoolRef] = []
        for k, t, m in matches:
            free = z3.And(m, z3.Not(enc.pure_used.get(k, FALSE)))
            chosen.append((k, t, z3.And(free, *[z3.Not(c) for c in taken]) if taken else free))
            taken.append(free)
        for k, t, m in matches:
            chosen.append((k, t, z3.And(m, *[z3.Not(c) for c in taken]) if taken else m))
            taken.append(m)
        for _, t, c in reversed(chosen):
            if ret is not None and t.result is not None:
                ret = merge_values(c, t.result, ret)
            stop = z3.If(c, t.stop, stop) if not (z3.is_false(t.stop) and z3.is_false(stop)) else stop
        for k, _, c in chosen:
            enc.pure_used[k] = z3.Or(enc.pure_used.get(k, FALSE), z3.And(enc.guard, c))
        call = PureCall(enc.guard, callee, ty, args, ret, stop)
    enc.pure_calls.append(call)
    if ret is not None:
        ret = apply_return_attrs(enc, ret, inst.ret_attrs + declared_return_attrs(enc.module, callee), inst.type)
    after_call(enc, stop, st.calls, st.memory.arrays[0], "noreturn" in attrs)
    return ret


def unmatched_pure_calls(src: list[PureCall], tgt: list[PureCall]) -> list[tuple[z3.BoolRef, str]]:
    """Target calls to memory(none) functions that no source call matches: the callee might be UB, or not
    return, with these arguments; not modelled, hence approximations (INCONCLUSIVE where reachable)."""
    out = []
    for t in tgt:
        matched = [
            z3.And(s.guard, *[values_refine(a, b) for a, b in zip(s.args, t.args, strict=True)])
            for s in src
            if s.callee == t.callee and s.ty == t.ty and len(s.args) == len(t.args)
        ]
        out.append(
            (
                z3.And(t.guard, z3.Not(z3.Or(*matched))) if matched else t.guard,
                f"the target calls @{t.callee} (memory(none)) where the source makes no such call",
            )
        )
    return out


def _declared_memory_rules(enc: FunctionEncoder, inst: Instruction) -> dict[str, str] | None:
    """The callee's memory effects per location as the source's declaration and the call site state them."""
    from llmopt.verify.smt.parser import resolve_attrs

    src = enc.shared.source_module or enc.module
    decl = src.declarations.get(inst.callee or "")
    attrs = set(resolve_attrs(inst.call_attrs, enc.module))
    if decl is not None:
        attrs |= set(resolve_attrs(decl[2], src))
    return parse_memory_attribute(tuple(attrs))


def _argument_locations(enc: FunctionEncoder, args: list[Value]) -> set[str]:
    """Where in the caller's terms the callee's argument memory may lie: "argmem" (a pointer based on one of the
    caller's parameters), "other" (a global), both when the provenance is not known syntactically."""
    where: set[str] = set()
    for a in args:
        if not isinstance(a, Pointer):
            continue
        if z3.is_bv_value(a.block) and a.block.as_long() != 0:
            continue  # one of the caller's allocas: not a memory effect of the caller
        if any(a.origin.eq(root) for root in enc.arg_roots):
            where.add("argmem")
        elif any(a.origin.eq(g) for g in enc.shared.globals.values()):
            where.add("other")
        else:
            where |= {"argmem", "other"}
    return where


def _check_call_arg_limits(enc: FunctionEncoder, inst: Instruction, args: list[Value], effect: str) -> None:
    """A target parameter promised ``readonly``/``writeonly``/``readnone`` is broken as much by a callee writing
    (reading) through it as by the function itself (LangRef: UB). Unless the callee's declared ``memory(...)``
    rules the access out (not at all, or only through arguments that are not based on such a parameter), whether
    it does is unknown: an approximation (INCONCLUSIVE if reachable), never a proof."""
    callee = inst.callee or ""
    may = {"read"} if effect == "read" else {"read", "write"}
    rules = _declared_memory_rules(enc, inst)
    relied = False
    if rules is None and _trustable(enc, callee):
        rules = trusted_memory_rules(enc.module, callee)
        relied = rules is not None
    forbidden: set[str] = set().union(*enc.arg_limits.values())
    for kind in sorted(may & forbidden):
        free = _arguments_free_of(enc, args, kind)
        if free and not may_capture_pointers(enc.fn, enc.module, ()):
            # Only pointers based on the parameter count ("through this pointer argument"): the callee is given
            # none, and the function keeps no copy it could reach (sqrt(x) under a readonly array parameter).
            continue
        if rules is not None and kind not in rules["other"] and (kind not in rules["argmem"] or free):
            if relied:
                enc.shared.relied_callees.add(callee)
            continue
        enc.add_approx(
            z3.BoolVal(True),
            f"call to @{callee} may {kind} through a parameter promised not to be "
            f"{'written' if kind == 'write' else 'read'}",
        )
        return


def _arguments_free_of(enc: FunctionEncoder, args: list[Value], kind: str) -> bool:
    """Is every pointer argument syntactically not based on a parameter whose promise forbids ``kind``?"""
    for a in args:
        if not isinstance(a, Pointer):
            continue
        if z3.is_bv_value(a.block) and a.block.as_long() != 0:
            continue
        index = next((i for i, root in enumerate(enc.arg_roots) if a.origin.eq(root)), None)
        if index is not None:
            if kind in enc.arg_limits.get(index, ()):
                return False
        elif not any(a.origin.eq(g) for g in enc.shared.globals.values()):
            return False
    return True


def _callee_attrs(enc: FunctionEncoder, inst: Instruction) -> set[str]:
    from llmopt.verify.smt.parser import resolve_attrs

    src = enc.shared.source_module or enc.module
    decl = src.declarations.get(inst.callee or "")
    attrs = set(resolve_attrs(inst.call_attrs, enc.module))
    if TRAPS.get(semantics.intrinsic_key(inst.callee or "") or ""):
        attrs |= {"noreturn", "nounwind"}
    if decl is not None:
        attrs |= set(resolve_attrs(decl[2], src))
        # A declared C library function keeps the promises the C standard makes for it (libcalls.py).
        if not builtins_disabled(inst.callee or "", enc.fn_attr_set | attrs):
            attrs |= known_library_attrs(inst.callee or "")
    return attrs


def _intrinsic(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> Value | None:
    if key == "invariant.start" and enc.is_target and not _source_calls(enc, "llvm.invariant.start"):
        # A promise that memory stays constant (a later store is UB): not modelled, so a target may not add one.
        raise Unsupported("the target adds llvm.invariant.start")
    if key in IGNORED_INTRINSICS:
        return None
    if key == "sideeffect":
        # LangRef: llvm.sideeffect is an event the optimizer must keep (it makes an infinite loop observable), so
        # dropping or moving one is not a refinement. Not modelled as an event yet: never "equivalent".
        raise Unsupported("llvm.sideeffect (an observable event) is not modelled exactly")
    if key in ("lifetime.start", "lifetime.end"):
        lifetime_marker(enc, key, inst, st)
        return None
    if key in ("memcpy", "memmove", "memset", "memcpy.inline", "memset.inline"):
        memory_intrinsic(enc, key, inst, st)
        return None
    if key == "assume":
        c = enc._operand(inst.operands[0], st)
        assert isinstance(c, Bits)
        enc.add_ub(z3.Or(c.poison, c.bv == 0))
        for tag, operands in inst.bundles:
            pointer_intrinsics.assume_bundle(enc, tag, [enc._operand(o, st) for o in operands])
        return None
    if key == "is.fpclass":
        return _is_fpclass(enc, inst, st)
    if key == "ptrmask" and not isinstance(inst.type, VectorType):
        return pointer_intrinsics.ptrmask(enc, [enc._operand(o, st) for o in inst.operands])
    if key.startswith(constrained.PREFIX):
        return constrained.constrained_fp(enc, key, inst, st)
    if key in ("fmuladd", "fma", "sqrt"):
        return _fp_rounded(enc, key, inst, st)
    if key in semantics.FP_ROUNDING or key in semantics.FP_TO_NEAREST_INT or key in ("fptosi.sat", "fptoui.sat"):
        return _fp_integral(enc, key, inst, st)
    if key in semantics.FP_MIN_MAX and isinstance(inst.type, FloatType):
        a, b = (enc._operand(o, st) for o in inst.operands)
        assert isinstance(a, Bits) and isinstance(b, Bits)
        return _intrinsic_fast_math(enc, inst, [a, b], semantics.fp_min_max(enc, key, a, b, inst.type))
    fn = semantics.INTRINSICS.get(key)
    if key in ("scmp", "ucmp"):
        result_element = inst.type.element if isinstance(inst.type, VectorType) else inst.type
        fn = semantics.three_way_compare(key == "scmp", bit_width(result_element))
    if key in vectors.SHAPE_INTRINSICS:
        return vectors.shape_intrinsic(key, inst, [enc._operand(o, st) for o in inst.operands])
    if fn is None and not key.startswith("vector.reduce."):
        raise Unsupported(f"intrinsic llvm.{key}")
    args = [enc._operand(a, st) for a in inst.operands]
    args = [apply_value_attrs(enc, a, op.attrs, op.type) for a, op in zip(args, inst.operands, strict=False)]
    for a, op in zip(args, inst.operands, strict=False):
        if "noundef" in op.attrs:
            enc.add_ub(poison_of(a))
    if key.startswith("vector.reduce."):
        if enc.is_target and inst.flags:
            raise Unsupported(f"fast-math flags on llvm.{key} in the target")
        return vectors.reduction(enc, key[len("vector.reduce.") :], inst, args)
    assert fn is not None
    if isinstance(inst.type, VectorType):
        if enc.is_target and inst.flags & FAST_MATH:
            raise Unsupported(f"fast-math flags on llvm.{key} of vectors in the target")
        return vectors.lane_wise_intrinsic(enc, fn, args, inst.type)
    if any(isinstance(op.type, VectorType) for op in inst.operands):
        raise Unsupported(f"intrinsic llvm.{key} on vectors with a non-vector result")
    return _intrinsic_fast_math(enc, inst, args, fn(enc, args))


def _noundef_arguments(enc: FunctionEncoder, inst: Instruction) -> list[bool]:
    """Which arguments are ``noundef``: at the call site or on the callee's declaration (LangRef: a declaration's
    parameter attributes hold at every call; passing poison or undef there is UB)."""
    _, declared = enc.module.declaration_value_attrs.get(inst.callee or "", ((), ()))
    return [
        "noundef" in op.attrs or (i < len(declared) and "noundef" in declared[i]) for i, op in enumerate(inst.operands)
    ]


FAST_MATH = frozenset({"nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast"})


def _intrinsic_fast_math(enc: FunctionEncoder, inst: Instruction, args: list[Value], result: Value) -> Value:
    """Fast-math flags on an intrinsic call, as on an instruction (``semantics._check_fast_math``): ``nnan``/``ninf``
    make a NaN/infinite operand or result poison on both sides; other flags are not modelled in the target, the source's
    flags other than those are ignored (fewer source behaviours: sound)."""
    if not (inst.flags & FAST_MATH):
        return result
    if not isinstance(result, Bits):
        if not enc.is_target:
            return result
        raise Unsupported(f"fast-math flags on a call to @{inst.callee} in the target")
    inputs = [
        semantics.to_fp(a.bv, op.type)
        for a, op in zip(args, inst.operands, strict=False)
        if isinstance(op.type, FloatType) and isinstance(a, Bits)
    ]
    out = semantics.to_fp(result.bv, inst.type) if isinstance(inst.type, FloatType) else None
    poison = semantics._check_fast_math(enc, inst, inputs, out)
    return Bits(result.bv, z3.Or(result.poison, poison))


def _is_fpclass(enc: FunctionEncoder, inst: Instruction, st: State) -> Value:
    """``llvm.is.fpclass(x, mask)``: is x in one of the classes of the constant mask (read from x's bits, so NaN
    payloads and signed zeros count), lane by lane on vectors; poison x gives poison."""
    x_op, mask_op = inst.operands
    if not isinstance(mask_op.value, IntConst):
        raise Unsupported("llvm.is.fpclass with a variable mask")
    mask = mask_op.value.value
    x = enc._operand(x_op, st)
    lane_ty = x_op.type.element if isinstance(x_op.type, VectorType) else x_op.type
    if not isinstance(lane_ty, FloatType):
        raise Unsupported(f"llvm.is.fpclass on {x_op.type}")

    def lane(v: Value) -> Value:
        assert isinstance(v, Bits)
        return semantics.bool_bits(in_fp_class(v.bv, lane_ty, mask), v.poison)

    return Aggregate(tuple(lane(e) for e in x.elements)) if isinstance(x, Aggregate) else lane(x)


def _fp_integral(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> Value:
    """floor, ceil, trunc, rint, nearbyint, round, roundeven (rounded to an integer in the operand's format),
    fptosi.sat/fptoui.sat (to an integer, saturating) and lround/llround/lrint/llrint (to the nearest integer),
    lane by lane on vectors."""
    (op,) = inst.operands
    lane_ty = op.type.element if isinstance(op.type, VectorType) else op.type
    out_ty = inst.type.element if isinstance(inst.type, VectorType) else inst.type
    to_int = key.endswith(".sat") or key in semantics.FP_TO_NEAREST_INT
    if not isinstance(lane_ty, FloatType) or (to_int and not isinstance(out_ty, IntType)):
        raise Unsupported(f"llvm.{key} from {op.type} to {inst.type}")
    x = enc._operand(op, st)

    def lane(v: Value) -> Value:
        assert isinstance(v, Bits) and isinstance(lane_ty, FloatType)
        if key.endswith(".sat"):
            assert isinstance(out_ty, IntType)
            return semantics.fp_to_int_sat(key == "fptosi.sat", v, lane_ty, out_ty.bits)
        if key in semantics.FP_TO_NEAREST_INT:
            assert isinstance(out_ty, IntType)
            return semantics.fp_to_nearest_int(enc, key, v, lane_ty, out_ty.bits)
        return semantics.fp_round_integral(enc, key, v, lane_ty)

    result = Aggregate(tuple(lane(e) for e in x.elements)) if isinstance(x, Aggregate) else lane(x)
    return _intrinsic_fast_math(enc, inst, [x], result)


def _fp_rounded(enc: FunctionEncoder, key: str, inst: Instruction, st: State) -> Value:
    """fma, fmuladd and sqrt: IEEE-754 operations rounded to nearest (LangRef: sqrt as a conforming libm's)."""
    ty = inst.type
    if not isinstance(ty, FloatType):
        raise Unsupported(f"llvm.{key} on {ty}")
    if key == "sqrt":
        (a,) = (enc._operand(o, st) for o in inst.operands)
        assert isinstance(a, Bits)
        root = z3.fpSqrt(semantics.RNE, semantics.to_fp(a.bv, ty))
        return _intrinsic_fast_math(enc, inst, [a], Bits(semantics.from_fp(enc, root, ty, [a.bv]), a.poison))
    a, b, c = (enc._operand(o, st) for o in inst.operands)
    assert isinstance(a, Bits) and isinstance(b, Bits) and isinstance(c, Bits)
    x, y, z = (semantics.to_fp(v.bv, ty) for v in (a, b, c))
    fused = z3.fpFMA(semantics.RNE, x, y, z)
    if key == "fmuladd":
        split = z3.fpAdd(semantics.RNE, z3.fpMul(semantics.RNE, x, y), z)
        # fmuladd may or may not fuse: a nondeterministic choice on both sides.
        result = z3.If(enc.fresh_bool("fuse"), fused, split)
    else:
        result = fused
    out = Bits(semantics.from_fp(enc, result, ty, [a.bv, b.bv, c.bv]), z3.Or(a.poison, b.poison, c.poison))
    return _intrinsic_fast_math(enc, inst, [a, b, c], out)


def _source_calls(enc: FunctionEncoder, name: str) -> bool:
    """Does the source's version of this function mention ``@name``? (Read from its text: the source module's
    functions are parsed lazily.)"""
    src = enc.shared.source_module
    fn = src.functions.get(enc.fn.name) if src is not None else None
    body = getattr(fn, "body", None)
    if isinstance(body, list) and all(isinstance(line, str) for line in body):
        return any(f"@{name}" in line for line in body)
    blocks = getattr(fn, "blocks", None) or []
    return any((inst.callee or "").startswith(name) for block in blocks for inst in block.instructions)


__all__ = [
    "after_call",
    "call_memory_effect",
    "encode_call",
    "unmatched_pure_calls",
]
