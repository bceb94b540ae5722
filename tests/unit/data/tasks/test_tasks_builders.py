"""The three compiler-labelled builders end to end on a tiny corpus, with the real LLVM: compiler emulation (seeded
random lists), instruction count (-Oz or autotuned labels) and flag tuning from a real (tiny) autotune run, including
the "no improvement" short form. Every dataset is read back with Hugging Face ``datasets``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest

from llmopt.autotune import AutotuneConfig, MeasurerSpec, ProgramSpec, RandomSearchConfig, ResultStore, autotune
from llmopt.data.tasks import TaskContext
from llmopt.data.tasks.emulation import row_pipeline
from llmopt.data.tasks.runner import build_task_dataset, row_module
from llmopt.parallel import SerialExecutor
from llmopt.prompts import get_format
from llmopt.toolchain import Toolchain, parse_ir


def _corpus_rows(corpus: Path) -> dict[str, dict]:
    rows = pq.read_table(next((corpus / "dataset" / "size" / "function").glob("train-*.parquet"))).to_pylist()
    return {r["name"]: r for r in rows}


def _load(summary) -> datasets.Dataset:
    return datasets.load_dataset("parquet", data_files=summary.data_files(), split="train")


def test_compiler_emulation(tiny_corpus: Path, task_context: TaskContext, tmp_path: Path) -> None:
    summary = build_task_dataset(
        "compiler_emulation",
        tiny_corpus,
        tmp_path / "emu",
        task_context,
        splits=["train"],
        workers=2,
        progress=False,
        chunk_size=3,
    )
    rows = _load(summary)
    assert summary.counts["train"] == len(rows) == 8 - sum(summary.skipped["train"].values())
    assert len(rows) >= 6
    fmt = get_format("compiler_emulation")
    corpus = _corpus_rows(tiny_corpus)
    for row in rows:
        # The list is a pure function of (IR, seed): what row_pipeline draws again now.
        assert row["passes"] == row_pipeline(row_module(corpus[row["name"]]).hash, task_context)
        assert 1 <= row["pass_count"] <= 50
        parsed = fmt.parse(row["completion"])
        assert parsed.ok and parsed.target_binary_size == row["optimized_binary_size"]
        assert parsed.target_instruction_count == row["optimized_instruction_count"]
        messages = __import__("json").loads(row["messages"])
        assert [m["role"] for m in messages] == ["system", "user"] and row["passes"] in messages[1]["content"]
    # The label is what the compiler does: measure one row again.
    first = rows[0]
    again = task_context.measurer.measure_pipeline(row_module(corpus[first["name"]]), first["passes"])
    assert again.binary_size == first["optimized_binary_size"]


@pytest.fixture(scope="module")
def autotuned(
    tiny_corpus: Path, toolchain: Toolchain, data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict]:
    """A real autotune run (budget 3, no gate, serial) on four corpus rows; `esq` is fed in canonical (llvm-dis)
    form, as `llmopt autotune FILE.ll` reads an exported row (for llvm-extract's output that text hashes the same)."""
    corpus = _corpus_rows(tiny_corpus)
    programs = [ProgramSpec(name=n, text=corpus[n]["ir"], flavour="size") for n in ("gsum", "dhash", "zero")]
    canonical = parse_ir(toolchain, corpus["esq"]["ir"].encode(), name="esq")
    programs.append(ProgramSpec(name="esq", text=canonical.text, flavour="size"))
    results = tmp_path_factory.mktemp("autotune") / "results"
    config = AutotuneConfig(search=RandomSearchConfig(budget=3, seed=0), insertion=False, broadcast_top=0)
    with ResultStore(results) as store:
        result = autotune(
            programs,
            config,
            MeasurerSpec.for_toolchain(toolchain, data_dir),
            store,
            executor=SerialExecutor(),
            acceptance=None,
        )
    return results, {r.name: r for r in result.records}


def test_flag_tuning_from_autotune_results(
    tiny_corpus: Path, task_context: TaskContext, autotuned: tuple, tmp_path: Path
) -> None:
    results, records = autotuned
    ctx = dataclasses.replace(task_context, options={"autotune": str(results)})
    summary = build_task_dataset(
        "flag_tuning",
        tiny_corpus,
        tmp_path / "ft",
        ctx,
        splits=["train"],
        workers=1,
        progress=False,
        style="llm-compiler",
    )
    rows = {r["name"]: r for r in _load(summary)}
    assert set(rows) == {"gsum", "dhash", "zero", "esq"}
    assert summary.skipped["train"] == {"no autotune record": 4}
    # `zero` cannot be made smaller than -O0: the short answer with only the unoptimized size.
    zero = rows["zero"]
    assert zero["improvable"] is False and records["zero"].best.binary_size >= records["zero"].o0.binary_size
    assert zero["completion"] == (
        f"The input code has binary size {records['zero'].o0.binary_size} bytes and cannot be improved."
    )
    improved = [r for r in rows.values() if r["improvable"]]
    assert improved, "the -O0 IR of the loops always shrinks (mem2reg at least)"
    fmt = get_format("flag_tuning", style="llm-compiler")
    for row in improved:
        record = records[row["name"]]
        assert row["best_passes"] == record.best_pipeline and row["o0_binary_size"] == record.o0.binary_size
        assert row["best_binary_size"] == record.best.binary_size < record.o0.binary_size
        assert row["prompt"].startswith("[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>")
        parsed = fmt.parse(row["completion"])
        assert parsed.ok and parsed.pass_pipeline == record.best_pipeline
        assert (parsed.source_binary_size, parsed.target_binary_size) == (
            record.o0.binary_size,
            record.best.binary_size,
        )
        assert row["messages"] is None
        assert "<code>" in row["completion"]  # the optimized IR follows the list by default

    # optimized_ir=false: the list-only completion, same list and sizes, no IR after them.
    ctx = dataclasses.replace(task_context, options={"autotune": str(results), "optimized_ir": False})
    short = build_task_dataset(
        "flag_tuning",
        tiny_corpus,
        tmp_path / "ft-list",
        ctx,
        splits=["train"],
        workers=1,
        progress=False,
        style="llm-compiler",
    )
    for row in _load(short):
        if row["improvable"]:
            parsed = fmt.parse(row["completion"])
            assert "<code>" not in row["completion"] and parsed.pass_list is not None and parsed.ir is None
            assert (parsed.pass_pipeline, parsed.target_binary_size) == (
                rows[row["name"]]["best_passes"],
                rows[row["name"]]["best_binary_size"],
            )


def test_instruction_count_with_and_without_autotune(
    tiny_corpus: Path, task_context: TaskContext, autotuned: tuple, tmp_path: Path
) -> None:
    results, records = autotuned
    plain = build_task_dataset(
        "instruction_count",
        tiny_corpus,
        tmp_path / "oz",
        task_context,
        splits=["train"],
        workers=2,
        progress=False,
        limit=4,
    )
    rows = _load(plain)
    assert len(rows) == 4 and set(rows["label_source"]) == {"oz"} and set(rows["passes"]) == {"default<Oz>"}
    fmt = get_format("instruction_count")
    for row in rows:
        parsed = fmt.parse(row["completion"])
        assert parsed.ok and parsed.source_instruction_count == row["ir_instruction_count"]
        assert parsed.target_instruction_count == row["optimized_instruction_count"] <= row["ir_instruction_count"]

    ctx = dataclasses.replace(task_context, options={"autotune": str(results)})
    tuned = {
        r["name"]: r
        for r in _load(
            build_task_dataset(
                "instruction_count", tiny_corpus, tmp_path / "at", ctx, splits=["train"], workers=1, progress=False
            )
        )
    }
    assert len(tuned) == 8
    for name, record in records.items():
        expected = "autotune" if record.best_pipeline else "oz"
        assert tuned[name]["label_source"] == expected
        if expected == "autotune":
            assert tuned[name]["passes"] == record.best_pipeline
    assert tuned["mul"]["label_source"] == "oz"
