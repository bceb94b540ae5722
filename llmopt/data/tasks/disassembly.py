"""Disassembly examples (LLM Compiler, section 4.2): x86-64 assembly of -Oz code -> the -Oz IR it was lowered from.

For one corpus function the builder optimizes the unoptimized IR with ``opt -passes=default<Oz>`` (the label) and
lowers that IR with ``llc`` to assembly (the prompt), with the codegen options the flavour uses everywhere else
(``llmopt.metrics.CodegenConfig``: ``-O2`` for ``size``, ``-O0`` for ``paper``, which is what ``clang -S`` does on
an IR file; PIC in both). The target is the module's own triple (the corpus is compiled for x86-64).

The round-trip check (the paper's measure of a correct disassembly) is applied to the label itself: the completion
is rendered, parsed back as a model's answer would be, lowered again, and compared with the prompt's assembly by
BLEU and exact match. Rows whose label does not give the same assembly back are skipped ("label does not
round-trip"); they would teach an answer that fails the task's own check.

``check_disassembly`` is the same check for any candidate IR (a model's answer): invalid IR is a typed
``DisassemblyCheck`` with the reason, never an exception.

Not covered: ARM assembly (the paper's second target), equivalence checking of a lifted IR that round-trips to
different assembly (only exact round trips are known to be right).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.data.tasks.common import clean_tool_error
from llmopt.errors import ToolError
from llmopt.prompts.scoring import RoundTripScore, RoundTripStatus, score_round_trip
from llmopt.toolchain import CodegenConfig, Flavour, Toolchain
from llmopt.toolchain.ir import emit_assembly

OZ_PIPELINE = "default<Oz>"


def asm_codegen(flavour: Flavour) -> CodegenConfig:
    """The codegen of the assembly of a flavour's -Oz code: ``CodegenConfig.for_flavour`` (so the assembly is the
    text form of the object file the metrics measure)."""
    return CodegenConfig.for_flavour(flavour)


@dataclass(frozen=True)
class DisassemblyCheck:
    """The round trip of one candidate IR: lowered back to assembly and compared with the original.

    Attributes:
        score: status (LOWERED / NOT_LOWERED), BLEU and exact match (``llmopt.prompts.scoring``).
        error: why the IR could not be lowered (parser, verifier or llc message; "no IR" when there was none).
        round_trip_asm: the assembly the candidate lowered to, None when it did not.
    """

    score: RoundTripScore
    error: str | None = None
    round_trip_asm: str | None = None

    @property
    def lowered(self) -> bool:
        return self.score.round_tripped

    @property
    def exact_match(self) -> bool:
        return self.score.exact_match

    @property
    def bleu(self) -> float:
        return self.score.bleu

    def to_json(self) -> dict[str, Any]:
        return {**self.score.to_json(), "error": self.error}


def check_disassembly(
    toolchain: Toolchain,
    asm: str,
    candidate_ir: str | None,
    flavour: Flavour = Flavour.SIZE,
    timeout_s: float = 60.0,
    ignore_noise: bool = False,
) -> DisassemblyCheck:
    """Round-trip a candidate disassembly: lower ``candidate_ir`` with the flavour's codegen and compare with ``asm``.

    Args:
        toolchain: the LLVM that made ``asm``.
        asm: the assembly the model was asked to disassemble.
        candidate_ir: the model's IR (e.g. ``ParseResult.ir``); None or blank counts as not lowered.
        flavour: which codegen made ``asm`` (see ``asm_codegen``).
        timeout_s: limit for llc.
        ignore_noise: compare without comment lines and ``.file``/``.ident`` (see ``scoring.strip_asm_noise``).

    Returns:
        A ``DisassemblyCheck``; never raises for bad IR.

    Example:
        >>> check = check_disassembly(tc, asm, parsed.ir)  # doctest: +SKIP
        >>> check.exact_match, check.bleu
        (True, 1.0)
    """
    if candidate_ir is None or not candidate_ir.strip():
        return DisassemblyCheck(score=score_round_trip(asm, None), error="no IR")
    try:
        lowered = emit_assembly(toolchain, candidate_ir, asm_codegen(flavour), timeout_s=timeout_s)
    except ToolError as e:  # also ToolTimeoutError: both are outcomes of untrusted IR, not misuse
        return DisassemblyCheck(score=score_round_trip(asm, None), error=clean_tool_error(str(e)))
    return DisassemblyCheck(score=score_round_trip(asm, lowered, ignore_noise=ignore_noise), round_trip_asm=lowered)


class DisassemblyBuilder(TaskBuilder):
    """Builds ``DisassemblyExample`` rows (see the module docstring). Reads no options."""

    task = "disassembly"
    level = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {}

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.prompts import DisassemblyFormat, LlmCompilerDisassemblyFormat
        from llmopt.prompts.examples import DisassemblyExample
        from llmopt.toolchain import count_instructions

        ir = row.get("ir")
        if not isinstance(ir, str) or not ir.strip():
            return TaskOutcome.skip("no IR")
        flavour = row.get("flavour") or Flavour.SIZE.value
        if flavour not in {f.value for f in Flavour}:
            return TaskOutcome.skip("unknown flavour", str(flavour))
        tc = ctx.toolchain
        run = tc.optimize_ir(ir, OZ_PIPELINE, timeout_s=ctx.timeout_s)
        if run.timed_out:
            return TaskOutcome.skip("opt timed out")
        if not run.ok:
            return TaskOutcome.skip("opt failed", clean_tool_error(run.first_error_line()))
        oz_ir = run.stdout_text
        codegen = asm_codegen(Flavour(flavour))
        try:
            asm = emit_assembly(tc, oz_ir, codegen, timeout_s=ctx.timeout_s)
        except ToolError as e:
            return TaskOutcome.skip("llc failed", str(e))
        if not asm.strip():
            return TaskOutcome.skip("empty assembly")
        example = DisassemblyExample(asm=asm, ir=oz_ir)
        # The label as a model would write it: rendered in each style and read back by the format's parser.
        answers = {
            fmt.parse(fmt.render_completion(example)).ir
            for fmt in (DisassemblyFormat(), LlmCompilerDisassemblyFormat())
        }
        checks = [check_disassembly(tc, asm, answer, Flavour(flavour), timeout_s=ctx.timeout_s) for answer in answers]
        worst = min(checks, key=lambda c: (c.exact_match, c.bleu))
        extra = {
            "round_trip_bleu": worst.bleu,
            "round_trip_exact": worst.exact_match,
            "oz_instruction_count": count_instructions(oz_ir),
            "asm_lines": asm.count("\n"),
            "pipeline": OZ_PIPELINE,
            "codegen": codegen.label,
            "codegen_config": codegen.to_json(),
        }
        if worst.score.status is RoundTripStatus.NOT_LOWERED:
            return TaskOutcome(
                skip_reason="label does not round-trip", extra=extra, detail=f"label IR does not lower: {worst.error}"
            )
        if not worst.exact_match:
            return TaskOutcome(
                skip_reason="label does not round-trip", extra=extra, detail=f"round-trip BLEU {worst.bleu:.4f}"
            )
        return TaskOutcome(example=example, extra=extra)


__all__ = ["OZ_PIPELINE", "DisassemblyBuilder", "DisassemblyCheck", "asm_codegen", "check_disassembly"]
