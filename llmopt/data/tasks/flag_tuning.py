"""Flag-tuning examples (LLM Compiler, section 4.1) from ``llmopt autotune`` results: a corpus row's IR -> its best
pass list, the object-file size (and instruction count) before and after, and the optimized IR.

Labels come from the autotuner's ``TuningRecord`` of the row's module, matched by module hash: first the hash of the
row's text (what ``ProgramSpec.to_module().hash`` gives when the autotuner was fed the rows' IR directly), then the
hash of its canonical form (``parse_ir``: what ``llmopt autotune FILE.ll`` records for a row exported with ``llmopt
data export-ir``). The "before" numbers are the record's -O0 evaluation (no passes, the record's codegen); the best
list is re-run with the measurer (same codegen) to get the optimized IR, and the numbers of that run are the label.

"No improvement" (the paper's short answer, ``FlagTuningExample.best_passes=None``): the best list does not make the
object file smaller than -O0, including an empty best list.

Options read from ``TaskContext.options``: ``autotune`` (a results directory or .sqlite file, or a release directory
(``llmopt.data.release``) whose labels are read as records; required); ``optimized_ir`` (default true; false gives
the list-only completion: pass list and counts without the optimized IR, ``--option optimized_ir=false``).

Skip reasons: "no autotune record", "autotune record from another LLVM", "-O0 measurement failed", and "best list
<status>" when re-running the best list fails (it succeeded inside the autotuner, so this flags non-determinism).

Not covered: running the autotuner (``llmopt autotune``); this builder only reads its results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.errors import ConfigError, InputError
from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain.flavour import CodegenConfig

_RECORDS: dict[str, dict[str, dict[str, Any]]] = {}  # per process: results path -> {module hash: record}


def autotune_hint(
    corpus: str = "CORPUS",
    flavour: str = "size",
    split: str = "train",
    limit: int | None = None,
    budget: int = 100,
    work: str = "WORK",
) -> str:
    """The commands that make flag-tuning labels for a corpus (quoted in refusals)."""
    lim = f" --limit {limit}" if limit is not None else ""
    return (
        f"llmopt autotune {corpus} --flavour {flavour} --corpus-split {split}{lim} --budget {budget} "
        f"--out {work}/autotune; then pass --autotune {work}/autotune"
    )


def load_records(results: str | Path) -> dict[str, dict[str, Any]]:
    """The autotune records of a results location (an autotune or label store, or a release) by module hash (read
    once per process).

    Raises:
        ConfigError: no autotune store there, or a release that fails its check.
    """
    from llmopt.autotune.store import ResultStore, store_path
    from llmopt.data.release import is_release, release_records

    if is_release(results):  # a committed release's labels, in the same record shape
        key = str(Path(results).resolve())
        if key not in _RECORDS:
            _RECORDS[key] = release_records(Path(results))
        return _RECORDS[key]
    path = store_path(results)
    key = str(path.resolve())
    if key not in _RECORDS:
        if not path.is_file():
            raise ConfigError(f"{results}: no autotune results (no {path.name}); make them with: {autotune_hint()}")
        with ResultStore(path) as store:
            _RECORDS[key] = {r["module_hash"]: r for r in store.records()}
    return _RECORDS[key]


def find_record(row: dict[str, Any], ctx: TaskContext, records: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The record of a row's module: by the hash of its text, else of its canonical (llvm-dis) text."""
    from llmopt.data.tasks.runner import row_module
    from llmopt.toolchain import parse_ir

    record = records.get(row_module(row).hash)
    if record is not None:
        return record
    try:
        canonical = parse_ir(ctx.toolchain, row["ir"].encode(), name=row.get("name") or "module")
    except InputError:
        return None
    return records.get(canonical.hash)


def record_codegen(record: dict[str, Any]) -> CodegenConfig | None:
    """The record's codegen (stored as ``CodegenConfig.to_json`` data or, in older records, its label), read by
    ``CodegenConfig.from_json``; None when the record has none or one this LLVM layer does not know."""
    stored = record.get("codegen")
    if stored is None:
        return None
    try:
        return CodegenConfig.from_json(stored)
    except (ValueError, KeyError, TypeError):
        return None


