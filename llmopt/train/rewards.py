"""Rewards for GRPO: picklable callables over dataset columns, built on the scorer evaluation reports with.

TRL calls a reward function as ``reward(prompts=..., completions=..., **columns)`` with one list entry per
completion, and the dataset's other columns passed by name. These classes read ``ir`` (the unoptimized module),
``flavour`` and ``oz_binary_size`` (the cached ``-Oz`` size; measured when missing) and score each completion with
``llmopt.inference.scoring.score_completion``, so a reward is exactly what evaluation reports for the same answer.

They hold only settings (strings and numbers): the ``Measurer`` (engine process, cache) is made on first call in the
process that calls, and dropped when pickled, so a reward can be sent to worker processes.

- ``SizeReward``: the improvement over -Oz, ``(oz - size) / oz`` clipped to [-clip, clip]; an answer that names no
  usable list, fails to run or is rejected by the gate scores ``failure`` (the format reward's floor).
- ``FormatReward``: 1.0 when the answer names a usable pass list (or the short "no improvement" form), else 0.0.

``gate=True`` asks the PassListEval gate about each new list (verdicts cached in the data dir's shared store): sound,
but a gate call takes seconds, so it is off by default, and the gate always decides at inference time. Without it a
model can learn lists that win size by miscompiling; they score well here and are refused when used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llmopt.inference.scoring import CompletionScore


def completion_text(completion: Any) -> str:
    """The text of one completion: a string, or (conversational datasets) a list of messages whose last content."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list) and completion and isinstance(completion[-1], dict):
        return str(completion[-1].get("content", ""))
    return str(completion)


class _ScoringReward:
    """Shared state: the settings, and a lazily made measurer (and gate) per process."""

    __name__ = "scoring"

    def __init__(
        self,
        *,
        llvm_bin: str | None = None,
        data_dir: str | None = None,
        style: str = "llm-compiler",
        gate: bool = False,
    ) -> None:
        self.llvm_bin, self.data_dir, self.style, self.gate = llvm_bin, data_dir, style, gate
        self._measurer: Any = None
        self._acceptance: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_measurer"] = state["_acceptance"] = None  # live processes never travel
        return state

    def close(self) -> None:
        """Stop this process's measurer (its engine) and gate; the next call starts new ones."""
        if self._acceptance is not None:
            self._acceptance.close()
        if self._measurer is not None:
            self._measurer.close()
        self._measurer = self._acceptance = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def _tools(self) -> tuple[Any, Any]:
        if self._measurer is None:
            from pathlib import Path

            from llmopt.metrics import Measurer
            from llmopt.settings import Settings
            from llmopt.toolchain import Toolchain

            settings = Settings.load()
            toolchain = Toolchain.discover(self.llvm_bin or settings.llvm_bin)
            data_dir = Path(self.data_dir) if self.data_dir else settings.data_dir
            self._measurer = Measurer(toolchain, data_dir=data_dir)
            if self.gate:
                from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GuardConfig

                self._acceptance = Acceptance(
                    toolchain, AcceptanceConfig(guards=GuardConfig(enabled=False)), data_dir, measurer=self._measurer
                )
        return self._measurer, self._acceptance

    def score(self, completion: Any, ir: str, flavour: str | None, oz_size: int | None) -> CompletionScore:
        """The scorer's verdict on one completion for the module ``ir``."""
        from llmopt.inference.scoring import score_completion
        from llmopt.toolchain import Flavour, IRModule

        measurer, acceptance = self._tools()
        module = IRModule(text=ir, name="reward", flavour=Flavour(flavour) if flavour else None)
        return score_completion(
            measurer, module, completion_text(completion), style=self.style, oz_size=oz_size, acceptance=acceptance
        )

    def scores(self, completions: Sequence[Any], columns: dict[str, Any]) -> list[CompletionScore]:
        irs = columns["ir"]
        flavours = columns.get("flavour") or [None] * len(completions)
        ozs = columns.get("oz_binary_size") or [None] * len(completions)
        return [self.score(c, ir, f, oz) for c, ir, f, oz in zip(completions, irs, flavours, ozs, strict=True)]


class SizeReward(_ScoringReward):
    """Improvement over -Oz (see the module docstring)."""

    __name__ = "size"

    def __init__(self, *, failure: float = -1.0, clip: float = 1.0, **settings: Any) -> None:
        super().__init__(**settings)
        self.failure, self.clip = failure, clip

    def value(self, score: CompletionScore) -> float:
        if score.improvement is None:
            return self.failure
        return max(-self.clip, min(self.clip, score.improvement))

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        return [self.value(s) for s in self.scores(completions, columns)]


class FormatReward(_ScoringReward):
    """1.0 for an answer that names a usable pass list (or "no improvement"), else 0.0."""

    __name__ = "format"

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        return [1.0 if s.parsed else 0.0 for s in self.scores(completions, columns)]


__all__ = ["FormatReward", "SizeReward", "completion_text"]
