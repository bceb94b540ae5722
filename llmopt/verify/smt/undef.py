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

from typing import Any, Protocol

import z3
from z3 import z3core
from z3.z3 import _to_expr_ref

from llmopt.verify.smt.ir import ArrayType, FloatType, Function, IntType, StructType, VectorType, flat_elements
from llmopt.verify.smt.memory import ByteMap
from llmopt.verify.smt.values import FALSE, Aggregate, Bits, Pointer, Value, merge_values

# The reason of the approximation a target records where a caller or callee would see undef (``only_undef_choices``
# tells when the query decides it instead).
UNDEF_OBSERVED = "a value that may be undef"


class _Fresh(Protocol):
    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef: ...

    def named_undef(self, name: str, sort: z3.SortRef) -> z3.ExprRef: ...

    def named_choice(self, name: str, sort: z3.SortRef) -> z3.ExprRef: ...

    def fresh_choice(self, sort: z3.SortRef, hint: str) -> z3.ExprRef: ...

    def argument_undef(self, lane: tuple[int, int], width: int, base: bool) -> z3.BitVecRef: ...

    def target_count(self, key: tuple[str, str]) -> int | None: ...


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
        # Per root variable, how many ``varies`` checks (a branch on it, an address made from it) copied it.
        self.variations: dict[str, int] = {}
        # Per copy, the variable it is a copy of (transitively), and per such root the one instance every branch
        # takes (``branch_instance``).
        self.roots: dict[str, str] = {}
        self.branch_vars: dict[str, z3.ExprRef] = {}
        # The variables grouped by root, for the other side's ``varies_against`` (kept with the count it is of).
        self._by_root: tuple[int, dict[str, list[str]]] = (0, {})
        # Per variable, how many memory observations copied it (the copies' names, ``observe_memory``).
        self.observations: dict[str, int] = {}
        # Per ByteMap node (by id; the node is kept alive with its answer): the variables its cells mention.
        self._map_memo: dict[int, tuple[ByteMap, dict[str, z3.ExprRef]]] = {}
        self._memo: dict[int, dict[str, z3.ExprRef]] = {}
        self._keep: list[z3.ExprRef] = []  # keeps memoized ASTs alive so their ids are not reused

    def add(self, var: z3.ExprRef, argument: tuple[int, int] | None = None) -> None:
        """Record an undef variable; ``argument`` (parameter index, lane) for an undef argument's template and
        instances, whose further instances ``argument_undef`` names (so the source's pair with the target's)."""
        self.names.add(var_name(var))
        if argument is not None:
            self.arguments[var_name(var)] = argument

    def copied(self, name: str, copy: z3.ExprRef) -> z3.ExprRef:
        """Record that ``copy`` is an instance of variable ``name`` (its root is ``name``'s root)."""
        self.roots[var_name(copy)] = self.root(name)
        return copy

    def root(self, name: str) -> str:
        """The variable ``name`` is a copy of, or ``name`` (an undef argument's instances: the argument's lane)."""
        lane = self.arguments.get(name)
        if lane is not None:
            return f"{name.split('.', 1)[0]}.undef.arg{lane[0]}_{lane[1]}"  # the side's prefix kept
        return self.roots.get(name, name)

    def by_root(self) -> dict[str, list[str]]:
        """The variables' names grouped by root, in name order; recomputed only when variables were added."""
        if self._by_root[0] != len(self.names):
            groups: dict[str, list[str]] = {}
            for name in sorted(self.names):
                groups.setdefault(self.root(name), []).append(name)
            self._by_root = (len(self.names), groups)
        return self._by_root[1]

    def mentioned(self, exprs: list[z3.ExprRef]) -> dict[str, z3.ExprRef]:
        """The undef variables (by name) that occur in ``exprs``."""
        found: dict[str, z3.ExprRef] = {}
        if self.names:
            for e in exprs:
                found.update(self._vars(e))
        return found

    def _vars(self, root: z3.ExprRef) -> dict[str, z3.ExprRef]:
        """The undef variables in ``root``, memoized per node for this tracker.

        Why the raw C calls: every use of a value asks this, and the terms are DAGs of up to hundreds of thousands
        of nodes (a loop unrolled 16 times over memory); walking them through z3's Python objects (``children()``,
        one wrapper and two reference counts per node) took 26 of 31 s of encoding one benchmark function
        (``dot8``). The walk reads node ids, kinds and arguments through the library directly; ``root`` is kept
        alive, so the nodes it holds keep their ids while the memo lives.
        """
        memo = self._memo
        lib, ctx = _RAW, root.ctx_ref()
        get_id = lib.Z3_get_ast_id
        top = root.as_ast()
        top_id = get_id(ctx, top)
        if top_id in memo:
            return memo[top_id]
        self._keep.append(root)
        # Post-order over the DAG: a node is pushed with its children's ids (read once), merged when popped again.
        stack: list[tuple[Any, int, list[int] | None]] = [(top, top_id, None)]
        while stack:
            a, key, kids = stack.pop()
            if kids is not None:  # the children are done: merge (a child's dict is shared, never copied, if alone)
                merged: dict[str, z3.ExprRef] = _NONE
                for k in kids:
                    child = memo[k]
                    if child:
                        merged = child if not merged else {**merged, **child}
                memo[key] = merged
                continue
            if key in memo:
                continue
            if lib.Z3_get_ast_kind(ctx, a) != z3.Z3_APP_AST:
                memo[key] = self._vars_slow(_to_expr_ref(a, root.ctx))  # numerals have none; quantifiers
                continue
            app = lib.Z3_to_app(ctx, a)
            n = lib.Z3_get_app_num_args(ctx, app)
            if n == 0:
                decl = lib.Z3_get_app_decl(ctx, app)
                found = _NONE
                if lib.Z3_get_decl_kind(ctx, decl) == z3.Z3_OP_UNINTERPRETED:
                    name = _symbol(lib.Z3_get_symbol_string(ctx, lib.Z3_get_decl_name(ctx, decl)))
                    if name in self.names:
                        found = {name: _to_expr_ref(a, root.ctx)}
                memo[key] = found
                continue
            args = [lib.Z3_get_app_arg(ctx, app, i) for i in range(n)]
            ids = [get_id(ctx, c) for c in args]
            stack.append((a, key, ids))
            stack.extend((c, i, None) for c, i in zip(args, ids, strict=True) if i not in memo)
        return memo[top_id]

    def _vars_slow(self, e: z3.ExprRef) -> dict[str, z3.ExprRef]:
        """The undef variables of a node that is not an application (a quantifier or a bound variable), through
        z3's Python objects (rare)."""
        if z3.is_quantifier(e):
            return self._vars(e.body())
        return {}


