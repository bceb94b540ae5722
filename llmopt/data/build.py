"""Build a corpus: run every source's items on all cores, resumably, then assemble the deduplicated dataset.

Layout under the data directory (never inside the repository)::

    <data_dir>/apt/                     private apt configuration (Debian sources)
    <data_dir>/work/<source>/<item>/    downloaded/unpacked/generated sources (kept as a cache)
    <data_dir>/items/<source>/<item>.json     completion record (written atomically, last)
    <data_dir>/items/<source>/<item>.parquet  that item's rows
    <data_dir>/dataset/                 the assembled Hugging Face dataset (Parquet shards + README.md card)

Resume: a restarted build lists the items again and skips every item whose completion record exists (failed items too,
unless ``retry_failed``; records made with other extract options are redone), so a kill loses at most the items in
flight. Items fan out through ``llmopt.parallel`` (``make_executor``: a process pool by default, serial for one job,
Ray on request) as ``_ItemJob`` specs: the source, the item and the toolchain (plain, picklable values), never live
objects with open handles; records come back as items finish and drive the progress bar.

Limits: one machine by default (an item is minutes at most, and a pool saturates one machine); the Ray executor works
on one machine or on a cluster whose nodes see the same data dir. Items run in parallel, units within an item
serially, so a single huge package bounds the tail of the build.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.data.assemble import AssembleOptions, DatasetSummary, assemble_dataset
from llmopt.data.extract import ExtractOptions, ItemRecord, process_item
from llmopt.data.sources import Source, SourceItem
from llmopt.errors import ConfigError
from llmopt.parallel import make_executor
from llmopt.toolchain import Toolchain, write_atomic


@dataclass(frozen=True)
class BuildOptions:
    """Options of a corpus build.

    Attributes:
        name: the versioned dataset name (e.g. ``corpus-v1``), recorded in the card.
        jobs: worker processes (default: all cores); 1 runs every item in this process.
        executor: the ``llmopt.parallel`` executor that runs items when ``jobs`` > 1 (a registered name, "pool",
            "ray" or "serial", or a dotted path).
        extract: compile/split options.
        assemble: dedup/split/filter/shard options.
        retry_failed: rerun items whose record says "failed" (e.g. after a network outage).
        assemble_only: run no items; assemble the dataset from the items finished so far (a partial build's card).
        progress: show a progress bar (tqdm) on stderr.
    """

    name: str = "corpus-v1"
    jobs: int | None = None
    executor: str = "pool"
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    assemble: AssembleOptions = field(default_factory=AssembleOptions)
    retry_failed: bool = False
    assemble_only: bool = False
    progress: bool = True


@dataclass
class BuildSummary:
    """What a build did: items run now vs. reused from an earlier (killed) run, and the assembled dataset."""

    data_dir: Path
    items_total: int
    items_run: int
    items_reused: int
    items_failed: int
    walltime_s: float
    dataset: DatasetSummary
    items_not_run: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "data_dir": str(self.data_dir),
            "items_total": self.items_total,
            "items_run": self.items_run,
            "items_reused": self.items_reused,
            "items_failed": self.items_failed,
            "items_not_run": self.items_not_run,
            "walltime_s": round(self.walltime_s, 1),
            "dataset": self.dataset.to_dict(),
        }


def build_corpus(
    sources: Sequence[Source],
    data_dir: str | Path,
    toolchain: Toolchain,
    options: BuildOptions = BuildOptions(),
    on_record: Callable[[ItemRecord], None] | None = None,
) -> BuildSummary:
    """Run all items of all sources (skipping finished ones) and assemble the dataset.

    Args:
        sources: the corpus sources; their items must have distinct (source, key).
        data_dir: root of the build (see the module docstring).
        toolchain: the LLVM to compile with (recorded on every row).
        options: build options.
        on_record: called in the parent with each finished item's record (progress reporting, tests).

    Returns:
        The summary, including the assembled dataset's counts.

    Raises:
        ConfigError: no sources, or two items with the same key.
        ToolError: a source could not list its items (e.g. apt-get update failed).
    """
    if not sources:
        raise ConfigError("a corpus build needs at least one source (--dir, --compile-commands, --debian, --csmith)")
    start = time.perf_counter()
    data_dir = Path(data_dir).resolve()
    items_dir, work_root = data_dir / "items", data_dir / "work"
    by_source = {s.name: s for s in sources}
    if len(by_source) != len(sources):
        raise ConfigError("two sources have the same versioned name; give directory sources distinct directories")
    all_items: list[SourceItem] = []
    for source in sources:
        all_items.extend(source.items())
    keys = [(i.source, i.key) for i in all_items]
    if len(set(keys)) != len(keys):
        raise ConfigError("two corpus items have the same (source, key); this is a bug in the source")
    _write_manifest(data_dir, sources, options, toolchain)

    pending: list[tuple[SourceItem, int]] = []
    reused = 0
    for item in all_items:
        record = ItemRecord.load(ItemRecord.paths(items_dir, item)[0])
        # A record made with other extract options (e.g. fewer flavours) is stale: redo that item.
        stale = record is not None and record.options != options.extract.to_dict()
        if record is not None and not stale and not (options.retry_failed and record.status == "failed"):
            reused += 1
        else:
            pending.append((item, 1 if record is None else record.attempt + 1))

    records = (
        []
        if options.assemble_only
        else _run_items(pending, by_source, work_root, items_dir, toolchain, options, on_record)
    )
    dataset = assemble_dataset(
        data_dir,
        all_items,
        toolchain,
        name=options.name,
        options=options.assemble,
        sources=[s.describe() for s in sources],
    )
    final = [ItemRecord.load(ItemRecord.paths(items_dir, item)[0]) for item in all_items]
    failed = sum(1 for r in final if r is not None and r.status == "failed")
    not_run = sum(1 for r in final if r is None)
    return BuildSummary(
        data_dir, len(all_items), len(records), reused, failed, time.perf_counter() - start, dataset, not_run
    )


@dataclass(frozen=True)
class _ItemJob:
    """What a worker receives for one item: plain, picklable values (the source is a description, not a handle)."""

    source: Source
    item: SourceItem
    work_root: Path
    items_dir: Path
    toolchain: Toolchain
    extract: ExtractOptions
    attempt: int


def _run_item(job: _ItemJob) -> ItemRecord:
    """Worker: one item, start to finish; its record is written before it returns, so a kill loses only items in
    flight. Failures of the item's own files are in the record (``process_item`` never raises for bad input)."""
    return process_item(job.source, job.item, job.work_root, job.items_dir, job.toolchain, job.extract, job.attempt)


def _run_items(
    pending: list[tuple[SourceItem, int]],
    by_source: dict[str, Source],
    work_root: Path,
    items_dir: Path,
    toolchain: Toolchain,
    options: BuildOptions,
    on_record: Callable[[ItemRecord], None] | None,
) -> list[ItemRecord]:
    """Run the pending items on the configured executor, in the given order, reporting each record as it finishes.

    Ctrl-C and a failing worker stop the executor (``llmopt.parallel`` kills its workers); every record written by
    then is kept, so the next run resumes from it."""
    from tqdm import tqdm

    jobs = max(1, options.jobs or os.cpu_count() or 1)
    specs = [
        _ItemJob(by_source[item.source], item, work_root, items_dir, toolchain, options.extract, attempt)
        for item, attempt in pending
    ]
    bar = tqdm(total=len(specs), desc="corpus items", unit="item", disable=not options.progress, dynamic_ncols=True)
    records: list[ItemRecord] = []
    kind = "serial" if jobs == 1 or len(specs) <= 1 else options.executor
    try:
        # A window of 2x jobs items in flight: a kill loses little and the order stays roughly the given one.
        with make_executor(kind, workers=jobs) as executor:
            for _index, record in executor.as_completed(_run_item, specs, window=2 * jobs):
                records.append(record)
                fns = sum(record.functions.values())
                bar.set_postfix_str(f"{record.package}: {record.status}, {fns} fn", refresh=False)
                bar.update(1)
                if on_record is not None:
                    on_record(record)
        return records
    finally:
        bar.close()


def _write_manifest(data_dir: Path, sources: Sequence[Source], options: BuildOptions, toolchain: Toolchain) -> None:
    import json

    manifest = {
        "name": options.name,
        "llvm": toolchain.identity,
        "sources": [s.describe() for s in sources],
        "extract": options.extract.to_dict(),
        "assemble": options.assemble.to_dict(),
    }
    write_atomic(data_dir / "build.json", json.dumps(manifest, indent=1, sort_keys=True))
