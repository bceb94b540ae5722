"""Compiler-emulation examples (LLM Compiler, section 3.2): a corpus row's IR + a random list of 1-50 passes -> the IR
``opt`` prints for it, with that IR's instruction count and object-file size.

The list of a row is ``llmopt.autotune.draw_pass_list(catalog, module hash, seed, index=0)``: a pure function of the
row's IR and the build's seed, so a rebuilt dataset has the same lists, and lists are drawn exactly as the autotuner
draws its random candidates. The input's numbers (shown in the prompt) are the measurer's, with no passes.

Options read from ``TaskContext.options``: ``passes`` (pipeline text used for every row instead of a random list;
``llmopt data render --passes``), ``min_passes`` / ``max_passes`` (list length range, default 1-50).

Skip reasons: the measurement status of the input ("input crash", ...) or of the output ("crash", "invalid_ir",
"timeout", "invalid_pipeline", "codegen_error"), and "invalid pass list" for a ``passes`` option opt's catalog
rejects.
"""

from __future__ import annotations

from typing import Any, ClassVar

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.errors import PassListError
from llmopt.prompts.ir_text import model_ir_text


def row_pipeline(ir_hash: str, ctx: TaskContext) -> str:
    """The pass pipeline a row gets: ``ctx.options["passes"]`` when set, else its seeded random list.

    Raises:
        PassListError: the ``passes`` option is not a valid pass list for this LLVM.
    """
    from llmopt.autotune.random_ import draw_pass_list
    from llmopt.passes import PassList

    catalog = ctx.measurer.catalog
    fixed = ctx.option("passes")
    if fixed:
        return PassList.parse(str(fixed), catalog).to_pipeline()
    names = draw_pass_list(
        catalog.names, ir_hash, ctx.seed, 0, int(ctx.option("min_passes", 1)), int(ctx.option("max_passes", 50))
    )
    return PassList.from_names(names, catalog).to_pipeline()


class CompilerEmulationBuilder(TaskBuilder):
    """IR + random pass list -> optimized IR and its size (see the module docstring)."""

    task: ClassVar[str] = "compiler_emulation"
    level: ClassVar[str] = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {}

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.data.tasks.runner import row_module
        from llmopt.prompts import CompilerEmulationExample

        module = row_module(row)
        try:
            pipeline = row_pipeline(module.hash, ctx)
        except PassListError as e:
            return TaskOutcome.skip("invalid pass list", str(e))
        if not pipeline:
            return TaskOutcome.skip("empty pass list")
        measurer = ctx.measurer
        source = measurer.measure_pipeline(module, "")
        if not source.ok or source.instruction_count is None or source.binary_size is None:
            return TaskOutcome.skip(f"input {source.status.value}", source.message)
        result = measurer.measure_pipeline(module, pipeline, want_ir=True)
        if not result.ok or result.ir is None or result.instruction_count is None or result.binary_size is None:
            return TaskOutcome.skip(result.status.value, result.message)
        example = CompilerEmulationExample(
            ir=model_ir_text(row["ir"]),
            passes=pipeline,
            ir_instruction_count=source.instruction_count,
            ir_binary_size=source.binary_size,
            optimized_ir=model_ir_text(result.ir),
            optimized_instruction_count=result.instruction_count,
            optimized_binary_size=result.binary_size,
        )
        extra = {
            "passes": pipeline,
            "pass_count": len(pipeline_names(pipeline, measurer.catalog)),
            "ir_instruction_count": source.instruction_count,
            "ir_binary_size": source.binary_size,
            "optimized_instruction_count": result.instruction_count,
            "optimized_binary_size": result.binary_size,
            "codegen": result.codegen,
        }
        return TaskOutcome(example=example, extra=extra)


def pipeline_names(pipeline: str, catalog: Any) -> tuple[str, ...]:
    """Flat pass texts of a pipeline (empty when it does not parse against the catalog)."""
    from llmopt.passes import PassList

    try:
        return PassList.parse(pipeline, catalog).names
    except PassListError:
        return ()


__all__ = ["CompilerEmulationBuilder", "pipeline_names", "row_pipeline"]