class FlagTuningBuilder(TaskBuilder):
    """Rows with an autotune record -> flag-tuning examples (see the module docstring)."""

    task: ClassVar[str] = "flag_tuning"
    level: ClassVar[str] = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {}

    def check_context(self, ctx: TaskContext) -> None:
        """Raises: ConfigError when no (readable) autotune results are given."""
        results = ctx.option("autotune")
        if not results:
            raise ConfigError(
                "flag_tuning labels come from `llmopt autotune` results; none given (option "
                f"'autotune', CLI --autotune RESULTS). Make them first: {autotune_hint()}"
            )
        load_records(results)

    def prompt_example(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        """The prompt side only (for ``llmopt data render``): the IR with its -O0 instruction count and size, measured
        now. Returns a ``TaskOutcome`` like ``build``."""
        from llmopt.data.tasks.runner import row_module
        from llmopt.prompts import FlagTuningExample

        o0 = ctx.measurer.measure_pipeline(row_module(row), "")
        if not o0.ok or o0.instruction_count is None or o0.binary_size is None:
            return TaskOutcome.skip("-O0 measurement failed", f"{o0.status.value}: {o0.message}")
        return TaskOutcome(
            example=FlagTuningExample(
                ir=model_ir_text(row["ir"]), ir_instruction_count=o0.instruction_count, ir_binary_size=o0.binary_size
            )
        )

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.data.tasks.runner import row_module
        from llmopt.prompts import FlagTuningExample

        results = ctx.option("autotune")
        if not results:
            return TaskOutcome.skip("no autotune results")
        try:
            records = load_records(results)
        except ConfigError as e:
            return TaskOutcome.skip("no autotune results", str(e))
        record = find_record(row, ctx, records)
        if record is None:
            return TaskOutcome.skip("no autotune record")
        if record.get("toolchain") != ctx.toolchain.identity:
            return TaskOutcome.skip("autotune record from another LLVM", f"{record.get('toolchain')}")
        o0 = record.get("o0") or {}
        o0_count, o0_size = o0.get("instruction_count"), o0.get("binary_size")
        if o0.get("status") != "ok" or o0_count is None or o0_size is None:
            return TaskOutcome.skip("-O0 measurement failed", str(o0.get("message", ""))[:200])
        pipeline = record.get("best_passes") or ""
        best = record.get("best") or {}
        extra: dict[str, Any] = {
            "module_hash": record["module_hash"],
            "codegen": record.get("codegen"),
            "o0_instruction_count": o0_count,
            "o0_binary_size": o0_size,
            "oz_binary_size": record.get("oz_binary_size"),
            "found_by": record.get("found_by"),
            "autotune_seed": record.get("seed"),
        }
        short = FlagTuningExample(ir=model_ir_text(row["ir"]), ir_instruction_count=o0_count, ir_binary_size=o0_size)
        best_size = best.get("binary_size")
        if not pipeline or best.get("status") != "ok" or best_size is None or best_size >= o0_size:
            return TaskOutcome(
                example=short,
                extra={
                    **extra,
                    "improvable": False,
                    "best_passes": None,
                    "best_binary_size": None,
                    "best_instruction_count": None,
                },
            )
        codegen = record_codegen(record)
        if codegen is None:
            return TaskOutcome.skip("unknown codegen in autotune record", str(record.get("codegen")))
        result = ctx.measurer.measure_pipeline(row_module(row), pipeline, codegen=codegen, want_ir=True)
        if not result.ok or result.ir is None or result.binary_size is None or result.instruction_count is None:
            return TaskOutcome.skip(f"best list {result.status.value}", result.message)
        extra.update(
            best_passes=pipeline, best_binary_size=result.binary_size, best_instruction_count=result.instruction_count
        )
        if result.binary_size >= o0_size:
            return TaskOutcome(example=short, extra={**extra, "improvable": False})
        # option optimized_ir=false: the list-only completion (pass list and counts, no optimized IR). Why: a small
        # model's context holds the IR once, not twice, and the loss then lands on the list (docs/training.md).
        with_ir = bool(ctx.option("optimized_ir", True))
        example = FlagTuningExample(
            ir=model_ir_text(row["ir"]),
            ir_instruction_count=o0_count,
            ir_binary_size=o0_size,
            best_passes=pipeline,
            optimized_instruction_count=result.instruction_count,
            optimized_binary_size=result.binary_size,
            optimized_ir=model_ir_text(result.ir) if with_ir else None,
        )
        return TaskOutcome(example=example, extra={**extra, "improvable": True})


__all__ = ["FlagTuningBuilder", "autotune_hint", "find_record", "load_records", "record_codegen"]
