"""Peephole rewriting by a model (LLM-VeriOpt), trusted only when the verifier proves it.

Two pieces, shared by use, evaluation and the GRPO rewards so the three judge an answer the same way:

* ``check_rewrite`` / ``check_answer``: one model answer for one function, judged as the paper does: the answer's
  format (``formatted``), the translation validator's category on (source, answer) (equivalent / not equivalent /
  syntax error / inconclusive), whether it changed the input (a copy is correct and useless), exact match and BLEU
  against a reference (instcombine's output) when one is given.
* ``peephole_rewrite``: the main job's step. Each defined function is cut out (``split_functions``), the model is
  asked for a rewrite, and a rewrite is kept only when the verifier proves it equivalent, it changed the function and
  it is not worse than the function as it was (estimated latency, then instruction count, measured with no passes).
  Kept rewrites replace their functions in the module (``toolchain.per_function.replace_functions``); everything
  else stays the compiler's input, so the pass list chosen afterwards runs on proved IR only.

Why per function: the verifier proves functions, and a proof of a function against the declarations of its callees
holds wherever the function is linked, so a module built from proved functions is equivalent to the original.

Limits: one answer per function by default (``samples`` > 1 keeps the best proved one); the verifier's ``inconclusive``
is never a proof, so a function the verifier cannot model is never rewritten.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from llmopt.prompts.ir_text import model_ir_text
from llmopt.verify.result import Verdict, VerificationResult

if TYPE_CHECKING:
    from llmopt.backends.base import Backend
    from llmopt.inference.optimize import OptimizeResult
    from llmopt.inference.strategy import Strategy
    from llmopt.metrics import Measurer
    from llmopt.toolchain import IRModule
    from llmopt.verify.acceptance import AcceptancePolicy
    from llmopt.verify.base import Verifier

CATEGORIES: tuple[str, ...] = tuple(v.value for v in Verdict)  # equivalent, not_equivalent, syntax_error, inconclusive
DEFAULT_VERIFY_TIMEOUT_S = 10.0


def comparable_ir(text: str) -> str:
    """IR text for "same answer?" questions: the model's view (no comments or build paths), blank lines and trailing
    spaces dropped."""
    lines = (line.rstrip() for line in model_ir_text(text).splitlines())
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class RewriteCheck:
    """The judgement of one answer (see the module docstring).

    Attributes:
        formatted: the answer had the prompt form's layout with IR in it (the reward's t).
        verdict: one of ``CATEGORIES``; an answer without IR is a ``syntax_error``.
        changed: the answer differs from the input (after ``comparable_ir``).
        exact_match: the answer equals the reference (None without one).
        bleu: sentence BLEU of the answer to the reference in [0, 1] (None without one; 0 without an answer).
        ir: the answer's IR, or None.
        detail: the verifier's (or parser's) reason.
        results: the verifier's per-function results.
    """

    formatted: bool
    verdict: str
    changed: bool
    exact_match: bool | None
    bleu: float | None
    ir: str | None
    detail: str
    results: tuple[VerificationResult, ...] = ()

    @property
    def proved(self) -> bool:
        return self.verdict == Verdict.EQUIVALENT.value

    def to_json(self) -> dict[str, Any]:
        return {
            "formatted": self.formatted,
            "verdict": self.verdict,
            "changed": self.changed,
            "exact_match": self.exact_match,
            "bleu": self.bleu,
            "detail": self.detail,
        }


def check_rewrite(
    verifier: Verifier,
    source_text: str,
    answer_ir: str | None,
    *,
    reference: str | None = None,
    formatted: bool | None = None,
    raw_text: str | None = None,
    timeout_s: float = DEFAULT_VERIFY_TIMEOUT_S,
) -> RewriteCheck:
    """Judge ``answer_ir`` as a rewrite of ``source_text`` (never raises for bad IR; see ``RewriteCheck``).
    Without IR, BLEU is taken on ``raw_text`` (the whole completion): the paper's partial credit for output that is
    near instcombine's but not in the answer format."""
    from llmopt.data.tasks.peephole import verify_pair
    from llmopt.prompts.scoring import bleu_score
    from llmopt.toolchain import IRModule

    has_ir = answer_ir is not None and bool(answer_ir.strip())
    formatted = has_ir if formatted is None else formatted and has_ir
    ref = comparable_ir(reference) if reference is not None else None
    if not has_ir:
        return RewriteCheck(
            formatted,
            Verdict.SYNTAX_ERROR.value,
            False,
            None if ref is None else False,
            None if ref is None or not raw_text else bleu_score(comparable_ir(raw_text), ref),
            None,
            "the answer holds no IR",
        )
    assert answer_ir is not None
    answer = comparable_ir(answer_ir)
    source = IRModule(text=source_text, name="source")
    check = verify_pair(verifier, source, source.with_text(answer_ir, name="answer"), timeout_s)
    return RewriteCheck(
        formatted=formatted,
        verdict=check.verdict,
        changed=answer != comparable_ir(source_text),
        exact_match=None if ref is None else answer == ref,
        bleu=None if ref is None else bleu_score(answer, ref),
        ir=answer_ir,
        detail=check.reason,
        results=check.results,
    )


