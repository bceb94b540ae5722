"""Every metric the seed papers report, one function each, over plain numbers (the rows of an evaluation run).

Why one module: a number in the report, in ``benchmarks/`` and in a training reward must mean the same thing. The
size arithmetic itself lives once in ``llmopt.metrics.compare`` (``geomean``, ``relative_gain``, ``SizeComparison``,
``mean_absolute_percentage_error``, which training reports too),
which the autotuner, the labeller, the completion scorer and so GRPO's ``SizeReward`` already use; the functions here
are the evaluation-level names for it plus the metrics only evaluation reports (prediction error, exact match, BLEU,
round trips). Text similarity is ``llmopt.prompts.scoring.bleu_score`` (sacrebleu), the one BLEU of the project.

Conventions:
- sizes are "lower is better"; a *change* in percent is negative when programs got smaller (``size_change_pct``);
  a *gain* is the fraction saved, positive when smaller (``relative_gain``).
- pairs or values without a usable number (None, a zero baseline) are left out, never counted as zero.

The feedback loop's "I am sure!" (Grubisic et al.): ``sure_rate`` is how often the model says it, ``sure_precision``
how often it is then right (its predicted instruction count is the one the compiler measured). The peephole
task's four verification categories are counted by ``llmopt.eval.peephole``; ``share`` turns them into the paper's
proportions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from llmopt.metrics.compare import SizeComparison, geomean, mean_absolute_percentage_error, relative_gain
from llmopt.prompts.scoring import RoundTripScore, bleu_score

Pair = tuple[float | None, float | None]


def size_comparison(pairs: Iterable[Pair]) -> SizeComparison:
    """(size, baseline) per program → geomean ratio and improved / regressed / equal counts.

    Example:
        >>> c = size_comparison([(90, 100), (110, 100), (50, 50)])
        >>> (c.improved, c.regressed, c.equal)
        (1, 1, 1)
    """
    return SizeComparison.of(list(pairs))


def size_change_pct(pairs: Iterable[Pair]) -> float | None:
    """Geomean size change vs the baseline in percent (negative = smaller), the papers' headline number.

    Example:
        >>> round(size_change_pct([(90, 100), (100, 100)]), 4)
        -5.1317
    """
    return size_comparison(pairs).change_pct


def improved_regressed_equal(pairs: Iterable[Pair]) -> tuple[int, int, int]:
    """How many programs got smaller, larger, or stayed the same size as their baseline."""
    c = size_comparison(pairs)
    return c.improved, c.regressed, c.equal


def gain_over(size: float | None, baseline: float | None) -> float | None:
    """The fraction saved vs a baseline (``relative_gain``: what ``SizeReward`` rewards before clipping)."""
    return relative_gain(size, baseline)


def share_of_autotuner_gain(pairs: Iterable[Pair], tuned_pairs: Iterable[Pair]) -> float | None:
    """How much of the autotuner's geomean gain over the baseline a strategy reaches: ``(1 - g) / (1 - t)`` with
    ``g``, ``t`` the geomean ratios of the strategy and of the autotuner on the same programs (1.0 = as good as the
    autotuner). None when the autotuner gained nothing (no share to take).

    Example:
        >>> round(share_of_autotuner_gain([(95, 100)], [(90, 100)]), 6)
        0.5
    """
    g = size_comparison(pairs).geomean_ratio
    t = size_comparison(tuned_pairs).geomean_ratio
    if g is None or t is None or t >= 1.0:
        return None
    return (1.0 - g) / (1.0 - t)


def compilations_per_program(counts: Sequence[int | None]) -> float | None:
    """Mean compilations a strategy used per program (LLM Compiler's cost axis), None for no programs."""
    kept = [c for c in counts if c is not None]
    return sum(kept) / len(kept) if kept else None


def exact_match_rate(hypotheses: Sequence[str | None], references: Sequence[str]) -> float | None:
    """Share of outputs equal to their reference character for character (a missing output is a miss)."""
    if not references:
        return None
    hits = sum(1 for h, r in zip(hypotheses, references, strict=True) if h is not None and h == r)
    return hits / len(references)


def mean_bleu(hypotheses: Sequence[str | None], references: Sequence[str]) -> float | None:
    """Mean sentence BLEU in [0, 1] (``bleu_score``: sacrebleu, 13a tokens; a missing output scores 0)."""
    if not references:
        return None
    scores = [0.0 if h is None else bleu_score(h, r) for h, r in zip(hypotheses, references, strict=True)]
    return sum(scores) / len(scores)


def round_trip_rate(scores: Sequence[RoundTripScore]) -> float | None:
    """Share of disassembled answers that lowered back to assembly (LLM Compiler's round-trip rate)."""
    return sum(1 for s in scores if s.round_tripped) / len(scores) if scores else None


def round_trip_exact_rate(scores: Sequence[RoundTripScore]) -> float | None:
    """Share of disassembled answers whose round-tripped assembly equals the original character for character, over
    all answers (LLM Compiler's "round trip exact match"; an answer that did not lower is a miss)."""
    return sum(1 for s in scores if s.round_tripped and s.exact_match) / len(scores) if scores else None


def mean_round_trip_bleu(scores: Sequence[RoundTripScore]) -> float | None:
    """Mean round-trip BLEU of the assembly (0 for an answer that did not lower). LLM Compiler's "round trip BLEU"
    is over the answers that lowered: pass only those for that reading.

    Example:
        >>> from llmopt.prompts.scoring import score_round_trip
        >>> mean_round_trip_bleu([score_round_trip("f:", "f:"), score_round_trip("f:", None)])
        0.5
    """
    return sum(s.bleu for s in scores) / len(scores) if scores else None


def compile_rate(compiled: Sequence[bool]) -> float | None:
    """Share of answers that compiled (compiler emulation: the model's IR assembles)."""
    return sum(1 for c in compiled if c) / len(compiled) if compiled else None


def gain_per_round(rounds: Sequence[Sequence[float | None]], oz_sizes: Sequence[float | None]) -> list[float | None]:
    """The feedback loop's geomean size change vs -Oz in percent after each round, best so far (a program whose loop
    ended earlier keeps its last best; a round without a size changes nothing; -Oz is the start).

    Args:
        rounds: per program, the size of each round's list in order (None: that round's list did not compile).
        oz_sizes: per program, its -Oz size.

    Example:
        >>> [round(v, 4) for v in gain_per_round([[90, 80], [None, 99]], [100, 100])]
        [-5.1317, -11.0056]
    """
    depth = max((len(r) for r in rounds), default=0)
    out: list[float | None] = []
    for k in range(1, depth + 1):
        pairs: list[Pair] = []
        for sizes, oz in zip(rounds, oz_sizes, strict=True):
            seen = [s for s in sizes[:k] if s is not None]
            pairs.append((min([*seen, oz]) if oz is not None else None, oz))
        out.append(size_change_pct(pairs))
    return out


def sure_rate(sure: Sequence[bool | None]) -> float | None:
    """The share of feedback answers that open with "I am sure!" (answers in another format, None, left out)."""
    said = [s for s in sure if s is not None]
    return share(sum(said), len(said))


def sure_precision(pairs: Iterable[Pair]) -> float | None:
    """Of the "I am sure!" answers, as (predicted, measured) instruction counts, the share that predicted exactly the
    count the compiler measured; an answer whose list was never measured is left out."""
    known = [(p, r) for p, r in pairs if p is not None and r is not None]
    return share(sum(1 for p, r in known if p == r), len(known))


def share(count: int, total: int) -> float | None:
    """``count / total`` in [0, 1], None for no total: the papers print counts as shares of their suite (LLM
    Compiler's 61 % improved, LLM-VeriOpt's verification categories), and so does ``docs/results.md``.

    Example:
        >>> share(3, 4)
        0.75
    """
    return count / total if total else None


def geomean_ratio(values: Sequence[float]) -> float | None:
    """Geomean of positive ratios (``llmopt.metrics.geomean``), non-finite and non-positive values left out."""
    return geomean([v for v in values if v > 0 and math.isfinite(v)])


__all__ = [
    "compilations_per_program",
    "compile_rate",
    "exact_match_rate",
    "gain_over",
    "gain_per_round",
    "geomean_ratio",
    "improved_regressed_equal",
    "mean_absolute_percentage_error",
    "mean_bleu",
    "mean_round_trip_bleu",
    "round_trip_exact_rate",
    "round_trip_rate",
    "share",
    "share_of_autotuner_gain",
    "size_change_pct",
    "size_comparison",
]
