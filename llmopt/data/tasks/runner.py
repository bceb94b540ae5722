"""The generic task-dataset driver: corpus rows -> a builder's examples -> rendered prompt/completion Parquet + card.

``build_task_dataset`` reads one level (function or module) of one flavour of a corpus dataset (``llmopt data
corpus``), picks rows deterministically, runs the task's ``TaskBuilder`` on every row in worker processes, renders each
example with the task's ``PromptFormat``, drops rows over a token limit and writes a Hugging Face dataset.

Layout under ``out_dir`` (never inside the repository)::

    <out>/build.json                    the settings of this build; a build with other settings is refused
    <out>/chunks/<split>/NNNNN.parquet  one finished chunk's rows (rendered), written atomically
    <out>/chunks/<split>/NNNNN.json     its completion record (counts, skip reasons), written last
    <out>/dataset/data/<split>-NNNNN.parquet, README.md (card), llmopt_task_dataset.json (manifest)

Order and resume: rows are sorted by normalized hash within each split (a pseudo-random order that mixes packages), so
``limit`` keeps the same subset every time and chunk ``k`` of a split always holds the same rows. A restarted build
with the same arguments reuses every chunk whose record exists and redoes the rest; the dataset is then assembled
from all chunks (atomically replacing an older one).

Columns: ``name, package, split, normalized_hash, source, licence, prompt, messages, completion, prompt_tokens,
completion_tokens`` plus the builder's ``extra`` keys. ``prompt`` is the prompt text; for chat formats it is the
message contents joined by a blank line and ``messages`` holds the message list as JSON text (null for completion-style
formats). Extra values that are not scalars are stored as JSON text.

Workers: chunks fan out through ``llmopt.parallel`` (``make_executor``: a process pool by default, serial for one
worker, Ray on request) as ``_ChunkJob`` specs of plain values. A spawned worker does not see registrations made in
the parent's memory, so a job names its builder and prompt format by dotted path (``"package.module:Class"``) when the
class is importable, and by registered name otherwise. Each worker builds its builder, format, tokenizer and measurer
from the job once and keeps them in a per-process cache keyed by those settings (``_worker_state``), so every chunk a
worker runs reuses one engine process; the cache is closed when the worker exits (or, serially, when the build ends).

Limits: one machine by default; rows of one chunk run serially in one worker, so a slow row delays its chunk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import multiprocessing.util
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.data.assemble import SPLITS, dataset_dir, read_manifest, token_bin
from llmopt.data.tasks.base import TaskContext, TaskOutcome, get_builder
from llmopt.errors import ConfigError, LlmoptError
from llmopt.parallel import make_executor
from llmopt.toolchain import Flavour, IRModule, replace_directory, write_atomic

MANIFEST = "llmopt_task_dataset.json"
SETTINGS_FILE = "build.json"
BASE_COLUMNS = (
    "name",
    "package",
    "split",
    "normalized_hash",
    "source",
    "licence",
    "prompt",
    "messages",
    "completion",
    "prompt_tokens",
    "completion_tokens",
)
TOO_LONG = "too long"
_SKIP_EXAMPLES = 3  # per reason and chunk, kept for the card's "what was lost" table


@dataclass
class TaskDatasetSummary:
    """What a task build produced.

    Attributes:
        path: the assembled dataset directory (``<out>/dataset``).
        counts: examples per split.
        skipped: per split, rows skipped per reason (``"too long"`` for the token filter).
        chunks_run / chunks_reused: chunks computed now vs. found finished from an earlier (killed) run.
        walltime_s: this run's wall time.
    """

    path: Path
    task: str
    style: str
    counts: dict[str, int]
    skipped: dict[str, dict[str, int]]
    chunks_run: int
    chunks_reused: int
    walltime_s: float
    rows_read: dict[str, int] = field(default_factory=dict)

    def data_files(self) -> dict[str, list[str]]:
        """``data_files`` for ``datasets.load_dataset("parquet", data_files=...)`` (splits with rows only)."""
        return task_data_files(self.path)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "task": self.task,
            "style": self.style,
            "counts": self.counts,
            "rows_read": self.rows_read,
            "skipped": self.skipped,
            "chunks_run": self.chunks_run,
            "chunks_reused": self.chunks_reused,
            "walltime_s": round(self.walltime_s, 1),
        }


@dataclass(frozen=True)
class _ChunkJob:
    """What a worker receives for one chunk (plain values only).

    ``builder`` and ``format`` are dotted paths of the builder and prompt-format classes when they are importable (so
    a spawned worker finds a builder registered only in the parent), else the registered task name; ``task`` and
    ``style`` name the dataset and resolve the format in the latter case."""

    task: str
    style: str
    builder: str
    format: str
    ctx: TaskContext
    tokenizer: str
    max_tokens: int | None
    split: str
    index: int
    rows: list[dict[str, Any]]
    directory: str
    rows_key: str


def build_task_dataset(
    task: str,
    corpus_dir: str | Path,
    out_dir: str | Path,
    ctx: TaskContext,
    *,
    flavour: str = "size",
    splits: Sequence[str] = SPLITS,
    limit: int | None = None,
    workers: int | None = None,
    executor: str = "pool",
    style: str = "llmopt",
    max_tokens: int | None = None,
    tokenizer: str = "words",
    progress: bool = True,
    chunk_size: int = 16,
    command: str = "",
    on_chunk: Callable[[dict[str, Any]], None] | None = None,
) -> TaskDatasetSummary:
    """Build (or resume) the dataset of ``task`` from a corpus.

    Args:
        task: a registered builder's task (``available_builders()``).
        corpus_dir: a corpus build directory or its ``dataset`` directory.
        out_dir: where chunks and the dataset go (see the module docstring).
        ctx: toolchain, data dir, seed and task options shared by all workers.
        flavour: IR flavour of the corpus rows ("size" or "paper").
        splits: which splits to build.
        limit: at most this many corpus rows per split (the same rows every time).
        workers: worker processes (default: all cores; 1 runs in this process).
        executor: the ``llmopt.parallel`` executor that runs chunks when ``workers`` > 1 ("pool", "ray", "serial", or
            a dotted path).
        style: prompt style ("llmopt", or "llm-compiler" where the task has it).
        max_tokens: drop examples whose prompt + completion is longer (skip reason "too long").
        tokenizer: "words", "bytes", or a tokenizer.json / Hugging Face tokenizer path.
        progress: show a progress bar on stderr.
        chunk_size: rows per unit of work and of resume.
        command: the command line, recorded in the card.
        on_chunk: called in the parent with each newly finished chunk's record (tests, logging).

    Returns:
        Counts, skip reasons and where the dataset is.

    Raises:
        ConfigError: unknown task/style/split/flavour, no such corpus, or ``out_dir`` holds a build made with other
            settings.
    """
    from llmopt.data.tokenizers import load_tokenizer
    from llmopt.prompts import get_format

    start = time.perf_counter()
    builder = get_builder(task)
    builder.check_context(ctx)  # a builder refuses missing or unusable task options here, before any row is read
    fmt_options = builder.format_options(ctx)
    fmt = get_format(task, style=style, **fmt_options)  # unknown style/options fail here, before any work
    builder_ref, format_ref = _class_ref(type(builder), task), _format_ref(task, style, fmt)
    load_tokenizer(tokenizer)
    unknown = [s for s in splits if s not in SPLITS]
    if unknown or not splits:
        raise ConfigError(f"unknown split(s) {unknown}; choose from {', '.join(SPLITS)}")
    if chunk_size < 1:
        raise ConfigError(f"chunk_size must be >= 1, got {chunk_size}")
    corpus_root = dataset_dir(Path(corpus_dir).expanduser().resolve())
    corpus = read_manifest(corpus_root)
    if flavour not in corpus["counts"]:
        raise ConfigError(f"corpus {corpus_root} has no {flavour!r} rows; it has {', '.join(sorted(corpus['counts']))}")
    out = Path(out_dir).expanduser().resolve()
    settings = {
        "task": task,
        "style": style,
        "format_options": fmt_options,
        "flavour": flavour,
        "level": builder.level,
        "splits": list(splits),
        "limit": limit,
        "tokenizer": tokenizer,
        "max_tokens": max_tokens,
        "seed": ctx.seed,
        "timeout_s": ctx.timeout_s,
        "options": _plain(ctx.options),
        "llvm": f"llvm-{ctx.version}",
        "chunk_size": chunk_size,
        "corpus": {"path": str(corpus_root), "name": corpus.get("name"), "created": corpus.get("created")},
    }
    _check_settings(out, settings)

    rows_by_split = {s: select_rows(corpus_root, flavour, builder.level, s, limit) for s in splits}
    clean_ctx = dataclasses.replace(ctx)  # a fresh instance: no cached toolchain/measurer travels to workers
    jobs: list[_ChunkJob] = []
    reused = 0
    for split, table in rows_by_split.items():
        for index, begin in enumerate(range(0, table.num_rows, chunk_size)):
            rows = table.slice(begin, chunk_size).to_pylist()
            key = _rows_key(rows)
            record = _load_record(out / "chunks" / split / f"{index:05d}.json")
            if record is not None and record.get("rows_key") == key:
                reused += 1
                continue
            jobs.append(
                _ChunkJob(
                    task,
                    style,
                    builder_ref,
                    format_ref,
                    clean_ctx,
                    tokenizer,
                    max_tokens,
                    split,
                    index,
                    rows,
                    str(out / "chunks" / split),
                    key,
                )
            )
    _run_chunks(jobs, workers, executor, progress, on_chunk)
    summary = assemble_task_dataset(
        out, settings, corpus, {s: t.num_rows for s, t in rows_by_split.items()}, command=command, started=start
    )
    summary.chunks_run, summary.chunks_reused = len(jobs), reused
    summary.walltime_s = time.perf_counter() - start
    return summary


def select_rows(corpus_root: Path, flavour: str, level: str, split: str, limit: int | None) -> Any:
    """The corpus rows a build uses for one split, as a ``pyarrow.Table`` sorted by normalized hash.

    ``limit`` keeps the first rows of that order: a pure function of the corpus, so a resumed or repeated build (and
    ``llmopt data export-ir``) gets the same subset.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    files = sorted((corpus_root / flavour / level).glob(f"{split}-*.parquet"))
    if not files:
        return pa.table({"normalized_hash": pa.array([], pa.string())})
    table = pa.concat_tables([pq.read_table(f) for f in files], promote_options="permissive")
    # Name and path break ties between rows that share a normalized hash (only in hand-made corpora).
    table = table.take(
        pc.sort_indices(table, [("normalized_hash", "ascending"), ("name", "ascending"), ("path", "ascending")])
    )
    if limit is not None:
        table = table.slice(0, max(0, limit))
    return table


