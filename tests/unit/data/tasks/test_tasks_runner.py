"""The generic driver: resume after an interrupted build without redoing finished chunks, refusal of other settings in
the same output directory, length filtering with a real (tiny, trained here) BPE tokenizer, and the card."""

from __future__ import annotations

import dataclasses
import json
import signal
import sys
import textwrap
from pathlib import Path
from typing import Any, ClassVar

import datasets
import pyarrow.parquet as pq
import pytest

from llmopt.data.tasks import (
    TaskBuilder,
    TaskContext,
    TaskOutcome,
    available_builders,
    register_builder,
    unregister_builder,
)
from llmopt.data.tasks.runner import TOO_LONG, build_task_dataset, load_task_dataset
from llmopt.data.tokenizers import load_tokenizer
from llmopt.errors import ConfigError
from llmopt.prompts import register_format, unregister_format
from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, finish_result
from llmopt.toolchain import run_process

PROBE = "resume_probe"


class ProbeFormat(PromptFormat[dict]):
    """Prompt = the IR, completion = the function's name: enough to check what the driver stores."""

    task = PROBE
    style = "llmopt"
    example_type = dict

    def render_prompt(self, example: dict) -> Prompt:
        return f"IR:\n{example['ir']}"

    def render_completion(self, example: dict) -> str:
        return example["name"]

    def _parse(self, text: str) -> ParseResult:
        return finish_result(ParseResult(task=PROBE), [], [])


class ProbeBuilder(TaskBuilder):
    """Counts its calls; raises KeyboardInterrupt (a Ctrl-C or kill mid-build) on call ``interrupt_at``."""

    task: ClassVar[str] = PROBE
    level: ClassVar[str] = "function"
    calls: ClassVar[list[str]] = []
    interrupt_at: ClassVar[int | None] = None

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {}

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        ProbeBuilder.calls.append(row["name"])
        if ProbeBuilder.interrupt_at is not None and len(ProbeBuilder.calls) >= ProbeBuilder.interrupt_at:
            raise KeyboardInterrupt
        if row["name"] == "neg":
            return TaskOutcome.skip("probe skip", "neg is skipped on purpose")
        return TaskOutcome(
            example={"ir": row["ir"], "name": row["name"]},
            extra={"ir_lines": row["ir"].count("\n"), "tags": ["a", row["name"]]},
        )


@pytest.fixture()
def probe() -> Any:
    register_builder(ProbeBuilder)
    register_format(PROBE, "llmopt", ProbeFormat, replace=True)
    ProbeBuilder.calls, ProbeBuilder.interrupt_at = [], None
    yield ProbeBuilder
    unregister_format(PROBE, "llmopt")
    unregister_builder(PROBE)


def _build(corpus: Path, out: Path, ctx: TaskContext, **kwargs: Any) -> Any:
    args = {"splits": ["train", "test"], "workers": 1, "progress": False, "chunk_size": 3, **kwargs}
    return build_task_dataset(PROBE, corpus, out, ctx, **args)


def test_interrupted_build_resumes_only_unfinished_chunks(
    probe: Any, tiny_corpus: Path, task_context: TaskContext, tmp_path: Path
) -> None:
    out = tmp_path / "probe"
    probe.interrupt_at = 5  # chunk 0 (rows 1-3) finishes, chunk 1 is interrupted on its second row
    with pytest.raises(KeyboardInterrupt):
        _build(tiny_corpus, out, task_context)
    assert (out / "chunks" / "train" / "00000.json").is_file()
    assert not (out / "chunks" / "train" / "00001.json").exists()
    assert not (out / "dataset").exists()
    first_three = probe.calls[:3]

    probe.calls, probe.interrupt_at = [], None
    summary = _build(tiny_corpus, out, task_context)
    total = summary.rows_read["train"]
    assert total == 8 and summary.rows_read["test"] == 0
    assert len(probe.calls) == total - 3 and not set(first_three) & set(probe.calls)
    assert summary.chunks_reused == 1 and summary.chunks_run == (total + 2) // 3 - 1
    assert summary.counts["train"] == total - 1 and summary.skipped["train"] == {"probe skip": 1}

    # A finished build reruns nothing; a lost dataset directory is reassembled from the chunks alone.
    probe.calls = []
    import shutil

    shutil.rmtree(out / "dataset")
    again = _build(tiny_corpus, out, task_context)
    assert probe.calls == [] and again.chunks_run == 0 and again.counts == summary.counts

    rows = load_task_dataset(out, "train")
    assert len(rows) == total - 1
    assert set(rows.column_names) >= {
        "name",
        "package",
        "split",
        "normalized_hash",
        "prompt",
        "messages",
        "completion",
        "prompt_tokens",
        "completion_tokens",
        "ir_lines",
        "tags",
    }
    row = rows[0]
    assert row["prompt"].startswith("IR:\n") and row["completion"] == row["name"] and row["messages"] is None
    assert json.loads(row["tags"]) == ["a", row["name"]]
    assert row["prompt_tokens"] == load_tokenizer("words").count(row["prompt"])
    # The same rows in the same (hash) order as the corpus pick, whatever order chunks finished in.
    assert rows["normalized_hash"] == sorted(rows["normalized_hash"])
    card = (out / "dataset" / "README.md").read_text()
    assert "config_name: default" in card and "path: data/train-*.parquet" in card
    assert "| probe skip | 1 | 0 |" in card and "| MIT |" in card and "llvm-" in card


