"""Attributes of the functions a module defines, trusted by their callers' checks on condition that they are proved.

Why: LLVM infers function attributes bottom-up over the call graph (``function-attrs``, run by -O1 and up): a caller
becomes ``nofree`` or ``memory(argmem: read)`` because its defined callees are, and a pointer passed to a defined
callee's ``nocapture`` parameter stays uncaptured, so the caller's own parameter gets ``nocapture`` too. Checked
one function at a time, such a promise rests on another function's attributes, which only that function's own check
establishes (its added attributes are checked there: promises at each call, ``memory(...)`` at each access,
``nocapture`` syntactically). So a check may use the target module's attributes of a defined callee and names the
callee it relied on (``SharedInputs.relied_callees``, ``may_capture_pointers``); the module-level verdict
(``discharge_reliances``) keeps EQUIVALENT only where every callee relied on is itself proved EQUIVALENT in the same
run, and on a chain of such reliances that ends: a function relying, directly or not, on itself is INCONCLUSIVE.
That least-fixpoint rule is what makes ``willreturn`` and ``norecurse`` safe to trust too (a function recursing
forever would otherwise "prove" its own ``willreturn`` by assuming it).

A proved callee's promise also speaks for the source's callee, which a user of one rewritten function keeps: the
target callee refines the source's, so every defined behaviour of the source's callee is one of the target's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from llmopt.verify.smt.ir import FloatType, Function, Instruction, IntType, Module, PtrType, Unsupported, VectorType
from llmopt.verify.smt.support import parse_memory_attribute

# Function attributes a target caller's promises are checked against at each call (encoder.PROMISE_ATTRS), plus
# nocallback, which implies norecurse for the caller (nounwind/mustprogress: where the target adds them).
TRUSTED_PROMISES = frozenset({"nofree", "nosync", "norecurse", "willreturn", "nocallback", "nounwind", "mustprogress"})
NOCAPTURE = ("nocapture", "captures(none)")
LOCATIONS = ("argmem", "inaccessiblemem", "other")
# A call surely returns (LangRef: willreturn allows unwinding, nounwind forbids it).
RETURNS = frozenset({"willreturn", "nounwind"})


def defined_signature(module: Module, name: str) -> Function | None:
    """The header of a function ``module`` defines (None for a declaration, an intrinsic or a header not parsed)."""
    lazy = module.functions.get(name)
    if lazy is None or name.startswith("llvm.") or name in module.declarations:
        return None
    try:
        return lazy.signature_only()  # type: ignore[attr-defined]
    except Unsupported:
        return None


def _fn_attrs(module: Module, fn: Function) -> frozenset[str]:
    from llmopt.verify.smt.parser import resolve_attrs

    return frozenset(resolve_attrs(fn.fn_attrs, module))


def trusted_attributes(module: Module, callee: str) -> frozenset[str]:
    """Every function attribute of a defined callee's header; empty when it is not defined here."""
    fn = defined_signature(module, callee)
    return frozenset() if fn is None else _fn_attrs(module, fn)


def trusted_promises(module: Module, callee: str) -> frozenset[str]:
    """The promises (nofree, nosync, ...) a defined callee's header makes; empty when it is not defined here."""
    fn = defined_signature(module, callee)
    return frozenset() if fn is None else _fn_attrs(module, fn) & TRUSTED_PROMISES


def trusted_memory_rules(module: Module, callee: str) -> dict[str, str] | None:
    """A defined callee's ``memory(...)`` (or readnone/readonly/writeonly) effects per location; None without one."""
    fn = defined_signature(module, callee)
    return None if fn is None else parse_memory_attribute(tuple(_fn_attrs(module, fn)))


def nocapture_parameter(module: Module, callee: str, index: int) -> bool:
    """Does the defined callee promise not to capture its ``index``-th parameter?"""
    fn = defined_signature(module, callee)
    if fn is None or index >= len(fn.params):
        return False
    return any(a in NOCAPTURE for a in fn.params[index].attrs)


