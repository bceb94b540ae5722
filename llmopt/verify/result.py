"""Verification results: the four LLM-VeriOpt categories and the record every verifier returns.

A verifier never raises for an expected outcome (a refuted transformation, a timeout, unparsable model output): it
returns a ``VerificationResult`` whose ``verdict`` says which, with a human-readable ``reason`` and, for refutations,
a concrete ``counterexample``. Only ``EQUIVALENT`` may ever be trusted as proof; ``INCONCLUSIVE`` is never a guess.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    EQUIVALENT = "equivalent"  # the target refines the source for all inputs
    NOT_EQUIVALENT = "not_equivalent"  # a concrete input shows a difference (see counterexample)
    SYNTAX_ERROR = "syntax_error"  # source or target does not parse / verify as IR
    INCONCLUSIVE = "inconclusive"  # timeout, unsupported feature, or a loop bound reached


@dataclass(frozen=True)
class VerificationResult:
    """The verdict for one function of a (source, target) pair.

    Attributes:
        function: the function's name (without ``@``).
        verdict: one of the four categories.
        reason: why: the unsupported feature, the parser message, the differing output, "timeout after 10 s".
        counterexample: for NOT_EQUIVALENT, argument values and what differed (return value or memory), as JSON-able
            data; None otherwise.
        verifier: which verifier answered ("smt", "alive2", "differential").
        walltime_s: time spent on this function.
    """

    function: str
    verdict: Verdict
    reason: str = ""
    counterexample: dict[str, Any] | None = None
    verifier: str = ""
    walltime_s: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def is_equivalent(self) -> bool:
        return self.verdict is Verdict.EQUIVALENT

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["result"] = self.verdict.value  # the CLI's documented field name
        data["verdict"] = self.verdict.value
        return data
