"""One scorer for a model's flag-tuning answer: what evaluation reports and what training rewards are made of.

Why one: a reward that scores a completion differently from the evaluation that judges the trained model teaches the
model something the benchmark does not measure. ``score_completion`` reads the answer with the prompt style's
parser, applies the pass list with the compiler (through the ``Measurer``: the engine and its cache), optionally asks
the acceptance policy's gate, and returns a typed ``CompletionScore``: the improvement over ``-Oz`` (positive is
smaller), or a status saying why there is none.

Statuses: ``ok``; ``no_improvement`` (the short answer: no passes, measured as such); ``empty``; ``garbage`` (no pass
list in the text); ``unknown_pass`` (a pass the catalog does not have, or bad syntax); ``failed`` (``opt`` crashed,
timed out or the verifier refused the result); ``rejected`` (the gate refused the list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmopt.errors import PassListError
from llmopt.metrics import Measurer, relative_gain
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import AcceptancePolicy

OZ = "default<Oz>"
FAILED = ("empty", "garbage", "unknown_pass", "failed", "rejected")


@dataclass(frozen=True)
class CompletionScore:
    """The verdict on one answer. ``improvement`` is ``(oz - size) / oz`` when the list ran (None otherwise)."""

    status: str
    pipeline: str | None
    size: int | None
    oz_size: int | None
    improvement: float | None
    detail: str = ""

    @property
    def parsed(self) -> bool:
        """The answer named a usable pass list (or the short "no improvement" form)."""
        return self.status not in ("empty", "garbage", "unknown_pass")

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "pipeline": self.pipeline,
            "size": self.size,
            "oz_size": self.oz_size,
            "improvement": self.improvement,
            "detail": self.detail,
        }


def score_completion(
    measurer: Measurer,
    module: IRModule,
    text: str,
    *,
    style: str = "llm-compiler",
    oz_size: int | None = None,
    acceptance: AcceptancePolicy | None = None,
) -> CompletionScore:
    """Score one flag-tuning answer for ``module`` (see the module docstring). ``oz_size``: the cached -Oz size
    (measured here when None)."""
    from llmopt.inference.model import flag_tuning_format

    if oz_size is None:
        oz = measurer.measure_pipeline(module, OZ)
        oz_size = oz.binary_size if oz.ok else None
    if not text.strip():
        return CompletionScore("empty", None, None, oz_size, None, "the answer is empty")
    parse = flag_tuning_format(style).parse(text)
    if parse.pass_pipeline is None and not parse.no_improvement:
        return CompletionScore("garbage", None, None, oz_size, None, parse.describe()[:200])
    try:
        pipeline = "" if parse.pass_pipeline is None else measurer.parse_passes(parse.pass_pipeline).to_pipeline()
    except PassListError as e:
        return CompletionScore("unknown_pass", parse.pass_pipeline, None, oz_size, None, str(e)[:200])
    evaluation = measurer.measure_pipeline(module, pipeline)
    if not evaluation.ok or evaluation.binary_size is None:
        return CompletionScore(
            "failed", pipeline, None, oz_size, None, f"{evaluation.status.value}: {evaluation.message}"[:200]
        )
    if acceptance is not None and pipeline not in ("", OZ):
        verdict = acceptance.check_list(pipeline)
        if not verdict.accepted:
            return CompletionScore("rejected", pipeline, evaluation.binary_size, oz_size, None, verdict.reason[:200])
    status = "no_improvement" if parse.pass_pipeline is None else "ok"
    improvement = relative_gain(evaluation.binary_size, oz_size)
    return CompletionScore(status, pipeline, evaluation.binary_size, oz_size, improvement)


__all__ = ["FAILED", "CompletionScore", "score_completion"]