def check_answer(
    verifier: Verifier,
    source_text: str,
    completion: str,
    *,
    form: str = "generic",
    reference: str | None = None,
    timeout_s: float = DEFAULT_VERIFY_TIMEOUT_S,
) -> RewriteCheck:
    """Parse a model's completion in the peephole ``form`` and judge its answer (``check_rewrite``)."""
    from llmopt.prompts.peephole import PeepholeFormat

    parsed = PeepholeFormat(form).parse(completion)
    return check_rewrite(
        verifier,
        source_text,
        parsed.ir,
        reference=reference,
        formatted=parsed.ok,
        raw_text=completion,
        timeout_s=timeout_s,
    )


def peephole_prompt(source_text: str, form: str = "generic") -> str:
    """The prompt text a peephole model is asked with (the task dataset's ``prompt`` column for the same IR)."""
    from llmopt.inference.model import prompt_text
    from llmopt.prompts.examples import PeepholeExample
    from llmopt.prompts.peephole import PeepholeFormat

    return prompt_text(PeepholeFormat(form).render_prompt(PeepholeExample(ir=model_ir_text(source_text))))


@dataclass(frozen=True)
class FunctionRewrite:
    """What happened to one function: the judged answers, whether a rewrite was kept, and why."""

    function: str
    kept: bool
    reason: str
    checks: tuple[RewriteCheck, ...] = ()
    before: dict[str, int] | None = None  # ``as_is_costs`` of the function as it was (None: it did not build)
    after: dict[str, int] | None = None  # of the kept rewrite

    def to_json(self) -> dict[str, Any]:
        return {
            "function": self.function,
            "kept": self.kept,
            "reason": self.reason,
            "answers": [c.to_json() for c in self.checks],
            "before": _latency_and_count(self.before) or {"latency": None, "instruction_count": None},
            "after": _latency_and_count(self.after),
        }


@dataclass(frozen=True)
class PeepholeResult:
    """The module after the peephole step (the input itself when nothing was kept) and one record per function."""

    module: IRModule
    functions: tuple[FunctionRewrite, ...] = field(default_factory=tuple)
    seconds: float = 0.0
    error: str = ""  # why the kept rewrites could not be put back together (the input is then kept)

    @property
    def kept(self) -> int:
        return sum(f.kept for f in self.functions) if not self.error else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "kept": self.kept,
            "functions": [f.to_json() for f in self.functions],
            "seconds": round(self.seconds, 3),
            "error": self.error,
        }


COST_METRICS: tuple[str, ...] = ("latency", "instruction_count", "binary_size")


def as_is_costs(measurer: Measurer, module: IRModule) -> dict[str, int] | None:
    """Estimated latency, instruction count and binary size of ``module`` as it is (no passes), the figures the step
    keeps rewrites by and the evaluation reports; None when it does not build or a figure is missing."""
    ev = measurer.measure_pipeline(module, "")
    values = {m: getattr(ev, m) for m in COST_METRICS} if ev.ok else {}
    return values if values and all(v is not None for v in values.values()) else None


def _latency_and_count(costs: dict[str, int] | None) -> dict[str, int] | None:
    return None if costs is None else {"latency": costs["latency"], "instruction_count": costs["instruction_count"]}


def _no_worse(after: dict[str, int] | None, before: dict[str, int] | None) -> bool:
    """``after`` builds and is not worse than ``before`` in (latency, then instruction count); anything beats a
    ``before`` that did not build."""
    if after is None:
        return False
    if before is None:
        return True
    return (after["latency"], after["instruction_count"]) <= (before["latency"], before["instruction_count"])


