"""Comparing sizes across programs: the geometric mean of size ratios and improved/regressed/equal counts.

One sign convention for "smaller than a baseline" everywhere (reports, benchmarks, evaluation, training rewards):
``change_pct`` is negative when the programs got smaller. Lives in ``metrics`` so evaluation and training can report
what the autotuner optimizes without importing ``autotune``.

Limits: pairs without a positive baseline or without a best size are left out (no ratio to take).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def geomean(values: list[float]) -> float | None:
    """Geometric mean of positive values (None for an empty list)."""
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def relative_gain(size: float | None, baseline: float | None) -> float | None:
    """``(baseline - size) / baseline``: positive when ``size`` is smaller; None without both values or with a zero
    baseline. The one definition of "improvement over -Oz" that ``Metric.improvement``, the completion scorer (and so
    training's rewards) and evaluation's metrics all use.

    Example:
        >>> relative_gain(90, 100)
        0.1
    """
    if size is None or baseline is None or baseline == 0:
        return None
    return (baseline - size) / baseline


@dataclass(frozen=True)
class SizeComparison:
    """Best sizes against a baseline: geomean ratio and improved/regressed/equal counts (pairs without a positive
    baseline or without a best size are left out)."""

    compared: int
    geomean_ratio: float | None
    improved: int
    regressed: int
    equal: int

    @classmethod
    def of(cls, pairs: Sequence[tuple[float | None, float | None]]) -> SizeComparison:
        """``pairs``: (best size, baseline size) per program (sizes, or ratios with a baseline of 1.0)."""
        kept = [(best, base) for best, base in pairs if best is not None and base]
        return cls(
            compared=len(kept),
            geomean_ratio=geomean([best / base for best, base in kept]),
            improved=sum(best < base for best, base in kept),
            regressed=sum(best > base for best, base in kept),
            equal=sum(best == base for best, base in kept),
        )

    @property
    def change_pct(self) -> float | None:
        """Size change vs the baseline in percent (negative = smaller)."""
        return None if self.geomean_ratio is None else (self.geomean_ratio - 1.0) * 100.0


def mean_absolute_percentage_error(predicted: Sequence[float | None], actual: Sequence[float | None]) -> float | None:
    """MAPE in percent, ``100 * mean(|p - a| / a)`` over pairs with both values and a nonzero actual: the
    instruction-count prediction error of Cummins et al. and the binary-size prediction error of LLM Compiler.

    Example:
        >>> mean_absolute_percentage_error([110, 90], [100, 100])
        10.0
    """
    errors = [
        abs(p - a) / abs(a)
        for p, a in zip(predicted, actual, strict=True)
        if p is not None and a is not None and a != 0
    ]
    return 100.0 * sum(errors) / len(errors) if errors else None


__all__ = ["SizeComparison", "geomean", "mean_absolute_percentage_error", "relative_gain"]