def allows(granted: str, wanted: str) -> bool:
    """Does the effect ``granted`` ("none", "read", "write", "readwrite") cover every access of ``wanted``?"""
    return all(kind in granted for kind in ("read", "write") if kind in wanted)


def callee_within_rules(
    caller_rules: Mapping[str, str], callee_rules: Mapping[str, str], argument_locations: Iterable[str]
) -> bool:
    """Does a callee with ``callee_rules`` keep a caller's ``memory(...)`` promise? The callee's argument memory is
    the caller's memory at the locations its pointer arguments may point into (``argument_locations``: "argmem" for
    the caller's parameters, "other" for globals, both when unknown, none for the caller's own allocas)."""
    if not allows(caller_rules["inaccessiblemem"], callee_rules["inaccessiblemem"]):
        return False
    if not allows(caller_rules["other"], callee_rules["other"]):
        return False
    return all(allows(caller_rules[loc], callee_rules["argmem"]) for loc in set(argument_locations))


def may_capture_pointers(
    fn: Function, module: Module, library_nocapture: Iterable[str], relied: set[str] | None = None
) -> bool:
    """Could ``fn`` keep a pointer beyond its return: store a pointer, pass one to a call (other than a memory
    intrinsic, a C library function in ``library_nocapture`` that the module does not define, or a parameter the
    defined callee promises ``nocapture``: that callee is then added to ``relied``), return one, turn one into an
    integer, or compare one (its bits then decide what happens)? Syntactic, so a False answer is certain (given the
    callees relied on)."""
    library = set(library_nocapture)
    used: set[str] = set()
    for block in fn.blocks:
        for inst in block.instructions:
            if inst.opcode == "store" and isinstance(inst.operands[0].type, PtrType):
                return True
            if inst.opcode == "ptrtoint":
                return True
            if inst.opcode == "icmp" and any(_holds_pointers(o.type) for o in inst.operands):
                # LangRef "Pointer Capture": behaviour that depends on the pointer's bits (a comparison) captures.
                return True
            if inst.opcode == "call" and _call_may_capture(inst, module, library, used):
                return True
            if inst.opcode == "ret" and inst.operands and not _scalar(inst.operands[0].type):
                return True
    if relied is not None:
        relied |= used
    return False


def _holds_pointers(ty: object) -> bool:
    return isinstance(ty, PtrType) or (isinstance(ty, VectorType) and isinstance(ty.element, PtrType))


def _scalar(ty: object) -> bool:
    return isinstance(ty, IntType | FloatType)


def _call_may_capture(inst: Instruction, module: Module, library: set[str], used: set[str]) -> bool:
    callee = inst.callee or ""
    if callee.startswith(("llvm.memcpy", "llvm.memset", "llvm.memmove", "llvm.lifetime")):
        return False
    pointer_args = [i for i, o in enumerate(inst.operands) if isinstance(o.type, PtrType)]
    if not pointer_args:
        return False
    if callee in library:
        return False
    if all(nocapture_parameter(module, callee, i) for i in pointer_args):
        used.add(callee)
        return False
    return True


def discharge_reliances(proved: Iterable[str], relied: Mapping[str, set[str]]) -> dict[str, str]:
    """The functions whose proof must be withdrawn, each with the callee to blame: a function stays proved only
    where every callee it relied on is proved and stays so, on a chain of reliances that ends (least fixpoint)."""
    proved = set(proved)
    kept: set[str] = {f for f in proved if not relied.get(f)}
    changed = True
    while changed:
        changed = False
        for f in proved - kept:
            if relied[f] <= kept:
                kept.add(f)
                changed = True
    withdrawn = {}
    for f in sorted(proved - kept):
        withdrawn[f] = next((g for g in sorted(relied[f]) if g not in kept), sorted(relied[f])[0])
    return withdrawn
