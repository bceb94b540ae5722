"""Each evaluation metric against a value computed by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math

import pytest

from llmopt.eval import metrics as m
from llmopt.prompts.scoring import RoundTripScore, RoundTripStatus


def test_size_change_and_counts_by_hand() -> None:
    pairs = [(90, 100), (110, 100), (50, 50), (None, 10), (5, 0)]  # the last two have no usable pair
    # geomean(0.9, 1.1, 1.0) = (0.99) ** (1/3) = 0.996655..., change = -0.33445 %
    assert m.size_change_pct(pairs) == pytest.approx((0.99 ** (1 / 3) - 1) * 100)
    assert m.improved_regressed_equal(pairs) == (1, 1, 1)
    assert m.size_comparison(pairs).compared == 3
    assert m.size_change_pct([]) is None


def test_gain_share_and_compilations_by_hand() -> None:
    assert m.gain_over(75, 100) == pytest.approx(0.25)
    assert m.gain_over(10, 0) is None and m.gain_over(None, 5) is None
    # strategy geomean ratio sqrt(0.9 * 0.8) = 0.848528; autotuner sqrt(0.8 * 0.5) = 0.632456
    share = m.share_of_autotuner_gain([(90, 100), (80, 100)], [(80, 100), (50, 100)])
    assert share == pytest.approx((1 - math.sqrt(0.72)) / (1 - math.sqrt(0.4)))
    assert m.share_of_autotuner_gain([(90, 100)], [(100, 100)]) is None  # the autotuner gained nothing
    assert m.compilations_per_program([1, 3, 8, None]) == pytest.approx(4.0)
    assert m.compilations_per_program([]) is None


def test_prediction_error_by_hand() -> None:
    # |120-100|/100 = 0.2, |45-50|/50 = 0.1, the pair with actual 0 and the missing prediction are left out
    assert m.mean_absolute_percentage_error([120, 45, 3, None], [100, 50, 0, 7]) == pytest.approx(15.0)
    assert m.mean_absolute_percentage_error([None], [1]) is None


def test_exact_match_bleu_round_trip_and_compile_rate() -> None:
    refs = ["ret i32 0", "add i32 %a, %b", "x"]
    assert m.exact_match_rate(["ret i32 0", "add i32 %b, %a", None], refs) == pytest.approx(1 / 3)
    # identical texts score 1, a missing answer 0, and the swapped operands strictly between
    bleu = m.mean_bleu(["ret i32 0", "add i32 %b, %a", None], refs)
    assert bleu is not None and 1 / 3 < bleu < 2 / 3
    import sacrebleu

    swapped = sacrebleu.sentence_bleu("add i32 %b, %a", ["add i32 %a, %b"]).score / 100
    assert bleu == pytest.approx((1 + swapped + 0) / 3)
    scores = [
        RoundTripScore(RoundTripStatus.LOWERED, 1.0, True),
        RoundTripScore(RoundTripStatus.NOT_LOWERED, 0.0, False),
        RoundTripScore(RoundTripStatus.LOWERED, 0.5, False),
        RoundTripScore(RoundTripStatus.LOWERED, 0.2, False),
    ]
    assert m.round_trip_rate(scores) == pytest.approx(0.75)
    assert m.compile_rate([True, False, True, True]) == pytest.approx(0.75)
    assert m.exact_match_rate([], []) is None and m.round_trip_rate([]) is None


def test_geomean_ratio_leaves_out_unusable_values() -> None:
    assert m.geomean_ratio([4.0, 1.0, 0.0, math.inf]) == pytest.approx(2.0)
    assert m.geomean_ratio([]) is None


def test_gain_per_round_by_hand() -> None:
    # program 1: rounds 90, 80 (oz 100); program 2: a failed round, then 99 (oz 100); program 3 stopped after round 1
    rounds = [[90, 80], [None, 99], [120]]
    # round 1: best so far 90, 100 (oz), 100 (120 is worse than oz) -> geomean(0.9, 1, 1)
    # round 2: 80, 99, 100 -> geomean(0.8, 0.99, 1)
    got = m.gain_per_round(rounds, [100, 100, 100])
    assert got == pytest.approx([(0.9 ** (1 / 3) - 1) * 100, ((0.8 * 0.99) ** (1 / 3) - 1) * 100])
    assert m.gain_per_round([], []) == []
