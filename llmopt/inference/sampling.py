"""Zero-shot, ``-Oz`` backup and sample-and-select: the model's own lists, compiled and selected.

* ``zero-shot`` (Cummins et al. 2023; LLM Compiler FTD): one greedy answer. The paper's zero-shot number is the
  model's list alone, which can be larger than ``-Oz`` (LLM Compiler FTD 13B regressed on 12 % of programs); here the
  shared selection step keeps ``-Oz`` as the backup, so the returned list never regresses, and the unchecked number
  stays visible as ``StrategyResult.best_unchecked``.
* ``oz-backup`` (LLM Compiler's "-Oz backup": compile twice, keep the better). Under the shared selection step that is
  exactly what zero-shot does, so both names give the same choice at the same cost (2 compilations); the name exists
  so that tables and commands can use the paper's term.
* ``sample-and-select`` (the feedback paper's sampling baseline, which beat iterating with feedback at >= 10 samples:
  86 % of the autotuner's gain with 10 samples at temperature 1.4 on their model): ``n`` answers at ``temperature``,
  every distinct list compiled while the budget lasts (the greedy answer first, unless ``include_greedy=False``), the
  best accepted one kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from llmopt.errors import ConfigError
from llmopt.inference.model import LIST_ONLY_STOP, ModelClient, flag_tuning_format, flag_tuning_prompt, read_answer
from llmopt.inference.strategy import Session, Strategy


def greedy_list(session: Session, source: str = "model") -> str | None:
    """The model's greedy answer for the session's module as canonical pipeline text (None: a typed failure)."""
    client = ModelClient(session)
    fmt = flag_tuning_format(session.context.prompt_style)
    prompt = flag_tuning_prompt(session)
    out = client.generate([prompt], n=1, temperature=0.0, stop=list(LIST_ONLY_STOP), source=source)
    if not out or not out[0]:
        return None
    return read_answer(session, fmt, out[0][0], source)


@dataclass(frozen=True)
class ZeroShot(Strategy):
    """One greedy answer, compiled beside -Oz (see the module docstring)."""

    name: ClassVar[str] = "zero-shot"
    needs_model: ClassVar[bool] = True

    def propose(self, session: Session) -> None:
        pipeline = greedy_list(session)
        if pipeline is not None:
            session.measure(pipeline, "model")


@dataclass(frozen=True)
class OzBackup(ZeroShot):
    """LLM Compiler's -Oz backup: the better of the model's greedy list and -Oz (the same choice as zero-shot here)."""

    name: ClassVar[str] = "oz-backup"


@dataclass(frozen=True)
class SampleAndSelect(Strategy):
    """``n`` sampled answers (plus the greedy one), each distinct list compiled under the budget, the best accepted.

    Attributes:
        n: answers sampled at ``temperature`` (in one batched call).
        temperature / top_p: sampling settings (the feedback paper found 0.4-1.4 best for 10-100 samples).
        include_greedy: ask for the greedy answer first and try it first (one more model call).
    """

    name: ClassVar[str] = "sample-and-select"
    needs_model: ClassVar[bool] = True
    n: int = 10
    temperature: float = 0.8
    top_p: float = 1.0
    include_greedy: bool = True

    def __post_init__(self) -> None:
        if self.n < 1 or self.temperature <= 0 or not 0 < self.top_p <= 1:
            raise ConfigError(
                f"sample-and-select needs n >= 1, temperature > 0 and 0 < top_p <= 1 (got n={self.n}, "
                f"temperature={self.temperature}, top_p={self.top_p})"
            )

    def propose(self, session: Session) -> None:
        client = ModelClient(session)
        fmt = flag_tuning_format(session.context.prompt_style)
        prompt = flag_tuning_prompt(session)
        if self.include_greedy:
            pipeline = greedy_list(session, "model")
            if pipeline is not None:
                session.measure(pipeline, "model")
        if session.exhausted:
            return
        out = client.generate(
            [prompt],
            n=self.n,
            temperature=self.temperature,
            top_p=self.top_p,
            stop=list(LIST_ONLY_STOP),
            source="sample",
        )
        for completion in out[0] if out else []:
            if session.exhausted:
                return
            pipeline = read_answer(session, fmt, completion, "sample")
            if pipeline is not None:
                session.measure(pipeline, "sample")


__all__ = ["OzBackup", "SampleAndSelect", "ZeroShot", "greedy_list"]
