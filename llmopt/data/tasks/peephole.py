"""Peephole examples (LLM-VeriOpt): one unoptimized function -> its ``instcombine`` output, kept only when proved.

For one corpus function the builder prints the input through ``opt`` (so prompt and answer share LLVM's printing),
both as ``prompts.ir_text.model_ir_text`` (no build paths or printer comments), runs
``instcombine<no-verify-fixpoint>`` on it, skips functions instcombine leaves unchanged ("no change": the paper
found none in its test set, and they teach copying), and verifies the pair with the built-in SMT translation validator
(``llmopt.verify.smt.SmtVerifier``, ``TaskContext.timeout_s`` per function). Only pairs proved equivalent are kept, as
in the paper (which used Alive2); the others are skipped with a reason derived from the verdict
(``classify_verdicts``): "refuted", "not proved: unsupported", "not proved: timeout", "not proved: inconclusive",
"verifier syntax error", and "not proved: verifier error" when the verifier itself failed. Neither corpus flavour
carries ``optnone`` (``paper`` is compiled with ``-disable-O0-optnone``), so instcombine acts on every function.

Prompt forms (option ``form``): ``generic``, or ``diagnostic`` (``<think>``/``<answer>``). In the diagnostic form a
row becomes a *correction* sample when a wrong first attempt is available, else a *first-time* sample (the right
answer in the think block with the success verdict). Wrong attempts come, in order, from

* option ``drafts``: a JSONL file of model outputs (``normalized_hash`` or ``name``, and ``completion``, read with
  the generic form's parser); a draft the verifier refutes or cannot parse gives its real diagnosis (a draft that is
  proved or inconclusive gives a first-time sample);
* otherwise, for a seeded share ``correction_share`` of the rows (default 0.5), a one-line mutant of the label
  (``llmopt.verify.mutate``) that the verifier refutes: the diagnosis is the verifier's counterexample.

Options read: ``form`` ("generic"), ``drafts`` (None), ``correction_share`` (0.5), ``verify_timeout`` (10 s),
``min_instructions`` / ``max_instructions`` (none: a function whose printed input has fewer / more IR instructions is
skipped as "too small" / "too large" before instcombine and the verifier run; the CPU-scale runs of docs/veriopt.md
train on 3 to 30).

Not covered: Alive2's exact message wording (the diagnostics are the built-in verifier's own), several correction
samples per input (the paper has one per distinct failure; the driver makes one example per row).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.data.tasks.common import completion_for, opt_skip, row_rng, run_opt
from llmopt.verify.result import Verdict, VerificationResult

if TYPE_CHECKING:
    from llmopt.toolchain import IRModule
    from llmopt.verify.base import Verifier

INSTCOMBINE_PIPELINE = "instcombine<no-verify-fixpoint>"
REFUTED_PREFIX = "Transformation doesn't verify!"
DEFAULT_VERIFY_TIMEOUT_S = 10.0
MUTANT_TIMEOUT_S = 3.0  # a mutant of a proved pair is usually refuted in well under a second; floats can stall z3


@dataclass(frozen=True)
class PairVerification:
    """The verifier's answer on one (source, target) pair, reduced to keep-or-skip.

    Attributes:
        results: one result per function, as the verifier returned them.
        skip_reason: None when every function was proved equivalent, else the stable reason (see
            ``classify_verdicts``).
        walltime_s: verifier time for the pair.
    """

    results: tuple[VerificationResult, ...]
    skip_reason: str | None
    walltime_s: float

    @property
    def proved(self) -> bool:
        return self.skip_reason is None

    @property
    def verdict(self) -> str:
        """ "equivalent" when proved, else the first non-equivalent function's verdict value."""
        for result in self.results:
            if not result.is_equivalent:
                return result.verdict.value
        return Verdict.EQUIVALENT.value if self.results else Verdict.INCONCLUSIVE.value

    @property
    def reason(self) -> str:
        for result in self.results:
            if not result.is_equivalent:
                return f"@{result.function}: {result.reason}"
        return self.results[0].reason if self.results else "no function was verified"


def classify_verdicts(results: list[VerificationResult] | tuple[VerificationResult, ...]) -> str | None:
    """The skip reason of a pair from its per-function results; None when all are EQUIVALENT.

    A refutation anywhere wins (the pair is wrong); then syntax errors, then the kinds of inconclusive answers.
    """
    if not results:
        return "not proved: no function verified"
    verdicts = [r.verdict for r in results]
    if Verdict.NOT_EQUIVALENT in verdicts:
        return "refuted"
    if Verdict.SYNTAX_ERROR in verdicts:
        return "verifier syntax error"
    inconclusive = [r.reason for r in results if r.verdict is Verdict.INCONCLUSIVE]
    if not inconclusive:
        return None
    if any(reason.startswith("unsupported") for reason in inconclusive):
        return "not proved: unsupported"
    if any(reason.startswith("timeout") for reason in inconclusive):
        return "not proved: timeout"
    return "not proved: inconclusive"