def test_other_settings_in_the_same_out_dir_are_refused(
    probe: Any, tiny_corpus: Path, task_context: TaskContext, tmp_path: Path
) -> None:
    out = tmp_path / "probe"
    _build(tiny_corpus, out, task_context, limit=4)
    with pytest.raises(ConfigError, match=r"other settings.*limit"):
        _build(tiny_corpus, out, task_context, limit=5)
    with pytest.raises(ConfigError, match="seed"):
        _build(tiny_corpus, out, dataclasses.replace(task_context, seed=99), limit=4)
    # The limit picks the same rows every time: the first rows in normalized-hash order (less the skipped `neg`).
    corpus_rows = pq.read_table(next((tiny_corpus / "dataset" / "size" / "function").glob("train-*.parquet")))
    first = sorted(corpus_rows.to_pylist(), key=lambda r: r["normalized_hash"])[:4]
    assert load_task_dataset(out, "train")["name"] == [r["name"] for r in first if r["name"] != "neg"]
    with pytest.raises(ConfigError, match="unknown split"):
        _build(tiny_corpus, tmp_path / "x", task_context, splits=["dev"])
    with pytest.raises(ConfigError, match="unknown task builder 'no_such_task'; valid names: compiler_emulation, "):
        build_task_dataset("no_such_task", tiny_corpus, tmp_path / "y", task_context)
    assert PROBE in available_builders()


def test_max_tokens_with_a_trained_bpe_tokenizer(
    probe: Any, tiny_corpus: Path, task_context: TaskContext, tmp_path: Path
) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    texts = [p.read_text() for p in sorted((Path(__file__).resolve().parents[3] / "data" / "c").glob("*.c"))]
    texts += [row["prompt"] for row in _probe_rows(tiny_corpus, task_context, tmp_path / "plain")]
    tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=300, special_tokens=["[UNK]"]))
    path = tmp_path / "bpe" / "tokenizer.json"
    path.parent.mkdir()
    tokenizer.save(str(path))

    counter = load_tokenizer(str(path.parent))
    lengths = sorted(
        counter.count(r["prompt"]) + counter.count(r["completion"])
        for r in _probe_rows(tiny_corpus, task_context, tmp_path / "plain")
    )
    limit = lengths[len(lengths) // 2]
    summary = _build(tiny_corpus, tmp_path / "short", task_context, tokenizer=str(path.parent), max_tokens=limit)
    too_long = summary.skipped["train"].get(TOO_LONG, 0)
    assert too_long == sum(n > limit for n in lengths) > 0
    kept = load_task_dataset(tmp_path / "short", "train")
    assert len(kept) == len(lengths) - too_long
    assert all(p + c <= limit for p, c in zip(kept["prompt_tokens"], kept["completion_tokens"], strict=True))
    assert kept[0]["prompt_tokens"] == counter.count(kept[0]["prompt"])
    # The card names the tokenizer and the limit; datasets reads the shards through the card's config too.
    card = (tmp_path / "short" / "dataset" / "README.md").read_text()
    assert str(path.parent) in card and f"over {limit} tokens dropped" in card
    assert len(datasets.load_dataset(str(tmp_path / "short" / "dataset"), split="train")) == len(kept)


def _probe_rows(corpus: Path, ctx: TaskContext, out: Path) -> list[dict]:
    if not (out / "dataset").exists():
        _build(corpus, out, ctx)
    return list(load_task_dataset(out, "train"))


KILLED_CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, sys.argv[4])
    import test_tasks_runner as t
    from llmopt.data.tasks import TaskContext, register_builder
    from llmopt.prompts import register_format

    class Killed(t.ProbeBuilder):
        def build(self, row, ctx):
            if len(t.ProbeBuilder.calls) == 4:  # the fifth row: chunk 0 (3 rows) is done, chunk 1 is not
                os.kill(os.getpid(), signal.SIGKILL)  # no cleanup at all
            return super().build(row, ctx)

    Killed.task = t.PROBE
    register_builder(Killed)
    register_format(t.PROBE, "llmopt", t.ProbeFormat, replace=True)
    ctx = TaskContext(bin_dir=sys.argv[3], version=sys.argv[5], data_dir=sys.argv[6], seed=3)
    t._build(sys.argv[1], sys.argv[2], ctx)
""")


def test_sigkilled_build_resumes(probe: Any, tiny_corpus: Path, task_context: TaskContext, tmp_path: Path) -> None:
    out = tmp_path / "killed"
    here = str(Path(__file__).resolve().parent)
    run = run_process(
        [
            sys.executable,
            "-c",
            KILLED_CHILD,
            str(tiny_corpus),
            str(out),
            task_context.bin_dir,
            here,
            task_context.version,
            task_context.data_dir,
        ],
        timeout_s=60,
    )
    assert run.signal == signal.SIGKILL, run.describe()
    assert sorted(p.name for p in (out / "chunks" / "train").iterdir()) == ["00000.json", "00000.parquet"]
    summary = _build(tiny_corpus, out, task_context)
    assert summary.chunks_reused == 1 and len(probe.calls) == summary.rows_read["train"] - 3
    assert summary.counts["train"] == summary.rows_read["train"] - 1
