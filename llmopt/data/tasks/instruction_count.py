"""Instruction-count examples (Cummins et al. 2023): a corpus row's IR -> a pass list, the instruction counts before and
after it, and the optimized IR.

The pass list is the row's autotuned best list when ``TaskContext.options["autotune"]`` names results that hold a
record for the row (matched as in ``flag_tuning``) and that list is not empty; otherwise it is ``default<Oz>``. The
column ``label_source`` says which ("autotune" or "oz"). Counts are the measurer's: "before" with no passes, "after"
with the list (the IR it prints is the label's IR).

Options: ``autotune`` (optional results directory or .sqlite file).

Skip reasons: the measurement status with no passes ("input crash", ...) or with the list ("crash", "timeout", ...).
"""

from __future__ import annotations

from typing import Any, ClassVar

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.errors import ConfigError
from llmopt.prompts.ir_text import model_ir_text

OZ = "default<Oz>"


class InstructionCountBuilder(TaskBuilder):
    """Rows -> instruction-count examples (see the module docstring)."""

    task: ClassVar[str] = "instruction_count"
    level: ClassVar[str] = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {}

    def check_context(self, ctx: TaskContext) -> None:
        """Raises: ConfigError when an ``autotune`` option is given but holds no results."""
        from llmopt.data.tasks.flag_tuning import load_records

        if ctx.option("autotune"):
            load_records(ctx.option("autotune"))

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.data.tasks.flag_tuning import find_record, load_records, record_codegen
        from llmopt.data.tasks.runner import row_module
        from llmopt.prompts import InstructionCountExample

        module = row_module(row)
        pipeline, source, codegen = OZ, "oz", None
        if ctx.option("autotune"):
            try:
                record = find_record(row, ctx, load_records(ctx.option("autotune")))
            except ConfigError as e:
                return TaskOutcome.skip("no autotune results", str(e))
            if record is not None and record.get("best_passes") and record.get("toolchain") == ctx.toolchain.identity:
                pipeline, source = record["best_passes"], "autotune"
                codegen = record_codegen(record)
        measurer = ctx.measurer
        before = measurer.measure_pipeline(module, "", codegen=codegen)
        if not before.ok or before.instruction_count is None:
            return TaskOutcome.skip(f"input {before.status.value}", before.message)
        after = measurer.measure_pipeline(module, pipeline, codegen=codegen, want_ir=True)
        if not after.ok or after.ir is None or after.instruction_count is None:
            return TaskOutcome.skip(after.status.value, after.message)
        example = InstructionCountExample(
            ir=model_ir_text(row["ir"]),
            ir_instruction_count=before.instruction_count,
            best_passes=pipeline,
            optimized_instruction_count=after.instruction_count,
            optimized_ir=None if after.ir is None else model_ir_text(after.ir),
        )
        extra = {
            "passes": pipeline,
            "label_source": source,
            "ir_instruction_count": before.instruction_count,
            "optimized_instruction_count": after.instruction_count,
            "ir_binary_size": before.binary_size,
            "optimized_binary_size": after.binary_size,
        }
        return TaskOutcome(example=example, extra=extra)


__all__ = ["InstructionCountBuilder"]
