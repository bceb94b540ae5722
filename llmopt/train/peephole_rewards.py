"""LLM-VeriOpt's rewards for GRPO: the translation validator inside the reward, over the judge use and evaluation share.

Each reward is a picklable callable over dataset columns (TRL calls ``reward(prompts=..., completions=...,
**columns)``) reading ``ir`` (the unoptimized function) and, for the correctness rewards, ``reference_ir``
(instcombine's output). Each answer is judged by ``llmopt.inference.peephole.check_answer``: the same parser,
verifier call and categories ``llmopt optimize --strategy peephole`` and the peephole evaluation use. The verifier
(and, for latency, the measurer) is made on first call in the calling process and dropped when pickled.

- ``VerifiedRewriteReward``: the paper's r = t(1 + a(1 + m)) + b with t the answer's format, a "proved equivalent",
  m "exact match with the reference" (counted only when proved) and b the BLEU to the reference. Range [0, 4].
- ``ChainOfThoughtReward`` (diagnostic form): the think block's first attempt is verified; 1 when the model's
  diagnosis and the verifier agree it is correct, 0.5 + 0.5 BLEU(model's diagnosis, verifier's) when both say it is
  wrong, else 0. "Wrong" for the verifier is any answer it does not prove (its diagnosis line then says why, in the
  words the diagnostic dataset taught); for the model, any diagnosis other than the success line.
- ``LatencyReward``: r_lat = 0 unless proved and u = latency(-O0) / latency(answer) > 1, else
  min(1, (u - 1) / (U_max - 1)) ** gamma, with U_max the 80th percentile of instcombine's speedups on the training
  prompts (``instcombine_speedup_ceiling``). No term for matching instcombine: the latency stage may leave it.
- ``EquivalenceReward``: t(1 + a): format and proof only, for the latency stage's correctness term.

Latency is the TTI latency estimate (``Evaluation.latency``: ``print<cost-model>`` with ``-cost-kind=latency``) on
this toolchain's default target (the paper used AArch64).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llmopt.errors import ConfigError
from llmopt.train.rewards import completion_text


class _VerifierReward:
    """Shared state: settings only; a verifier (and measurer) made lazily per process."""

    __name__ = "peephole"

    def __init__(
        self,
        *,
        form: str = "generic",
        timeout_s: float = 10.0,
        llvm_bin: str | None = None,
        data_dir: str | None = None,
    ) -> None:
        self.form, self.timeout_s, self.llvm_bin, self.data_dir = form, timeout_s, llvm_bin, data_dir
        self._toolchain: Any = None
        self._verifier: Any = None
        self._measurer: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_toolchain"] = state["_verifier"] = state["_measurer"] = None  # live processes never travel
        return state

    def close(self) -> None:
        if self._measurer is not None:
            self._measurer.close()
        self._measurer = self._verifier = None

    def toolchain(self) -> Any:
        """The LLVM of this process, discovered once (the verifier and the measurer share it)."""
        if self._toolchain is None:
            from llmopt.settings import Settings
            from llmopt.toolchain import Toolchain

            self._toolchain = Toolchain.discover(self.llvm_bin or Settings.load().llvm_bin)
        return self._toolchain

    def verifier(self) -> Any:
        if self._verifier is None:
            from llmopt.verify.smt import SmtVerifier

            self._verifier = SmtVerifier(self.toolchain())
        return self._verifier

    def measurer(self) -> Any:
        if self._measurer is None:
            from pathlib import Path

            from llmopt.metrics import Measurer
            from llmopt.settings import Settings

            data_dir = Path(self.data_dir) if self.data_dir else Settings.load().data_dir
            self._measurer = Measurer(self.toolchain(), data_dir=data_dir)
        return self._measurer

    def check(self, completion: Any, source: str, reference: str | None) -> Any:
        from llmopt.inference.peephole import check_answer

        return check_answer(
            self.verifier(),
            source,
            completion_text(completion),
            form=self.form,
            reference=reference,
            timeout_s=self.timeout_s,
        )


def rewrite_reward(formatted: bool, proved: bool, exact_match: bool, bleu: float) -> float:
    """r = t(1 + a(1 + m)) + b (the paper's equation 1); m counts only with a."""
    t, a = float(formatted), float(proved)
    m = float(exact_match and proved)
    return t * (1.0 + a * (1.0 + m)) + bleu


class VerifiedRewriteReward(_VerifierReward):
    """r = t(1 + a(1 + m)) + b on the answer block (see the module docstring)."""

    __name__ = "verified_rewrite"

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        refs = columns.get("reference_ir") or [None] * len(completions)
        out: list[float | None] = []
        for completion, source, ref in zip(completions, columns["ir"], refs, strict=True):
            c = self.check(completion, source, ref)
            out.append(rewrite_reward(c.formatted, c.proved, bool(c.exact_match), c.bleu or 0.0))
        return out


class EquivalenceReward(_VerifierReward):
    """t(1 + a): the answer's format and its proof, nothing about matching instcombine."""

    __name__ = "equivalence"

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        out: list[float | None] = []
        for completion, source in zip(completions, columns["ir"], strict=True):
            c = self.check(completion, source, None)
            out.append(float(c.formatted) * (1.0 + float(c.proved)))
        return out


def chain_of_thought_reward(model_ok: bool, verifier_ok: bool, model_diagnosis: str, verifier_diagnosis: str) -> float:
    """The paper's equation 2: 1 if both say OK, 0.5 + 0.5 BLEU of the diagnoses if both say ERR, else 0."""
    from llmopt.prompts.scoring import bleu_score

    if model_ok and verifier_ok:
        return 1.0
    if not model_ok and not verifier_ok:
        return 0.5 + 0.5 * bleu_score(model_diagnosis, verifier_diagnosis)
    return 0.0


class ChainOfThoughtReward(_VerifierReward):
    """The think block's reward (diagnostic form; see the module docstring)."""

    __name__ = "chain_of_thought"

    def __init__(self, **settings: Any) -> None:
        settings.setdefault("form", "diagnostic")
        super().__init__(**settings)

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        from llmopt.data.tasks.peephole import describe_verdicts
        from llmopt.inference.peephole import check_rewrite
        from llmopt.prompts.peephole import SUCCESS_VERDICT, PeepholeFormat

        fmt = PeepholeFormat("diagnostic")
        out: list[float | None] = []
        for completion, source in zip(completions, columns["ir"], strict=True):
            parsed = fmt.parse(completion_text(completion))
            if parsed.draft_ir is None or parsed.diagnosis is None:
                out.append(0.0)  # no attempt or no diagnosis: nothing to agree on
                continue
            draft = check_rewrite(self.verifier(), source, parsed.draft_ir, timeout_s=self.timeout_s)
            verifier_says = describe_verdicts(draft.results) if draft.results else f"ERROR: {draft.detail}"
            model_ok = parsed.diagnosis.strip() == SUCCESS_VERDICT
            out.append(chain_of_thought_reward(model_ok, draft.proved, parsed.diagnosis, verifier_says))
        return out


def latency_reward(proved: bool, speedup: float | None, ceiling: float, gamma: float) -> float:
    """r_lat (the paper's equation 4): 0 unless proved and speedup > 1, else min(1, (u-1)/(U_max-1)) ** gamma."""
    if not proved or speedup is None or speedup <= 1.0:
        return 0.0
    return min(1.0, (speedup - 1.0) / (ceiling - 1.0)) ** gamma


class LatencyReward(_VerifierReward):
    """r_lat over the estimated latency of proved answers against the -O0 input (see the module docstring).

    Args:
        ceiling: U_max (> 1), e.g. ``instcombine_speedup_ceiling`` of the training prompts.
        gamma: the convex shaping exponent (> 1 in the paper).
    """

    __name__ = "latency"

    def __init__(self, *, ceiling: float, gamma: float = 2.0, **settings: Any) -> None:
        if ceiling <= 1.0:
            raise ConfigError(f"the latency reward's U_max must be above 1 (a speedup), got {ceiling}")
        super().__init__(**settings)
        self.ceiling, self.gamma = ceiling, gamma

    def speedup(self, source: str, answer: str) -> float | None:
        """latency(source) / latency(answer), both measured with no passes; None if either does not build."""
        from llmopt.toolchain import IRModule

        measurer = self.measurer()
        before = measurer.measure_pipeline(IRModule(text=source, name="source"), "")
        after = measurer.measure_pipeline(IRModule(text=answer, name="answer"), "")
        if not (before.ok and after.ok) or not before.latency or not after.latency:
            return None
        return before.latency / after.latency

    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float | None]:
        out: list[float | None] = []
        for completion, source in zip(completions, columns["ir"], strict=True):
            c = self.check(completion, source, None)
            u = self.speedup(source, c.ir) if c.proved and c.ir is not None else None
            out.append(latency_reward(c.proved, u, self.ceiling, self.gamma))
        return out


def instcombine_speedup_ceiling(
    reward: LatencyReward, sources: Sequence[str], references: Sequence[str], percentile: float = 80
) -> float:
    """U_max: the ``percentile``-th percentile of instcombine's latency speedups (source over reference) on the
    training pairs, measured with ``reward``'s measurer (its own ceiling plays no part); at least 1.01 so the
    reward's denominator stays positive.

    Raises:
        ConfigError: no pair could be measured.
    """
    import numpy as np

    speedups = [u for s, r in zip(sources, references, strict=True) if (u := reward.speedup(s, r)) is not None]
    if not speedups:
        raise ConfigError("no training pair could be measured for the latency reward's U_max")
    return max(1.01, float(np.percentile(speedups, percentile)))


__all__ = [
    "ChainOfThoughtReward",
    "EquivalenceReward",
    "LatencyReward",
    "VerifiedRewriteReward",
    "chain_of_thought_reward",
    "instcombine_speedup_ceiling",
    "latency_reward",
    "rewrite_reward",
]