class _RawZ3:
    """The ctypes functions behind z3core's wrappers, without their per-call error check (they only read nodes of
    valid terms); the wrappers themselves where a z3 release lays them out differently."""

    def __init__(self) -> None:
        for name in ("Z3_get_ast_id", "Z3_get_ast_kind", "Z3_to_app", "Z3_get_app_num_args", "Z3_get_app_arg",
                     "Z3_get_app_decl", "Z3_get_decl_kind", "Z3_get_decl_name", "Z3_get_symbol_string"):  # fmt: skip
            wrapper = getattr(z3core, name)
            raw = getattr((wrapper.__defaults__ or (None,))[0], "f", None)
            setattr(self, name, raw if callable(raw) else wrapper)


_RAW: Any = _RawZ3()
_NONE: dict[str, z3.ExprRef] = {}  # the (shared, never mutated) answer of a node without undef variables


def _symbol(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def var_name(var: z3.ExprRef) -> str:
    """A constant's name, as ``str(var)`` gives it, without z3's pretty-printer (the slow part of ``str``)."""
    ctx = var.ctx_ref()
    decl = _RAW.Z3_get_app_decl(ctx, _RAW.Z3_to_app(ctx, var.as_ast()))
    return _symbol(_RAW.Z3_get_symbol_string(ctx, _RAW.Z3_get_decl_name(ctx, decl)))


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
            k = _paired_index(fx, tracker.copies, "copy", name)
            if k is not None:
                pairs.append((var, tracker.copied(name, fx.named_undef(f"{name}.c{k}", var.sort()))))
        elif hint == "undefcopy":
            # The other instance a ``varies`` check compares with, counted and named per root variable: the
            # source's k-th check of a variable (or of a copy of it, ``%b.c0``) pairs with the target's k-th check
            # of the same root, not with whichever check the target happened to make k-th (a loop's unrolled
            # branches on calls' undef results, each its own).
            root = tracker.root(name)
            k = _paired_index(fx, tracker.variations, "vary", root)
            k = tracker.variations[root] - 1 if k is None else k  # (never the variable itself: that never differs)
            pairs.append((var, fx.named_choice(f"{root}.v{k}", var.sort())))
        else:
            pairs.append((var, fx.fresh_choice(var.sort(), hint)))
    return pairs


def _paired_index(fx: _Fresh, counts: dict[str, int], kind: str, name: str) -> int | None:
    """The number of this side's next copy of variable ``name`` (counted in ``counts``), or None for the variable
    itself. In the fast path's source a copy beyond the target's last of its kind takes the target's last (or the
    variable, where the target made none): the source then makes the same choice twice, which it may (each instance
    admits every value), and a source that uses a value once more than the target (``icmp ne (zext %b), 0`` against
    ``icmp eq %b, 0``) pairs with it. (Left free, such a copy is a proof only for every value it may take.)"""
    k = counts.get(name, 0)
    counts[name] = k + 1
    paired = fx.target_count((kind, name))
    if paired is not None and k >= paired:
        return paired - 1 if paired else None
    return k


def instantiate(fx: _Fresh, tracker: UndefVars, v: Value) -> Value:
    """One use of ``v``: its undef variables replaced by fresh undef variables (a no-op without undef); the first
    use of a variable keeps it (see ``_copies``)."""
    found = tracker.mentioned(components(v))
    return substitute(v, _copies(fx, tracker, found, "undef")) if found else v


def freeze_undef(fx: _Fresh, tracker: UndefVars, v: Value) -> Value:
    """``v`` with its undef variables fixed: replaced by ordinary choices, which every later use shares."""
    found = tracker.mentioned(components(v))
    return substitute(v, _copies(fx, tracker, found, "freeze")) if found else v


def branch_instance(fx: _Fresh, tracker: UndefVars, condition: z3.BitVecRef) -> z3.BitVecRef:
    """The instance of a branch's (or switch's) condition the branch took: every undef variable in it replaced by
    one branch instance of its root (``UndefVars.root``), the same for every branch, which no later use instantiates
    again; named after the root, so the sides pair them however many copies of it either side made.

    Why: values merged after the branch carry the condition in their path guards. The path was chosen once, so a
    later use of such a value must not choose it anew (re-instantiated guards cost the solver, and their copies fall
    out of step between the sides: a loop's unrolled branches on calls' results made 17 copies in the target, 5 in
    the source, and the fast path lost its pairing). Any instance is exact: where another instance could take the
    other path the branch is UB (``varies``), so where it is not, every instance takes this path."""
    found = tracker.mentioned([condition])
    pairs: list[tuple[z3.ExprRef, z3.ExprRef]] = []
    for name, var in found.items():
        root = tracker.root(name)
        if root not in tracker.branch_vars:
            tracker.branch_vars[root] = fx.named_choice(f"{root}.b", var.sort())
        pairs.append((var, tracker.branch_vars[root]))
    return z3.substitute(condition, *pairs) if pairs else condition


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


def varies_against(tracker: UndefVars, target: UndefVars, terms: list[z3.ExprRef], limit: int = 16) -> z3.BoolRef:
    """Do ``terms`` change when one of their undef variables is replaced by one of the target's instances of the same
    root (its last ``limit``)? Each is an instance the source may take as well: more witnesses of the fast path's
    source branching on undef, which match the target's own check whatever the order of the sides' copies (the
    target compares its copy ``%b.c0`` with ``%b.v1``: the source, with one instance ``%b``, differs from one of
    them wherever those two differ)."""
    found = tracker.mentioned(terms)
    if not found:
        return FALSE
    by_root = target.by_root()
    conds = [
        _differs(terms, [(var, z3.Const(other, var.sort()))])
        for name, var in found.items()
        for other in by_root.get(tracker.root(name), [])[-limit:]
        if other != name
    ]
    return z3.Or(*conds) if conds else FALSE


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
        pairs.append((found[name], tracker.copied(name, fx.named_undef(f"{name}.obs{k}", found[name].sort()))))
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
    a vector, struct or array of them, element by element (pointer arguments, and aggregates holding one, are not
    covered: see the module docstring)."""

    def scalar(ty: object) -> bool:
        return isinstance(ty, (IntType, FloatType))

    def flat_scalars(ty: object) -> bool:
        if not isinstance(ty, (VectorType, StructType, ArrayType)) or (isinstance(ty, VectorType) and ty.scalable):
            return False
        return all(scalar(e) for e in flat_elements(ty))

    return [i for i, p in enumerate(fn.params) if "noundef" not in p.attrs and (scalar(p.type) or flat_scalars(p.type))]


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
    """Does a side choose nothing but undef instances? (Choice names are ``prefix.hint.iN.k``; every copy of an undef
    variable, for a use, a ``varies`` check, a branch or an observation, is named after it: its hint is ``undef``.)"""
    for c in choices:
        parts = var_name(c).split(".")
        if len(parts) < 4 or parts[1] != "undef":
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
