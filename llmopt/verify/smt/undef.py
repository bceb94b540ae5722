"""``undef`` as LLVM defines it: a value that may differ at *each use*, not one arbitrary value (LangRef "Undefined
Values"). Without this, ``ret undef`` and ``ret (freeze undef)`` look alike, and ``xor %u, %u`` of an undef ``%u``
is always 0, so a target that *introduces* undef was accepted where the source returns a fixed value.

The model (after Alive2): every ``undef`` constant is a fresh choice of its side, recorded here as an *undef
variable*. Each time an SSA value that mentions undef variables is used (an operand) those variables are replaced
by fresh copies, so two uses are independent; the first use of a variable may take the variable itself (nothing
else has observed it), which keeps the two sides' instances in step where one of them has an extra memory round
trip or load. ``freeze`` replaces them by ordinary choices, so all its uses agree. A value *varies* when two
instantiations of its undef variables can give different bits; then:

* branching on it, or accessing memory at an address that varies, is UB (on either side: the copies are choices of
  that side, universally quantified for the source, so source UB needs only *some* pair of choices to differ);
* for the target only, returning it, storing it or passing it to a call is an *approximation* (INCONCLUSIVE when
  reachable): the caller or callee would see undef, which no single source value accounts for, and comparing undef
  with the source's undef is not modelled.

Where the source makes no choice other than undef instances (no ``freeze``, no NaN payload), the refinement query's
flat order (for every target choice, some source choice) is Alive2's order (some source choice, then for every target
undef instance some source undef instance): undef values are sets, and the query checks that the target's set lies in
the source's. The approximation above is then dropped (``only_undef_choices``): a target that returns, stores or
passes undef where the source does too is decided. It stays where the source freezes: ``ret undef`` for the source's
``ret (freeze undef)`` is INCONCLUSIVE, never equivalent.

Arguments: a parameter the source does not mark ``noundef`` may be undef (LangRef: the caller may pass it). Its value
is then ``flag ? u : %a`` with ``u`` an undef variable of each side (``undef_argument``), so each use may differ.
The verifier checks first with defined arguments (today's model; a refutation there is genuine), and only a proof is
checked again with the flags: most hand-written IR has no ``noundef``, and clang marks every C argument
``noundef``, so real code pays nothing.

Memory (``SmtVerifier(undef_memory=True)``, the default): in the same second check, a byte of the caller's memory
may be undef (``memory.UNDEF_BIT``); a load of it reads this side's undef-byte array at its address (one undef
variable for all such bytes, ``encoder.undef_byte``, so its uses instantiate it like any other), and a copy
(``memcpy``) keeps the mark.
A store keeps the stored value's variables in the bytes and a load reads them back unchanged: only uses instantiate,
so ``store %s; %r = load; ret %r`` and ``store %s; ret %s`` give the same instances (store-to-load forwarding is
proved in the fast path). Memory observed by the caller or a callee (at return, at a call, where the function
stops) is a read of its own: ``observe_memory`` copies every undef variable its bytes mention, each copy named after
its variable so the sides pair. Where memory is compared (``refinement.UndefBytes``), an undef byte of the source
admits any target byte but poison, and an undef byte of the target reads as a byte of the target's choosing, which
the source's byte must match.

Call results (the same switch, what the function receives from outside besides its arguments): the k-th call's
integer or floating-point result may be undef unless ``noundef`` (``undef_call_result``): an undef variable
per side named by call and callee, under a shared flag.

Not covered: undef results of ``memory(none)`` calls and pointer results (one value, possibly poison); undef
pointer arguments (a pointer argument is one value, possibly poison); a source that freezes and also returns,
stores or passes undef (INCONCLUSIVE).
"""

from __future__ import annotations

from typing import Protocol

import z3

from llmopt.verify.smt.ir import FloatType, Function, IntType, VectorType
from llmopt.verify.smt.memory import ByteMap
from llmopt.verify.smt.values import FALSE, Aggregate, Bits, Pointer, Value, merge_values