def row_module(row: dict[str, Any]) -> IRModule:
    """The ``IRModule`` of a corpus row (text unchanged, so its hash is the one the autotuner records for it)."""
    flavour = row.get("flavour")
    return IRModule(
        text=row["ir"],
        name=row.get("name") or "module",
        flavour=Flavour(flavour) if flavour else None,
        provenance={k: str(row[k]) for k in ("source", "package", "path") if row.get(k)},
    )


def _class_ref(cls: type, registered: str) -> str:
    """``"module:QualName"`` of a class a fresh interpreter can import, else ``registered`` (a class defined in
    ``__main__`` or inside a function is only reachable through the registry, i.e. in this process)."""
    if cls.__module__ == "__main__" or "<locals>" in cls.__qualname__:
        return registered
    return f"{cls.__module__}:{cls.__qualname__}"


def _format_ref(task: str, style: str, fmt: Any) -> str:
    """The dotted path a worker builds ``fmt`` from, or "" to look it up by (task, style) there: only a format
    registered as a class is named by path (a factory function may add options the class alone lacks)."""
    from llmopt.prompts.registry import FORMATS

    if ":" in task:
        return task
    factory = FORMATS.get(f"{task}/{style}")
    return _class_ref(factory, "") if factory is type(fmt) else ""


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def _check_settings(out: Path, settings: dict[str, Any]) -> None:
    path = out / SETTINGS_FILE
    if path.is_file():
        found = json.loads(path.read_text())
        if found != settings:
            changed = sorted(k for k in set(found) | set(settings) if found.get(k) != settings.get(k))
            raise ConfigError(
                f"{out} holds a build made with other settings ({', '.join(changed)} differ: "
                + "; ".join(f"{k}: {found.get(k)!r} -> {settings.get(k)!r}" for k in changed[:4])
                + "); rerun with the same arguments to resume, or choose another --out"
            )
        return
    write_atomic(path, json.dumps(settings, indent=1, sort_keys=True))


