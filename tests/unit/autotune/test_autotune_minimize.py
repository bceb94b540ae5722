"""Minimization: generic reducers with exact predicate-call counts, and the three steps on a real module with exact
evaluation counts."""

from __future__ import annotations

from llmopt.autotune import (
    ProgramEvaluator,
    canonicalize_order,
    eliminate_redundant,
    insertion_search,
    minimize,
    reduce_by_deletion,
    search_insertions,
    sort_adjacent,
)
from llmopt.metrics import Measurer


class Recorder:
    """A predicate that records its calls."""

    def __init__(self, rule) -> None:
        self.rule, self.calls = rule, []

    def __call__(self, candidate: tuple) -> bool:
        self.calls.append(candidate)
        return self.rule(candidate)


def test_reduce_by_deletion_reaches_fixed_point_with_counted_calls() -> None:
    keep = Recorder(lambda c: "a" in c and "b" in c)
    assert reduce_by_deletion(("x", "a", "y", "b"), keep) == ("a", "b")
    # round 1 tries 4 deletions (b rejected, y kept, a rejected, x kept); round 2 tries 2 and deletes nothing.
    assert len(keep.calls) == 6
    assert keep.calls[0] == ("x", "a", "y")


def test_sort_adjacent_only_swaps_what_the_predicate_allows() -> None:
    allow = Recorder(lambda c: c.index("c") < c.index("b"))  # "c" must stay before "b"
    assert sort_adjacent(("c", "b", "a"), key=lambda s: s, accept=allow) == ("a", "c", "b")
    assert sort_adjacent(("b", "a"), key=lambda s: s, accept=lambda c: True) == ("a", "b")
    # sweep 1: (c,b) rejected, (b,a) swapped; sweep 2: (c,a) swapped, (c,b) rejected; sweep 3: (c,b) rejected.
    assert len(allow.calls) == 5


def test_search_insertions_costs_alphabet_times_positions_when_nothing_helps() -> None:
    never = Recorder(lambda c: False)
    assert search_insertions(("p", "q"), ("x", "y", "z"), never) == ("p", "q")
    assert len(never.calls) == 3 * 3
    first = Recorder(lambda c: c == ("y", "p"))
    assert search_insertions(("p",), ("x", "y"), first) == ("y", "p")
    # position 0: x (no), y (kept); then the position after p: x, y.
    assert first.calls == [("x", "p"), ("y", "p"), ("y", "p", "x"), ("y", "p", "y")]


def test_steps_on_a_real_module_with_exact_evaluation_counts(toolchain, data_dir, sum_range) -> None:
    with Measurer(toolchain, data_dir=data_dir, cache=False) as measurer:
        oracle = ProgramEvaluator(measurer, sum_range)
        passes = ("lower-constant-intrinsics", "sroa", "lower-constant-intrinsics", "lower-expect")
        result, cost = eliminate_redundant(passes, oracle)
        assert result == ("sroa",)
        # input, then round 1 (4 tries: three no-op passes dropped, sroa kept), round 2 (1 try): 6 distinct lists.
        assert (cost.calls, cost.evaluations) == (6, 6)
        assert cost.size_after == cost.size_before < oracle.size("")

        result, cost = canonicalize_order(("sroa", "lower-expect"), oracle)
        assert result == ("lower-expect", "sroa")
        assert (cost.calls, cost.evaluations) == (2, 2)

        before = oracle.evaluations
        result, cost = insertion_search((), oracle, ("lower-expect", "sroa"))
        assert result == ("sroa",) and cost.size_after < cost.size_before
        # (), (lower-expect) and (sroa) were asked; only (lower-expect) is new to this evaluator.
        assert cost.calls == 3 and cost.evaluations == oracle.evaluations - before == 1


def test_minimize_loops_to_a_fixed_point_and_never_gets_worse(toolchain, data_dir, sum_range) -> None:
    with Measurer(toolchain, data_dir=data_dir, cache=False) as measurer:
        oracle = ProgramEvaluator(measurer, sum_range)
        start = ("lower-expect", "lower-constant-intrinsics", "sroa", "lower-expect")
        start_size = oracle.size_of_passes(start)
        result = minimize(start, oracle, ("sroa", "instcombine<no-verify-fixpoint>", "lower-expect"))
        assert result.size <= start_size
        assert "lower-expect" not in result.passes and "sroa" in result.passes
        assert result.rounds >= 2  # the last round changed nothing
        assert [s.step for s in result.steps[-3:]] == ["eliminate", "canonicalize", "insert"]
        assert result.evaluations == oracle.evaluations - 1  # all but the caller's own first evaluation