def _size_skip(instructions: int, ctx: TaskContext) -> TaskOutcome | None:
    """The skip for a function outside the ``min_instructions`` / ``max_instructions`` options (None: in range)."""
    low, high = ctx.option("min_instructions"), ctx.option("max_instructions")
    if low is not None and instructions < int(low):
        return TaskOutcome.skip("too small", f"{instructions} instructions < min_instructions={low}")
    if high is not None and instructions > int(high):
        return TaskOutcome.skip("too large", f"{instructions} instructions > max_instructions={high}")
    return None


def verify_timeout(ctx: TaskContext) -> float:
    """Seconds per function for the verifier: option ``verify_timeout`` (default 10), never above the compiler limit.
    Measured on corpus-v1 rows: with 10 s the p90 verify time was 1.3 s; with the 120 s compiler limit 14 of 300
    rows still timed out and those few functions took most of a 29-minute build."""
    return min(float(ctx.option("verify_timeout", DEFAULT_VERIFY_TIMEOUT_S)), ctx.timeout_s)


def verify_pair(verifier: Verifier, source: IRModule, target: IRModule, timeout_s: float) -> PairVerification:
    """Verify ``target`` against ``source`` function by function and decide keep-or-skip.

    Args:
        verifier: a verifier that can prove (the built-in ``SmtVerifier``).
        source / target: the unoptimized function and its transformed version.
        timeout_s: limit per function.

    Returns:
        The ``PairVerification``; never raises for bad IR.
    """
    start = time.monotonic()
    try:
        results = tuple(verifier.verify(source, target, timeout_s=timeout_s))
    except Exception as e:
        # The verifier promises never to raise, but z3 can (e.g. a RecursionError wrapped in ctypes.ArgumentError on
        # a very deep expression); one such function must not stop a dataset build. Not a proof either way.
        failure = VerificationResult(
            function=source.name,
            verdict=Verdict.INCONCLUSIVE,
            reason=f"verifier error ({type(e).__name__}: {e})",
            verifier=verifier.name,
            walltime_s=round(time.monotonic() - start, 4),
        )
        return PairVerification(
            results=(failure,), skip_reason="not proved: verifier error", walltime_s=failure.walltime_s
        )
    return PairVerification(
        results=results, skip_reason=classify_verdicts(results), walltime_s=round(sum(r.walltime_s for r in results), 4)
    )


def describe_verdicts(results: tuple[VerificationResult, ...] | list[VerificationResult]) -> str:
    """The diagnostic line of the diagnostic form: success, or what the verifier found wrong (first failure)."""
    from llmopt.prompts.peephole import SUCCESS_VERDICT

    for result in results:
        if result.verdict is Verdict.NOT_EQUIVALENT:
            return f"{REFUTED_PREFIX} ERROR in @{result.function}: {result.reason}"
        if result.verdict is Verdict.SYNTAX_ERROR:
            return f"ERROR: could not parse or verify the IR: {result.reason}"
        if result.verdict is Verdict.INCONCLUSIVE:
            return f"Could not prove @{result.function} correct: {result.reason}"
    return SUCCESS_VERDICT


@lru_cache(maxsize=4)
def _verifier(bin_dir: str, version: str) -> Verifier:
    """One verifier per worker process (its canonical-text cache is then shared by a worker's rows)."""
    from llmopt.toolchain import Toolchain
    from llmopt.verify.smt import SmtVerifier

    return SmtVerifier(Toolchain(bin_dir=Path(bin_dir), version=version))


@dataclass(frozen=True)
class WrongAttempt:
    """A first attempt for a correction sample: its IR, the verifier's diagnosis, and where it came from."""

    draft_ir: str
    diagnostic: str
    source: str


