"""``undef`` as LLVM defines it: a value that may differ at *each use*, not one arbitrary value (LangRef "Undefined
Values"). Without this, ``ret undef`` and ``ret (freeze undef)`` look alike, and ``xor %u, %u`` of an undef ``%u``
is always 0, so a target that *introduces* undef was accepted where the source returns a fixed value.

The model (after Alive2): every ``undef`` constant is a fresh choice of its side, recorded here as an *undef
variable*. Each time an SSA value that mentions undef variables is used (an operand, or a load of bytes holding
them) those variables are replaced by fresh copies, so two uses are independent; ``freeze`` replaces them by
ordinary choices, so all its uses agree. A value *varies* when two instantiations of its undef variables can give
different bits; then:

* branching on it, or accessing memory at an address that varies, is UB (on either side: the copies are choices of
  that side, universally quantified for the source, so source UB needs only *some* pair of choices to differ);
* for the target only, returning it, storing it or passing it to a call is an *approximation* (INCONCLUSIVE when
  reachable): the caller or callee would see undef, which no single source value accounts for, and comparing undef
  with the source's undef is not modelled.

Not covered: undef bytes in the caller's memory (memory starts fully defined or poison), and a source that returns,
stores or passes undef where the target does too (INCONCLUSIVE).
"""

from __future__ import annotations

from typing import Protocol

import z3

from llmopt.verify.smt.values import FALSE, Aggregate, Bits, Pointer, Value


class _Fresh(Protocol):
    def fresh_bits(self, width: int, hint: str) -> z3.BitVecRef: ...


class UndefVars:
    """The undef variables one side created, and which of them each expression mentions (memoized: the same
    subexpressions are asked about at every use)."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self._memo: dict[int, dict[str, z3.ExprRef]] = {}
        self._keep: list[z3.ExprRef] = []  # keeps memoized ASTs alive so their ids are not reused

    def add(self, var: z3.ExprRef) -> None:
        self.names.add(str(var))

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
    for var in found.values():
        pairs.append((var, fx.fresh_bits(var.size(), hint)))
    return pairs


def instantiate(fx: _Fresh, tracker: UndefVars, v: Value) -> Value:
    """One use of ``v``: its undef variables replaced by fresh undef variables (a no-op without undef)."""
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
    pairs = _copies(fx, tracker, found, "undefcopy")
    return z3.Or(*[t != z3.substitute(t, *pairs) for t in terms])


def observed_undef(fx: _Fresh, tracker: UndefVars, v: Value) -> z3.BoolRef:
    """Some element of ``v`` is not poison yet may be undef (varies): what a caller or callee would see."""
    if isinstance(v, Aggregate):
        conds = [observed_undef(fx, tracker, e) for e in v.elements]
        conds = [c for c in conds if not z3.is_false(c)]
        return z3.Or(*conds) if conds else FALSE
    found = varies(fx, tracker, components(v))
    return FALSE if z3.is_false(found) else z3.And(z3.Not(v.poison), found)
