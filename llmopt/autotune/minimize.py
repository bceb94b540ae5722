"""Minimization of a pass list: generic reducers driven by a predicate, and the paper's three steps on top.

The reducers know nothing about compilers: they transform a tuple and ask a predicate ``accept(candidate) -> bool``
whether to keep each change. ``SizeCriterion`` makes the predicate for pass lists from a size oracle: "not worse than
the current list" (deletion, reordering) or "strictly better" (insertion); it tracks the current size as changes are
accepted. The steps (LLM Compiler, section 4.1):

* ``eliminate_redundant``: drop each pass whose removal does not make the size worse, until none can be dropped.
* ``canonicalize_order``: bubble-sort adjacent passes by a fixed key, swapping only when the size is kept, so lists that
  differ only in the order of commuting passes come out alike.
* ``insertion_search``: try inserting every alphabet pass at every position; keep strict improvements.

``minimize`` loops the three to a fixed point. Costs are in *evaluations*: one per distinct candidate the oracle is
asked about (a memoizing oracle answers repeats for free; the counts below are upper bounds on distinct candidates and
exact counts of predicate calls).

Not covered: parameters of passes are not searched, and the gate is not consulted here (a minimized list is gated by
the tuner, like any other candidate).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T", bound=Hashable)
Accept = Callable[[tuple], bool]


class SizeOracle(Protocol):
    """Size of a pass sequence (+inf for a failure); ``evaluations`` counts distinct sequences measured so far."""

    evaluations: int

    def size_of_passes(self, passes: tuple[str, ...]) -> float: ...


class SizeCriterion:
    """The predicate of a reduction: accepts a candidate when its size is not worse (or, ``strict``, better) than the
    current list's, and then makes it the current list. Failures (+inf) are never accepted.

    Example:
        >>> crit = SizeCriterion(lambda p: float(len(set(p))), ("a", "a"), strict=False)
        >>> crit(("a",)), crit.size
        (True, 1.0)
    """

    def __init__(self, size_of: Callable[[tuple], float], current: tuple, strict: bool) -> None:
        self.size_of = size_of
        self.strict = strict
        self.size = size_of(current)
        self.calls = 0

    def __call__(self, candidate: tuple) -> bool:
        self.calls += 1
        size = self.size_of(candidate)
        ok = size != math.inf and (size < self.size if self.strict else size <= self.size)
        if ok:
            self.size = size
        return ok


# -- generic reducers ----------------------------------------------------------------------------------------------
def reduce_by_deletion(items: tuple[T, ...], accept: Accept) -> tuple[T, ...]:
    """Delete single items while ``accept`` agrees, to a fixed point.

    Each round tries the positions of the round's list from last to first (deleting from the back keeps the earlier
    indices valid). Cost: one predicate call per item per round, rounds until a round deletes nothing; with ``n``
    items and ``d`` deletions at most ``n + (n - 1) + ... `` calls, in practice about ``n + n_final``.
    """
    current = tuple(items)
    changed = True
    while changed:
        changed = False
        for i in reversed(range(len(current))):
            candidate = current[:i] + current[i + 1 :]
            if accept(candidate):
                current, changed = candidate, True
    return current


def sort_adjacent(items: tuple[T, ...], key: Callable[[T], str], accept: Accept) -> tuple[T, ...]:
    """Bubble sort by ``key``, swapping a pair only when ``accept`` agrees, until a sweep swaps nothing.

    Cost: one predicate call per out-of-order adjacent pair met in a sweep; at most ``n - 1`` per sweep and at most
    ``I + 1`` sweeps, where ``I`` is the number of inversions of the input (each accepted swap removes one).
    """
    current = list(items)
    changed = True
    while changed:
        changed = False
        for i in range(len(current) - 1):
            if key(current[i]) > key(current[i + 1]):
                candidate = [*current[:i], current[i + 1], current[i], *current[i + 2 :]]
                if accept(tuple(candidate)):
                    current, changed = candidate, True
    return tuple(current)


def search_insertions(items: tuple[T, ...], alphabet: Sequence[T], accept: Accept) -> tuple[T, ...]:
    """One sweep of insertion search: at each position (before every item, and at the end) try each alphabet symbol
    in order and keep the first that ``accept`` agrees with; then move past it.

    Cost: at most ``len(alphabet)`` predicate calls per position, ``n + 1 + k`` positions for ``k`` insertions kept
    (exactly ``len(alphabet) * (n + 1)`` when nothing is kept).
    """
    current = tuple(items)
    pos = 0
    while pos <= len(current):
        for symbol in alphabet:
            candidate = (*current[:pos], symbol, *current[pos:])
            if accept(candidate):
                current = candidate
                pos += 1  # skip the inserted symbol; next try before the item that followed it
                break
        pos += 1
    return current


# -- the three steps on pass lists ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepCost:
    """What one minimization step did: its name, predicate calls and distinct evaluations, and the list sizes."""

    step: str
    calls: int
    evaluations: int
    size_before: float
    size_after: float
    length_before: int
    length_after: int


def _run_step(
    name: str,
    passes: tuple[str, ...],
    oracle: SizeOracle,
    strict: bool,
    reducer: Callable[[tuple[str, ...], Accept], tuple[str, ...]],
) -> tuple[tuple[str, ...], StepCost]:
    before_evals = oracle.evaluations
    criterion = SizeCriterion(oracle.size_of_passes, passes, strict=strict)
    size_before = criterion.size
    result = reducer(passes, criterion)
    return result, StepCost(
        step=name,
        calls=criterion.calls + 1,
        evaluations=oracle.evaluations - before_evals,
        size_before=size_before,
        size_after=criterion.size,
        length_before=len(passes),
        length_after=len(result),
    )


def eliminate_redundant(passes: tuple[str, ...], oracle: SizeOracle) -> tuple[tuple[str, ...], StepCost]:
    """Redundant-pass elimination: drop each pass whose removal does not make the size worse, to a fixed point.

    Cost: 1 evaluation of the input plus ``reduce_by_deletion``'s calls (one per pass per round).
    """
    return _run_step("eliminate", passes, oracle, False, reduce_by_deletion)


def canonicalize_order(
    passes: tuple[str, ...], oracle: SizeOracle, key: Callable[[str], str] = lambda p: p
) -> tuple[tuple[str, ...], StepCost]:
    """Canonical ordering: bubble-sort adjacent passes by ``key`` (the pass text) when the swap keeps the size.

    Cost: 1 evaluation of the input plus one per attempted swap (see ``sort_adjacent``).
    """
    return _run_step("canonicalize", passes, oracle, False, lambda items, acc: sort_adjacent(items, key, acc))


def insertion_search(
    passes: tuple[str, ...], oracle: SizeOracle, alphabet: Sequence[str]
) -> tuple[tuple[str, ...], StepCost]:
    """Insertion search: try each alphabet pass before each position (and at the end); keep strict improvements.

    Cost: 1 evaluation of the input plus at most ``len(alphabet)`` per position, ``len(passes) + 1`` positions plus one
    per kept insertion; the dominant cost of minimization (167 passes x 5 positions = 835 for a 4-pass list).
    """
    return _run_step("insert", passes, oracle, True, lambda items, acc: search_insertions(items, alphabet, acc))


class CappedOracle:
    """A size oracle with a cap: once ``max_evaluations`` distinct sequences were measured or ``deadline``
    (``time.monotonic()``) passed, sequences not seen yet are +inf, which no criterion accepts, so every reducer
    finishes at once with the best list found so far. Why: minimizing one large TU took tens of minutes (every
    evaluation is a full compile) and stalled a whole run; a cap spends a fixed effort per program instead.
    """

    def __init__(self, oracle: SizeOracle, max_evaluations: int | None = None, deadline: float | None = None) -> None:
        self.oracle = oracle
        self.max_evaluations = max_evaluations
        self.deadline = deadline
        self.evaluations = 0
        self.capped = False
        self._seen: dict[tuple[str, ...], float] = {}

    def size_of_passes(self, passes: tuple[str, ...]) -> float:
        import time

        key = tuple(passes)
        if key in self._seen:
            return self._seen[key]
        over_count = self.max_evaluations is not None and self.evaluations >= self.max_evaluations
        if over_count or (self.deadline is not None and time.monotonic() >= self.deadline):
            self.capped = True
            return math.inf
        self.evaluations += 1
        size = self.oracle.size_of_passes(key)
        self._seen[key] = size
        return size


@dataclass(frozen=True)
class MinimizationResult:
    """The minimized list, its size, the rounds to the fixed point and every step's cost."""

    passes: tuple[str, ...]
    size: float
    rounds: int
    steps: tuple[StepCost, ...] = field(default_factory=tuple)

    @property
    def evaluations(self) -> int:
        return sum(s.evaluations for s in self.steps)


def minimize(
    passes: tuple[str, ...],
    oracle: SizeOracle,
    alphabet: Sequence[str] = (),
    *,
    insertion: bool = True,
    max_rounds: int = 8,
) -> MinimizationResult:
    """Eliminate, canonicalize and (if ``insertion``) insertion-search until a round changes nothing.

    The size never gets worse: each step only accepts changes its criterion allows. Cost: the sum of the steps' costs
    over the rounds (each round's last, unchanged pass repeats the previous step's evaluations, which a memoizing
    oracle answers for free); ``max_rounds`` bounds the rounds.
    """
    current = tuple(passes)
    steps: list[StepCost] = []
    rounds = 0
    while rounds < max_rounds:
        rounds += 1
        start = current
        current, cost = eliminate_redundant(current, oracle)
        steps.append(cost)
        current, cost = canonicalize_order(current, oracle)
        steps.append(cost)
        if insertion and alphabet:
            current, cost = insertion_search(current, oracle, alphabet)
            steps.append(cost)
        if current == start:
            break
    return MinimizationResult(passes=current, size=oracle.size_of_passes(current), rounds=rounds, steps=tuple(steps))
