"""The quantified query's reduction of the source's undef-byte arrays to bytes (``refinement._without_choice_arrays``):
it must keep the meaning of ``ForAll`` over the array, or a refutation or proof would change."""

from __future__ import annotations

import z3

from llmopt.verify.smt.refinement import _without_choice_arrays


def _holds_for_every_array(body: z3.BoolRef, choices: list[z3.ExprRef]) -> z3.CheckSatResult:
    reduced, bound = _without_choice_arrays(body, choices, [])
    assert not any(z3.is_array(c) for c in bound), "the array should be gone from the quantified choices"
    solver = z3.Solver()
    solver.add(z3.ForAll(bound, reduced))
    return solver.check()


def test_reads_at_equal_indices_stay_equal_and_others_are_independent() -> None:
    a = z3.Array("src.undef.mem.bytes", z3.BitVecSort(8), z3.BitVecSort(8))
    x, y = z3.BitVecs("x y", 8)
    # For every array, a[x] == a[y]: true exactly when x == y, so the free x, y must be equal.
    same = z3.Select(a, x) == z3.Select(a, y)
    assert _holds_for_every_array(z3.And(same, x != y), [a]) == z3.unsat
    assert _holds_for_every_array(z3.And(same, x == y), [a]) == z3.sat
    # A read is any byte: no array makes a[x] always 7.
    assert _holds_for_every_array(z3.Select(a, x) == 7, [a]) == z3.unsat


def test_an_index_that_depends_on_an_observed_address_keeps_the_array() -> None:
    a = z3.Array("src.undef.mem.bytes", z3.BitVecSort(8), z3.BitVecSort(8))
    address = z3.BitVec("observed.address", 8)
    body = z3.Select(a, address) == 0
    reduced, bound = _without_choice_arrays(body, [a], [address])
    assert reduced.eq(body) and any(c.eq(a) for c in bound)