class PeepholeBuilder(TaskBuilder):
    """Builds ``PeepholeExample`` rows (see the module docstring)."""

    task = "peephole"
    level = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {"form": ctx.option("form", "generic")}

    def check_context(self, ctx: TaskContext) -> None:
        """Instruction bounds must be non-negative integers (refused before any row is read)."""
        from llmopt.errors import ConfigError

        for key in ("min_instructions", "max_instructions"):
            value = ctx.option(key)
            if value is not None and not (str(value).isdigit()):
                raise ConfigError(f"peephole option {key} must be a non-negative integer, got {value!r}")

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.prompts.examples import PeepholeExample
        from llmopt.prompts.ir_text import model_ir_text
        from llmopt.toolchain import IRModule, count_instructions

        ir = row.get("ir")
        if not isinstance(ir, str) or not ir.strip():
            return TaskOutcome.skip("no IR")
        tc = ctx.toolchain
        printed = run_opt(tc, ir, None, ctx.timeout_s)
        failed = opt_skip(printed, "reading the input")
        if failed is not None:
            return failed
        size = _size_skip(count_instructions(printed.stdout_text), ctx)
        if size is not None:
            return size
        combined = run_opt(tc, ir, INSTCOMBINE_PIPELINE, ctx.timeout_s)
        failed = opt_skip(combined, INSTCOMBINE_PIPELINE)
        if failed is not None:
            return failed
        # Both sides as a model reads IR (no build paths, no printer comments): shorter, and nothing a model could
        # use to tell packages apart; the verifier proves exactly these texts.
        source_text, target_text = model_ir_text(printed.stdout_text), model_ir_text(combined.stdout_text)
        if target_text == source_text:
            return TaskOutcome.skip("no change")
        name = str(row.get("name") or "function")
        source = IRModule(text=source_text, name=name)
        target = IRModule(text=target_text, name=name)
        verifier = _verifier(ctx.bin_dir, ctx.version)
        check = verify_pair(verifier, source, target, verify_timeout(ctx))
        extra: dict[str, Any] = {
            "verdict": check.verdict,
            "verify_s": check.walltime_s,
            "pipeline": INSTCOMBINE_PIPELINE,
            "source_instruction_count": count_instructions(source_text),
            "target_instruction_count": count_instructions(target_text),
            "verifier": verifier.name,
        }
        if not check.proved:
            return TaskOutcome(skip_reason=check.skip_reason, extra=extra, detail=check.reason)
        form = ctx.option("form", "generic")
        attempt = self._wrong_attempt(row, ctx, verifier, source, target) if form == "diagnostic" else None
        extra["sample"] = "correction" if attempt is not None else "first-time"
        extra["draft_source"] = attempt.source if attempt is not None else None
        example = PeepholeExample(
            ir=source_text,
            optimized_ir=target_text,
            draft_ir=attempt.draft_ir if attempt is not None else None,
            diagnostic=attempt.diagnostic if attempt is not None else None,
        )
        return TaskOutcome(example=example, extra=extra)

    def _wrong_attempt(
        self, row: dict[str, Any], ctx: TaskContext, verifier: Verifier, source: IRModule, target: IRModule
    ) -> WrongAttempt | None:
        """A verified-wrong first attempt for a correction sample, or None for a first-time sample."""
        from llmopt.prompts.peephole import PeepholeFormat
        from llmopt.verify.mutate import generate_mutants

        completion = completion_for(row, ctx.option("drafts"))
        if completion is not None:
            draft = PeepholeFormat("generic").parse(completion).ir
            if draft is None:
                return None
            check = verify_pair(verifier, source, source.with_text(draft), verify_timeout(ctx))
            if not any(r.verdict in (Verdict.NOT_EQUIVALENT, Verdict.SYNTAX_ERROR) for r in check.results):
                # Proved right, or not known to be wrong: only a first-time sample is honest then.
                return None
            return WrongAttempt(draft, describe_verdicts(check.results), "model")
        rng = row_rng(row, ctx.seed, "peephole-correction")
        if rng.random() >= float(ctx.option("correction_share", 0.5)):
            return None
        mutants = generate_mutants(ctx.toolchain, target, count=2, seed=rng.randrange(2**31))
        for mutant in mutants:
            check = verify_pair(verifier, source, mutant.module, min(ctx.timeout_s, MUTANT_TIMEOUT_S))
            if any(r.verdict is Verdict.NOT_EQUIVALENT for r in check.results):
                return WrongAttempt(
                    mutant.module.text, describe_verdicts(check.results), f"mutant: {mutant.description}"
                )
        return None


def load_pairs(path: str | Path, split: str, limit: int | None = None) -> list[tuple[str, str]]:
    """The (unoptimized function, instcombine's output) pairs of ``split`` of a peephole task dataset (its build
    directory or its ``dataset/``), read back from the rendered prompt and answer; smallest normalized hash first.

    Raises:
        ConfigError: not a peephole task dataset, or no rows in ``split``.
    """
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from llmopt.errors import ConfigError
    from llmopt.prompts.peephole import PeepholeFormat

    root = Path(path)
    root = root / "dataset" if (root / "dataset" / "data").is_dir() else root
    files = sorted((root / "data").glob("*.parquet"))
    if not files:
        raise ConfigError(
            f"{path}: not a task dataset (no data/*.parquet); build one with `llmopt data build peephole`"
        )
    columns = ["split", "normalized_hash", "messages", "completion"]
    table = pa.concat_tables([pq.read_table(f, columns=columns) for f in files])
    rows = sorted((r for r in table.to_pylist() if r["split"] == split), key=lambda r: r["normalized_hash"] or "")
    if not rows:
        raise ConfigError(f"{path}: no rows in split {split!r}")
    generic = PeepholeFormat("generic")
    pairs = []
    for row in rows:
        source = json.loads(row["messages"])[-1]["content"]
        answer = row["completion"]
        reference = generic.parse(answer[answer.rfind("<answer>") :]).ir  # the diagnostic form's answer comes last
        if reference is not None:
            pairs.append((source, reference))
    return pairs[:limit] if limit is not None else pairs


__all__ = [
    "INSTCOMBINE_PIPELINE",
    "PairVerification",
    "PeepholeBuilder",
    "WrongAttempt",
    "classify_verdicts",
    "describe_verdicts",
    "load_pairs",
    "verify_pair",
]