# The reason of the approximation a target records where a caller or callee would see undef (``only_undef_choices``
# tells when the query decides it instead).
UNDEF_OBSERVED = "a value that may be undef"
# Choice hints that are undef instances (``varies`` copies included), not a frozen or otherwise fixed choice.
UNDEF_HINTS = ("undef", "undefcopy")


class _Fresh(Protocol):
    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef: ...

    def named_undef(self, name: str, sort: z3.SortRef) -> z3.ExprRef: ...

    def fresh_like(self, var: z3.ExprRef, hint: str) -> z3.ExprRef: ...

    def argument_undef(self, lane: tuple[int, int], width: int, base: bool) -> z3.BitVecRef: ...


class UndefVars:
    """The undef variables one side created, and which of them each expression mentions (memoized: the same
    subexpressions are asked about at every use)."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.arguments: dict[str, tuple[int, int]] = {}
        # Variables some use took as its own instance: every later use takes a copy.
        self.consumed: set[str] = set()
        # Per variable, how many uses copied it (the copies' names, ``_copies``).
        self.copies: dict[str, int] = {}
        # Per variable, how many memory observations copied it (the copies' names, ``observe_memory``).
        self.observations: dict[str, int] = {}
        # Per ByteMap node (by id; the node is kept alive with its answer): the variables its cells mention.
        self._map_memo: dict[int, tuple[ByteMap, dict[str, z3.ExprRef]]] = {}
        self._memo: dict[int, dict[str, z3.ExprRef]] = {}
        self._keep: list[z3.ExprRef] = []  # keeps memoized ASTs alive so their ids are not reused

    def add(self, var: z3.ExprRef, argument: tuple[int, int] | None = None) -> None:
        """Record an undef variable; ``argument`` (parameter index, lane) for an undef argument's template and
        instances, whose further instances ``argument_undef`` names (so the source's pair with the target's)."""
        self.names.add(str(var))
        if argument is not None:
            self.arguments[str(var)] = argument

    def mentioned(self, exprs: list[z3.ExprRef]) -> dict[str, z3.ExprRef]:
        """The undef variables (by name) that occur in ``exprs``."""
        found: dict[str, z3.ExprRef] = {}
        if self.names:
            for e in exprs:
                found.update(self._vars(e))
        return found

    def _vars(self, root: z3.ExprRef) -> dict[str, z3.ExprRef]:
        memo = self._memo
        stack = [root]
        while stack:
            e = stack[-1]
            key = e.get_id()
            if key in memo:
                stack.pop()
                continue
            if z3.is_const(e):
                name = str(e)
                memo[key] = {name: e} if name in self.names else {}
                self._keep.append(e)
                stack.pop()
                continue
            pending = [c for c in e.children() if c.get_id() not in memo]
            if pending:
                stack.extend(pending)
                continue
            merged: dict[str, z3.ExprRef] = {}
            for c in e.children():
                merged.update(memo[c.get_id()])
            memo[key] = merged
            self._keep.append(e)
            stack.pop()
        return memo[root.get_id()]


def components(v: Value) -> list[z3.ExprRef]:
    """Every z3 term a value is made of (bits, poison flags, pointer parts)."""
    if isinstance(v, Bits):
        return [v.bv, v.poison]
    if isinstance(v, Pointer):
        parts: list[z3.ExprRef] = [v.block, v.offset, v.poison]
        return parts if v.root is None else [*parts, v.root]
    return [c for e in v.elements for c in components(e)]


def substitute(v: Value, pairs: list[tuple[z3.ExprRef, z3.ExprRef]]) -> Value:
    """``v`` with each (old, new) variable pair replaced."""
    if not pairs:
        return v
    if isinstance(v, Bits):
        return Bits(z3.substitute(v.bv, *pairs), z3.substitute(v.poison, *pairs))
    if isinstance(v, Pointer):
        root = None if v.root is None else z3.substitute(v.root, *pairs)
        return Pointer(
            z3.substitute(v.block, *pairs), z3.substitute(v.offset, *pairs), z3.substitute(v.poison, *pairs), root
        )
    return Aggregate(tuple(substitute(e, pairs) for e in v.elements))


def _copies(
    fx: _Fresh, tracker: UndefVars, found: dict[str, z3.ExprRef], hint: str
) -> list[tuple[z3.ExprRef, z3.ExprRef]]:
    pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []
    for name, var in found.items():
        argument = tracker.arguments.get(name)
        if argument is not None and hint == "undef":
            pairs.append((var, fx.argument_undef(argument, var.size(), base=False)))
        elif hint == "undef" and name not in tracker.consumed:
            # The first use takes the variable itself: nothing else observes it yet, so this is as good as a
            # copy, and one variable fewer keeps the instances of both sides in step (the fast path pairs them).
            tracker.consumed.add(name)
        elif hint == "undef":
            # Named after its variable and how many copies of it this side made: the sides' k-th copies of the
            # same variable pair in the fast path, whatever other variables either side copied meanwhile.
            k = tracker.copies.get(name, 0)
            tracker.copies[name] = k + 1
            pairs.append((var, fx.named_undef(f"{name}.c{k}", var.sort())))
        else:
            pairs.append((var, fx.fresh_like(var, hint)))
    return pairs


def instantiate(fx: _Fresh, tracker: UndefVars, v: Value) -> Value:
    """One use of ``v``: its undef variables replaced by fresh undef variables (a no-op without undef); the first
    use of a variable keeps it (see ``_copies``)."""
    found = tracker.mentioned(components(v))
    return substitute(v, _copies(fx, tracker, found, "undef")) if found else v


def freeze_undef(fx: _Fresh, tracker: UndefVars, v: Value) -> Value:
    """``v`` with its undef variables fixed: replaced by ordinary choices, which every later use shares."""
    found = tracker.mentioned(components(v))
    return substitute(v, _copies(fx, tracker, found, "freeze")) if found else v


def varies(fx: _Fresh, tracker: UndefVars, terms: list[z3.ExprRef]) -> z3.BoolRef:
    """Can another instantiation of the undef variables in ``terms`` change them? (FALSE without undef.)"""
    found = tracker.mentioned(terms)
    if not found:
        return FALSE
    return _differs(terms, _copies(fx, tracker, found, "undefcopy"))


def _differs(terms: list[z3.ExprRef], pairs: list[tuple[z3.ExprRef, z3.ExprRef]]) -> z3.BoolRef:
    """Does some term change when each (variable, other instance) pair is substituted?"""
    return z3.Or(*[t != z3.substitute(t, *pairs) for t in terms])


def varies_by_complement(tracker: UndefVars, terms: list[z3.ExprRef]) -> z3.BoolRef:
    """Do ``terms`` change when each undef variable they mention is replaced by its bitwise complement (one more
    instantiation, for the fast path's source: ``encoder.undef_varies``)? FALSE without undef."""
    found = tracker.mentioned(terms)
    if not found:
        return FALSE
    return _differs(terms, [(v, _complement(v)) for v in found.values()])


def _complement(v: z3.ExprRef) -> z3.ExprRef:
    if isinstance(v, z3.BitVecRef):
        return ~v
    i = z3.FreshConst(v.sort().domain(), "i")  # an undef-byte array: every byte complemented
    return z3.Lambda([i], ~z3.Select(v, i))


def observe_memory(fx: _Fresh, tracker: UndefVars, memory: ByteMap) -> ByteMap:
    """External memory as a caller or callee sees it (at return, at a call, where the function stops): a read of an
    undef byte may differ from every use the function made, so the undef variables the bytes mention are copied
    here. A copy is named after its variable and the observation's number, so the source's copy pairs with the
    target's in the fast path whether or not either side used the value first."""
    found = {n: v for n, v in _map_vars(tracker, memory).items() if n not in tracker.arguments}
    pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []
    for name in sorted(found):
        k = tracker.observations.get(name, 0)
        tracker.observations[name] = k + 1
        pairs.append((found[name], fx.named_undef(f"{name}.obs{k}", found[name].sort())))
    return memory.renamed(pairs) if pairs else memory


def _map_vars(tracker: UndefVars, root: ByteMap) -> dict[str, z3.ExprRef]:
    """The undef variables the cells (and addresses, conditions) of a byte map mention."""
    if not tracker.names:
        return {}
    memo = tracker._map_memo
    stack = [root]
    while stack:
        node = stack[-1]
        if id(node) in memo:
            stack.pop()
            continue
        kids = node.children()
        pending = [k for k in kids if id(k) not in memo]
        if pending:
            stack.extend(pending)
            continue
        found = tracker.mentioned(node.terms())
        for k in kids:
            found.update(memo[id(k)][1])
        if node.pairs:
            renamed = {str(old): new for old, new in node.pairs}
            found = {str(renamed.get(n, v)): renamed.get(n, v) for n, v in found.items()}
        memo[id(node)] = (node, found)
        stack.pop()
    return memo[id(root)][1]


def undef_call_result(fx: _Fresh, tracker: UndefVars, name: str, k: int, callee: str, r: Value) -> Value:
    """The k-th call's result as the undef-aware check sees it (LangRef: only a ``noundef`` result is free of undef;
    ``attributes.apply_return_attrs`` makes undef under ``noundef`` UB): where the shared flag says the callee returned
    undef, an undef variable of this side (``name``: by call and callee, so the sides pair), instantiated at each use.
    Integers and floats; a pointer result is one value, as a pointer argument is."""
    if not isinstance(r, Bits):
        return r
    width = r.bv.size()
    name = f"{name}.i{width}"
    u = z3.BitVec(name, width) if name in tracker.names else fx.named_undef(name, z3.BitVecSort(width))
    flag = z3.Bool(f"call{k}.{callee}.undef")
    return Bits(z3.If(flag, u, r.bv), z3.And(z3.Not(flag), r.poison))


def undef_params(fn: Function) -> list[int]:
    """The parameters of ``fn`` (the source) that may be undef: not ``noundef``, of integer or floating-point type or
    a vector of them (pointer arguments are not covered: see the module docstring)."""

    def scalar(ty: object) -> bool:
        return isinstance(ty, (IntType, FloatType))

    return [
        i
        for i, p in enumerate(fn.params)
        if "noundef" not in p.attrs
        and (scalar(p.type) or (isinstance(p.type, VectorType) and not p.type.scalable and scalar(p.type.element)))
    ]


def argument_flag_count(v: Value) -> int:
    """How many undef flags an argument value takes: one per lane of a vector, else one."""
    return len(v.elements) if isinstance(v, Aggregate) else 1


def undef_argument(fx: _Fresh, index: int, v: Value, flags: list[z3.BoolRef]) -> Value:
    """Argument ``index`` where it is undef (its flag, lane by lane): a template undef variable of this side, so that
    each use is a fresh instance (``instantiate``), never poison then."""
    if isinstance(v, Aggregate):
        lanes = [_undef_lane(fx, (index, k), e, f) for k, (e, f) in enumerate(zip(v.elements, flags, strict=True))]
        return Aggregate(tuple(lanes))
    return _undef_lane(fx, (index, 0), v, flags[0])


def _undef_lane(fx: _Fresh, lane: tuple[int, int], v: Value, flag: z3.BoolRef) -> Value:
    if not isinstance(v, Bits):
        return v
    return merge_values(flag, Bits(fx.argument_undef(lane, v.bv.size(), base=True), FALSE), v)


def only_undef_choices(choices: list[z3.ExprRef]) -> bool:
    """Does a side choose nothing but undef instances? (Choice names are ``prefix.hint.iN.k``.)"""
    for c in choices:
        parts = str(c).split(".")
        if len(parts) < 4 or parts[1] not in UNDEF_HINTS:
            return False
    return True


def observed_undef(fx: _Fresh, tracker: UndefVars, v: Value) -> z3.BoolRef:
    """Some element of ``v`` is not poison yet may be undef (varies): what a caller or callee would see."""
    if isinstance(v, Aggregate):
        conds = [observed_undef(fx, tracker, e) for e in v.elements]
        conds = [c for c in conds if not z3.is_false(c)]
        return z3.Or(*conds) if conds else FALSE
    found = varies(fx, tracker, components(v))
    return FALSE if z3.is_false(found) else z3.And(z3.Not(v.poison), found)