def peephole_rewrite(
    backend: Backend,
    verifier: Verifier,
    measurer: Measurer,
    module: IRModule,
    *,
    form: str = "generic",
    samples: int = 1,
    temperature: float = 0.0,
    max_tokens: int = 1024,
    timeout_s: float = DEFAULT_VERIFY_TIMEOUT_S,
    seed: int = 0,
) -> PeepholeResult:
    """Rewrite each function of ``module`` with the model; keep only proved, changed, no-worse rewrites (see the
    module docstring). Never raises for a model that writes garbage: such answers are judged and dropped."""
    from llmopt.toolchain import split_functions
    from llmopt.toolchain.per_function import replace_functions

    start = time.perf_counter()
    parts = split_functions(measurer.toolchain, module)
    prompts = [peephole_prompt(p.text, form) for p in parts]
    answers = backend.generate(prompts, n=samples, temperature=temperature, max_tokens=max_tokens, seed=seed)
    records: list[FunctionRewrite] = []
    replacements: dict[str, str] = {}
    for part, completions in zip(parts, answers, strict=True):
        function = part.provenance.get("function", part.name)
        before = as_is_costs(measurer, part)
        checks = tuple(check_answer(verifier, part.text, c.text, form=form, timeout_s=timeout_s) for c in completions)
        best: tuple[dict[str, int] | None, str] | None = None
        for check in checks:
            if not (check.proved and check.changed and check.ir is not None):
                continue
            after = as_is_costs(measurer, part.with_text(check.ir))
            if _no_worse(after, before) and (best is None or _no_worse(after, best[0])):
                best = (after, check.ir)
        if best is None:
            reason = _why_not(checks)
            records.append(FunctionRewrite(function, False, reason, checks, before))
            continue
        replacements[function] = best[1]
        records.append(FunctionRewrite(function, True, "proved equivalent and no worse", checks, before, best[0]))
    if not replacements:
        return PeepholeResult(module, tuple(records), time.perf_counter() - start)
    merged = replace_functions(measurer.toolchain, module.text, replacements)
    if not merged.ok:
        return PeepholeResult(module, tuple(records), time.perf_counter() - start, f"{merged.stage}: {merged.message}")
    return PeepholeResult(module.with_text(merged.text), tuple(records), time.perf_counter() - start)


def optimize_with_peephole(
    measurer: Measurer,
    module: IRModule,
    backend: Backend,
    *,
    verifier: Verifier | None = None,
    strategy: Strategy | None = None,
    budget: int = 10,
    acceptance: AcceptancePolicy | None = None,
    form: str = "generic",
    samples: int = 1,
    max_tokens: int = 1024,
    timeout_s: float = DEFAULT_VERIFY_TIMEOUT_S,
    extra_candidates: tuple[str, ...] = (),
) -> OptimizeResult:
    """The main job with the peephole step first: proved rewrites (``peephole_rewrite``), then ``strategy``'s pass
    list and the standard pipelines (``optimize_module``) on the rewritten module; the same on the input, and the
    smaller of the two wins (ties: the input), so the step never makes a result worse and never uses unproved IR.

    Returns:
        The chosen ``OptimizeResult`` with ``peephole`` set (its ``module`` is the rewritten one when that won).
    """
    import dataclasses

    from llmopt.inference.optimize import optimize_module
    from llmopt.verify.smt import SmtVerifier

    verifier = verifier or SmtVerifier(measurer.toolchain)
    step = peephole_rewrite(
        backend, verifier, measurer, module, form=form, samples=samples, max_tokens=max_tokens, timeout_s=timeout_s
    )

    def run(m: IRModule) -> OptimizeResult:
        return optimize_module(
            measurer,
            m,
            extra_candidates=extra_candidates,
            acceptance=acceptance,
            strategy=strategy,
            budget=budget,
            backend=backend,
        )

    plain = run(module)
    best = plain
    if step.kept:
        rewritten = run(step.module)
        size, base = rewritten.best.binary_size, plain.best.binary_size
        if size is not None and (base is None or size < base):
            best = rewritten
    # Sizes are reported against the input's -Oz and -O0, whichever module won.
    return dataclasses.replace(best, peephole=step, oz=plain.oz, o0=plain.o0)


def _why_not(checks: tuple[RewriteCheck, ...]) -> str:
    """Why no answer was kept, from the best of the answers (proved beats the other categories)."""
    if not checks:
        return "no answer"
    if any(c.proved and not c.changed for c in checks):
        return "proved, but a copy of the input"
    if any(c.proved for c in checks):
        return "proved, but worse than the input"
    first = checks[0]
    return f"{first.verdict}: {first.detail}"


__all__ = [
    "CATEGORIES",
    "COST_METRICS",
    "FunctionRewrite",
    "PeepholeResult",
    "RewriteCheck",
    "as_is_costs",
    "check_answer",
    "check_rewrite",
    "comparable_ir",
    "optimize_with_peephole",
    "peephole_prompt",
    "peephole_rewrite",
]
