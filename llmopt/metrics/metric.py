"""Named, lower-is-better measures of an evaluation, and their normalisation against a baseline.

Rewards and evaluation reports both read numbers through these objects, so what training optimizes is what
evaluation reports.

Size definitions (the one place they are stated; the README repeats them):

* ``binary_size`` = the "text" + "data" columns of ``llvm-size`` in its default Berkeley format for the object file,
  the LLM Compiler papers' definition. Berkeley "text" is *all allocated read-only sections*, not ``.text``: for
  ``examples/checksum.c`` (size flavour, ``default<Oz>``) it is 662 = ``.text`` 394 + ``.rodata`` 84 +
  ``.eh_frame`` 184, and "data" is 0. ``bss`` is not included. ``Evaluation.berkeley_text/_data/_bss`` hold the
  columns.
* ``text_size`` = the ``.text`` sections only (``.text`` and ``.text.*``; CompilerGym's definition),
  ``Evaluation.text_section_size``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from llmopt.errors import ConfigError
from llmopt.metrics.compare import relative_gain
from llmopt.metrics.evaluation import Evaluation


@dataclass(frozen=True)
class Metric:
    """A lower-is-better number read from an ``Evaluation`` (None when the evaluation failed)."""

    name: str
    description: str
    read: Callable[[Evaluation], int | None]

    def value(self, evaluation: Evaluation) -> int | None:
        return self.read(evaluation) if evaluation.ok else None

    def improvement(self, candidate: Evaluation, baseline: Evaluation) -> float | None:
        """Relative reduction vs the baseline: (base - cand) / base; positive = smaller. None if either failed or
        the baseline is zero (nothing to improve, and no division by zero)."""
        return relative_gain(self.value(candidate), self.value(baseline))


BINARY_SIZE = Metric(
    "binary_size", "llvm-size Berkeley text + data columns of the object (LLM Compiler)", lambda e: e.binary_size
)
TEXT_SIZE = Metric(
    "text_size", "size of .text sections only (CompilerGym's definition)", lambda e: e.section_group(".text")
)
INSTRUCTION_COUNT = Metric(
    "instruction_count", "IR instructions over all defined functions", lambda e: e.instruction_count
)
LATENCY = Metric("latency", "sum of TTI latency costs over all IR instructions", lambda e: e.latency)

METRICS: dict[str, Metric] = {m.name: m for m in (BINARY_SIZE, TEXT_SIZE, INSTRUCTION_COUNT, LATENCY)}


def get_metric(name: str) -> Metric:
    """Raises: ConfigError: unknown name (the message lists the valid ones)."""
    try:
        return METRICS[name]
    except KeyError:
        raise ConfigError(f"unknown metric {name!r}; valid metrics: {', '.join(METRICS)}") from None
