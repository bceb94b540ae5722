"""Comparing sizes across programs: the geometric mean of size ratios and improved/regressed/equal counts.

One sign convention for "smaller than a baseline" everywhere (reports, benchmarks, evaluation, training rewards):
``change_pct`` is negative when the programs got smaller. Lives in ``metrics`` so evaluation and training can report
what the autotuner optimizes without importing ``autotune``.

Limits: pairs without a positive baseline or without a best size are left out (no ratio to take).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def geomean(values: list[float]) -> float | None:
    """Geometric mean of positive values (None for an empty list)."""
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


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
    def of(cls, pairs: list[tuple[int | None, int | None]]) -> SizeComparison:
        """``pairs``: (best size, baseline size) per program."""
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


__all__ = ["SizeComparison", "geomean"]
