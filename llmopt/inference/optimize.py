"""The main job: make one program as small as possible and say how.

For now the strategy is the compiler's own: try the standard pipelines (``default<Oz>``, ``default<Os>``,
``default<O2>``, ...) and any extra candidate pass lists, keep the smallest object, and fall back to ``-Oz`` when a
candidate fails.
Later strategies (a model's pass list, sampling with feedback) plug in as more candidates behind the same function;
the compiler always applies the passes and measures the result, so a candidate can only win on real numbers.

A non-standard candidate (anything but the compiler's own pipelines) may win only after the acceptance policy
(``llmopt.verify.acceptance``: the gate, then this program's guards) accepted it; the smallest accepted candidate
wins, and standard pipelines need no check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.metrics import BINARY_SIZE, Evaluation, Measurer, Metric
from llmopt.passes import PassList
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

DEFAULT_CANDIDATES = ("default<Oz>", "default<Os>", "default<O2>", "default<O1>", "default<O3>")


@dataclass(frozen=True)
class OptimizeResult:
    """The chosen pass list, its evaluation (with optimized IR), and every candidate tried, for the report."""

    module: IRModule
    best_pipeline: str
    best: Evaluation
    oz: Evaluation
    o0: Evaluation
    candidates: tuple[Evaluation, ...] = field(default_factory=tuple)
    verdicts: tuple[Verdict, ...] = field(default_factory=tuple)  # acceptance verdicts of non-standard candidates

    @property
    def gain_over_oz(self) -> float | None:
        return BINARY_SIZE.improvement(self.best, self.oz)

    def to_json(self) -> dict[str, Any]:
        return {
            "module": self.module.name,
            "module_hash": self.module.hash,
            "best_passes": self.best_pipeline,
            "binary_size": self.best.binary_size,
            "instruction_count": self.best.instruction_count,
            "oz_binary_size": self.oz.binary_size,
            "o0_binary_size": self.o0.binary_size,
            "gain_over_oz": self.gain_over_oz,
            "codegen": self.best.codegen,
            "toolchain": self.best.toolchain,
            "candidates": [c.to_json(include_ir=False) for c in self.candidates],
            "acceptance": [v.to_json() for v in self.verdicts],
        }


def optimize_module(
    measurer: Measurer,
    module: IRModule,
    extra_candidates: Sequence[PassList | str] = (),
    metric: Metric = BINARY_SIZE,
    acceptance: AcceptancePolicy | None = None,
) -> OptimizeResult:
    """Try the standard pipelines plus ``extra_candidates`` and keep the best by ``metric`` (ties: the earlier one,
    so ``-Oz`` wins ties). ``-Oz`` is the backup: the answer is never worse than it and never a failed candidate.
    With ``acceptance``, a non-standard candidate must be accepted (``AcceptancePolicy.accept``) before it may win;
    candidates are asked smallest first, so only those that would win are checked.

    Raises:
        PassListError: an extra candidate given as text does not parse.
    """
    pipelines = list(DEFAULT_CANDIDATES) + [measurer.parse_passes(c).to_pipeline() for c in extra_candidates]
    pipelines = list(dict.fromkeys(pipelines))  # keep order, drop duplicates
    evaluations = [measurer.measure_pipeline(module, p) for p in pipelines]
    oz = evaluations[0]
    o0 = measurer.measure_pipeline(module, "")
    order = sorted(
        (i for i, ev in enumerate(evaluations) if metric.value(ev) is not None),
        key=lambda i: (metric.value(evaluations[i]), i),
    )
    best_index, verdicts = 0, []
    for i in order:
        if acceptance is not None and pipelines[i] not in DEFAULT_CANDIDATES:
            verdict = acceptance.accept(module, pipelines[i])
            verdicts.append(verdict)
            if not verdict.accepted:
                continue
        best_index = i
        break
    best_pipeline = pipelines[best_index]
    best = measurer.measure_pipeline(module, best_pipeline, want_ir=True)
    return OptimizeResult(
        module=module,
        best_pipeline=best_pipeline,
        best=best,
        oz=oz,
        o0=o0,
        candidates=tuple(evaluations),
        verdicts=tuple(verdicts),
    )


def write_output(measurer: Measurer, result: OptimizeResult, out: Path) -> str:
    """Write the result atomically in the form the suffix asks for: ``.ll`` optimized IR, ``.bc`` bitcode, ``.o`` the
    object exactly as measured (same codegen options). Returns the kind written.

    Raises:
        InputError: unknown output suffix.
        ToolError: the toolchain failed to assemble or lower the IR.
    """
    from llmopt.errors import InputError
    from llmopt.metrics import CodegenConfig
    from llmopt.toolchain import assemble_bitcode, emit_object, write_atomic

    ir = result.best.ir
    if ir is None:
        raise ValueError("best evaluation has no IR; measure with want_ir=True")
    suffix = out.suffix
    if suffix == ".ll":
        write_atomic(out, ir)
        return "optimized IR"
    if suffix == ".bc":
        write_atomic(out, assemble_bitcode(measurer.toolchain, ir))
        return "bitcode"
    if suffix == ".o":
        codegen = measurer.codegen_for(result.module)
        assert isinstance(codegen, CodegenConfig)
        emit_object(measurer.toolchain, ir, codegen.llc_args, out)
        return "object file"
    raise InputError(f"{out}: unknown output kind {suffix!r}; use .ll (IR), .bc (bitcode) or .o (object)")