def _rows_key(rows: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(f"{row.get('normalized_hash')}:{row.get('name')}:{row.get('path')}\n".encode())
    return digest.hexdigest()


def _load_record(path: Path) -> dict[str, Any] | None:
    try:
        record: dict[str, Any] = json.loads(path.read_text())
        return record
    except (OSError, ValueError):
        return None


def _run_chunks(
    jobs: list[_ChunkJob],
    workers: int | None,
    executor: str,
    progress: bool,
    on_chunk: Callable[[dict[str, Any]], None] | None,
) -> None:
    """Run the chunks on the configured executor, reporting each record as it finishes.

    Ctrl-C and a failing worker stop the executor (``llmopt.parallel`` kills its workers); every chunk written by then
    is kept for the next run."""
    from tqdm import tqdm

    jobs_n = max(1, workers or os.cpu_count() or 1)
    bar = tqdm(
        total=sum(len(j.rows) for j in jobs),
        desc=jobs[0].task if jobs else "task",
        unit="row",
        disable=not progress,
        dynamic_ncols=True,
    )
    totals: Counter[str] = Counter()
    kind = "serial" if jobs_n == 1 or len(jobs) <= 1 else executor
    try:
        # At most 2x workers chunks in flight, so a kill loses little.
        with make_executor(kind, workers=jobs_n) as ex:
            for _index, record in ex.as_completed(run_chunk, jobs, window=2 * jobs_n):
                totals["examples"] += record["examples"]
                totals["skipped"] += sum(record["skipped"].values())
                bar.set_postfix_str(f"{totals['examples']} examples, {totals['skipped']} skipped", refresh=False)
                bar.update(record["rows"])
                if on_chunk is not None:
                    on_chunk(record)
    finally:
        if kind == "serial":
            close_worker_states()  # the serial run used this process's cache: stop the engine it started
        bar.close()


# -- worker side ---------------------------------------------------------------------------------------------------
_WORKER_STATE: dict[str, tuple[Any, Any, Any, TaskContext]] = {}


def _worker_state(job: _ChunkJob) -> tuple[Any, Any, Any, TaskContext]:
    """(builder, format, tokenizer, context) of this process for a job's settings, built from the job once per
    process (the cache is keyed by those settings, never fed live objects) so the context's measurer (an engine
    process) is reused by every chunk."""
    from llmopt.data.tokenizers import load_tokenizer
    from llmopt.prompts import get_format

    key = json.dumps(
        [job.builder, job.format, job.task, job.style, job.tokenizer, dataclasses.asdict(job.ctx)],
        sort_keys=True,
        default=str,
    )
    state = _WORKER_STATE.get(key)
    if state is None:
        builder = get_builder(job.builder)
        options = builder.format_options(job.ctx)
        fmt = get_format(job.format, **options) if job.format else get_format(job.task, style=job.style, **options)
        state = (builder, fmt, load_tokenizer(job.tokenizer), job.ctx)
        if not _WORKER_STATE and multiprocessing.parent_process() is not None:
            # Pool workers leave through os._exit, which skips atexit: multiprocessing's finalizers still run.
            multiprocessing.util.Finalize(None, close_worker_states, exitpriority=10)
        _WORKER_STATE[key] = state
    return state


def close_worker_states() -> None:
    """Close the measurers (engine processes, cache connections) that builders opened in this process."""
    while _WORKER_STATE:
        _key, (_builder, _fmt, _tokenizer, ctx) = _WORKER_STATE.popitem()
        if "measurer" in ctx.__dict__:
            ctx.measurer.close()


def run_chunk(job: _ChunkJob) -> dict[str, Any]:
    """Worker: build, render and length-filter one chunk's rows; write its Parquet file, then its record."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = time.perf_counter()
    builder, fmt, tokenizer, ctx = _worker_state(job)
    out_rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    skip_examples: dict[str, list[str]] = {}

    def skip(row: dict[str, Any], reason: str, detail: str) -> None:
        skipped[reason] += 1
        examples = skip_examples.setdefault(reason, [])
        if len(examples) < _SKIP_EXAMPLES:
            examples.append(f"{row.get('package')}/{row.get('name')}: {detail}"[:300])

    for row in job.rows:
        try:
            outcome = builder.build(row, ctx)
        except Exception as e:  # a builder bug on one row must not lose the chunk; it is counted and shown
            outcome = TaskOutcome.skip(f"builder error: {type(e).__name__}", str(e))
        if not outcome.ok:
            skip(row, outcome.skip_reason or "no example", outcome.detail)
            continue
        try:
            rendered = fmt.render_prompt(outcome.example)
            completion = fmt.render_completion(outcome.example)
        except LlmoptError as e:
            skip(row, "render failed", str(e))
            continue
        if isinstance(rendered, str):
            prompt, messages = rendered, None
        else:
            prompt = "\n\n".join(m["content"] for m in rendered)
            messages = json.dumps(list(rendered))
        prompt_tokens, completion_tokens = tokenizer.count(prompt), tokenizer.count(completion)
        if job.max_tokens is not None and prompt_tokens + completion_tokens > job.max_tokens:
            skip(row, TOO_LONG, f"{prompt_tokens} + {completion_tokens} tokens")
            continue
        out_row: dict[str, Any] = {
            "name": row.get("name"),
            "package": row.get("package"),
            "split": job.split,
            "normalized_hash": row.get("normalized_hash"),
            "source": row.get("source"),
            "licence": row.get("licence"),
            "prompt": prompt,
            "messages": messages,
            "completion": completion,
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
        }
        for key, value in outcome.extra.items():
            column = key if key not in BASE_COLUMNS else f"extra_{key}"
            out_row[column] = (
                value
                if value is None or isinstance(value, (bool, int, float, str))
                else json.dumps(value, sort_keys=True, default=str)
            )
        out_rows.append(out_row)

    directory = Path(job.directory)
    rows_file = None
    if out_rows:
        rows_file = f"{job.index:05d}.parquet"
        table = pa.Table.from_pylist(out_rows, schema=_schema_for(out_rows))
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        write_atomic(directory / rows_file, sink.getvalue().to_pybytes())
    record = {
        "split": job.split,
        "index": job.index,
        "rows": len(job.rows),
        "rows_key": job.rows_key,
        "examples": len(out_rows),
        "skipped": dict(skipped),
        "skip_examples": skip_examples,
        "rows_file": rows_file,
        "walltime_s": round(time.perf_counter() - start, 3),
    }
    write_atomic(directory / f"{job.index:05d}.json", json.dumps(record, indent=1, sort_keys=True))
    return record


def _schema_for(rows: list[dict[str, Any]]) -> Any:
    """Fixed types for the base columns; extra columns get the type Arrow infers (unified at assembly)."""
    import pyarrow as pa

    base = [pa.field(c, pa.int64() if c.endswith("_tokens") else pa.string()) for c in BASE_COLUMNS]
    extra_names = list(dict.fromkeys(k for r in rows for k in r if k not in BASE_COLUMNS))
    if not extra_names:
        return pa.schema(base)
    inferred = pa.Table.from_pylist([{k: r.get(k) for k in extra_names} for r in rows]).schema
    return pa.schema(base + [inferred.field(n) for n in extra_names])


# -- assembly ------------------------------------------------------------------------------------------------------
def assemble_task_dataset(
    out: Path,
    settings: dict[str, Any],
    corpus: dict[str, Any],
    rows_read: dict[str, int],
    command: str = "",
    started: float | None = None,
    shard_bytes: int = 64_000_000,
) -> TaskDatasetSummary:
    """Write ``<out>/dataset`` from every finished chunk (replacing an older one atomically) and return its counts."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    splits = settings["splits"]
    counts = dict.fromkeys(splits, 0)
    skipped: dict[str, Counter[str]] = {s: Counter() for s in splits}
    skip_examples: dict[str, list[str]] = {}
    tables: list[Any] = []
    missing_chunks = 0
    for split in splits:
        chunk_size = settings["chunk_size"]
        expected = (rows_read.get(split, 0) + chunk_size - 1) // chunk_size
        for index in range(expected):
            record = _load_record(out / "chunks" / split / f"{index:05d}.json")
            if record is None:
                missing_chunks += 1
                continue
            counts[split] += record["examples"]
            skipped[split].update(record["skipped"])
            for reason, examples in record.get("skip_examples", {}).items():
                kept = skip_examples.setdefault(reason, [])
                kept.extend(examples[: _SKIP_EXAMPLES - len(kept)])
            if record["rows_file"]:
                tables.append(pq.read_table(out / "chunks" / split / record["rows_file"]))
    table = _concat(tables) if tables else None

    final, staging = out / "dataset", out / "dataset.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "data").mkdir(parents=True)
    histogram: dict[str, Counter[int]] = {s: Counter() for s in splits}
    licences: Counter[str] = Counter()
    for split in splits:
        if table is None or not counts[split]:
            continue
        part = table.filter(pc.equal(table["split"], split))
        totals = pc.add(part["prompt_tokens"], part["completion_tokens"]).to_pylist()
        histogram[split].update(token_bin(t) for t in totals)
        licences.update(part["licence"].to_pylist())
        text_bytes = sum(pc.sum(pc.binary_length(part[c])).as_py() or 0 for c in ("prompt", "completion"))
        per_shard = max(1, int(part.num_rows * shard_bytes / max(1, text_bytes)))
        for shard, begin in enumerate(range(0, part.num_rows, per_shard)):
            pq.write_table(
                part.slice(begin, per_shard), staging / "data" / f"{split}-{shard:05d}.parquet", compression="zstd"
            )
    manifest = {
        "task": settings["task"],
        "style": settings["style"],
        "format_options": settings["format_options"],
        "flavour": settings["flavour"],
        "level": settings["level"],
        "llvm": settings["llvm"],
        "seed": settings["seed"],
        "options": settings["options"],
        "limit": settings["limit"],
        "tokenizer": settings["tokenizer"],
        "max_tokens": settings["max_tokens"],
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "command": command,
        "walltime_s": round(time.perf_counter() - started, 1) if started is not None else None,
        "corpus": {
            **settings["corpus"],
            "llvm": corpus.get("llvm"),
            "sources": corpus.get("sources", []),
            "licences": corpus.get("licences", {}),
        },
        "counts": counts,
        "rows_read": rows_read,
        "chunks_missing": missing_chunks,
        "skipped": {s: dict(c.most_common()) for s, c in skipped.items()},
        "skip_examples": skip_examples,
        "licences": dict(licences.most_common()),
        "token_histogram": {s: [[b, n] for b, n in sorted(h.items())] for s, h in histogram.items()},
        "columns": list(table.schema.names) if table is not None else list(BASE_COLUMNS),
    }
    from llmopt.data.tasks.card import render_task_card

    write_atomic(staging / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    write_atomic(staging / "README.md", render_task_card(manifest))
    replace_directory(staging, final)
    return TaskDatasetSummary(
        path=final,
        task=settings["task"],
        style=settings["style"],
        counts=counts,
        skipped=manifest["skipped"],
        chunks_run=0,
        chunks_reused=0,
        walltime_s=0.0,
        rows_read=rows_read,
    )


def _concat(tables: list[Any]) -> Any:
    """One table from chunk tables whose extra columns may differ in type (all-null in one chunk, int in another);
    columns whose types cannot be unified become JSON text."""
    import pyarrow as pa

    try:
        return pa.concat_tables(tables, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        pass
    names = list(dict.fromkeys(n for t in tables for n in t.schema.names))
    types: dict[str, set[str]] = {}
    for t in tables:
        for f in t.schema:
            if not pa.types.is_null(f.type):
                types.setdefault(f.name, set()).add(str(f.type))
    conflicting = {n for n, ts in types.items() if len(ts) > 1}
    fixed = []
    for t in tables:
        columns = {}
        for n in names:
            if n not in t.schema.names:
                continue
            col = t[n]
            if n in conflicting:
                col = pa.array(
                    [None if v is None else (v if isinstance(v, str) else json.dumps(v)) for v in col.to_pylist()],
                    pa.string(),
                )
            columns[n] = col
        fixed.append(pa.table(columns))
    return pa.concat_tables(fixed, promote_options="permissive")


def task_data_files(path: str | Path) -> dict[str, list[str]]:
    """``{split: [shard paths]}`` of an assembled task dataset (``<out>`` or ``<out>/dataset``)."""
    root = Path(path)
    root = root if (root / MANIFEST).is_file() else root / "dataset"
    if not (root / MANIFEST).is_file():
        raise ConfigError(f"{path} holds no task dataset (no {MANIFEST}); build one with: llmopt data build TASK")
    out: dict[str, list[str]] = {}
    for split in SPLITS:
        files = sorted(str(p) for p in (root / "data").glob(f"{split}-*.parquet"))
        if files:
            out[split] = files
    return out


def load_task_dataset(path: str | Path, split: str = "train") -> Any:
    """One split of a task dataset as a ``datasets.Dataset``.

    Raises:
        ConfigError: no task dataset there, or the split has no rows.
    """
    import datasets

    files = task_data_files(path)
    if split not in files:
        raise ConfigError(f"task dataset {path} has no rows in split {split!r} (it has: {', '.join(files) or 'none'})")
    return datasets.load_dataset("parquet", data_files={split: files[split]}, split=split)


__all__ = [
    "MANIFEST",
    "TOO_LONG",
    "TaskDatasetSummary",
    "assemble_task_dataset",
    "build_task_dataset",
    "load_task_dataset",
    "row_module",
    "run_chunk",
    "select_rows",
    "task_data_files",
]
