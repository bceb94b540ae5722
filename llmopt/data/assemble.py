"""Assemble finished corpus items into a Hugging Face dataset: dedup, package-disjoint splits, length filter, card.

Order makes the result deterministic whatever order workers finished in: items are visited split by split (train,
validation, test), then by (source, key). The first occurrence of a normalized hash wins, per (flavour, level), so a
function present in a training package and a test package stays in train and is dropped from test: evaluation splits
never repeat training functions.

On disk (``<data_dir>/dataset``): ``<flavour>/<level>/<split>-NNNNN.parquet`` shards (levels: ``module`` per
translation unit, ``function`` per function), ``llmopt_dataset.json`` (machine-readable manifest) and ``README.md``
(the dataset card, whose YAML header declares one ``datasets`` config per flavour and level). Load one with
``load_corpus`` or ``datasets.load_dataset(<dir>, "size-function")``.

Limits: splits are by hash of the package name, so small builds can leave a split empty; dedup is exact on
normalized IR (``normalized_hash``), not fuzzy.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.data.extract import ItemRecord, row_schema
from llmopt.data.sources import SourceItem
from llmopt.data.tokenizers import load_tokenizer
from llmopt.errors import ConfigError
from llmopt.toolchain import Toolchain, replace_directory, write_atomic

SPLITS = ("train", "validation", "test")
LEVELS = ("module", "function")
MANIFEST = "llmopt_dataset.json"
_LOCATION_RE = re.compile(r"^\S+?:\d+:(?:\d+:)?\s*")


@dataclass(frozen=True)
class AssembleOptions:
    """Dedup/split/filter options.

    Attributes:
        split_fractions: train and validation shares of packages (test gets the rest), by package-name hash.
        tokenizer: token counter spec (``words``, ``bytes`` or a Hugging Face tokenizer path).
        max_tokens: drop rows longer than this many tokens (None keeps all).
        shard_bytes: approximate IR bytes per Parquet shard.
        exclude_datasets: assembled datasets (e.g. the held-out packages built with ``--eval-suite``) whose
            normalized hashes are removed: a function row whose hash is in one of them is dropped, and so is every
            module row of a unit containing such a function (the unit holds a vendored copy), plus module rows whose
            own hash matches. This is how vendored copies under unrecognizable paths are kept out of training.
    """

    split_fractions: tuple[float, float] = (0.8, 0.1)
    tokenizer: str = "words"
    max_tokens: int | None = None
    shard_bytes: int = 64_000_000
    exclude_datasets: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        train, validation = self.split_fractions
        if not (0 < train <= 1 and 0 <= validation and train + validation <= 1):
            raise ConfigError(
                f"split fractions {self.split_fractions} must be train in (0, 1], validation >= 0, "
                "and sum to at most 1 (test takes the rest)"
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "split_fractions": list(self.split_fractions),
            "tokenizer": self.tokenizer,
            "max_tokens": self.max_tokens,
            "exclude_datasets": list(self.exclude_datasets),
        }


@dataclass
class DatasetSummary:
    """Counts of an assembled dataset (also stored in its manifest)."""

    path: Path
    counts: dict[str, dict[str, dict[str, int]]]
    duplicates_dropped: dict[str, int] = field(default_factory=dict)
    too_long_dropped: dict[str, int] = field(default_factory=dict)
    excluded_dropped: dict[str, int] = field(default_factory=dict)

    def unique_functions(self, flavour: str) -> int:
        return sum(self.counts.get(flavour, {}).get("function", {}).values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "counts": self.counts,
            "duplicates_dropped": self.duplicates_dropped,
            "too_long_dropped": self.too_long_dropped,
            "excluded_dropped": self.excluded_dropped,
        }


def split_of_package(package: str, fractions: tuple[float, float] = (0.8, 0.1)) -> str:
    """The split a package belongs to: a pure function of its name, so every item of it lands together.

    >>> split_of_package("libogg") in SPLITS
    True
    """
    share = int(hashlib.sha256(package.encode()).hexdigest()[:8], 16) / 0x1_0000_0000
    if share < fractions[0]:
        return "train"
    return "validation" if share < fractions[0] + fractions[1] else "test"


class _ShardWriter:
    def __init__(self, directory: Path, split: str, shard_bytes: int) -> None:
        self.directory, self.split, self.shard_bytes = directory, split, shard_bytes
        self.rows: list[dict[str, Any]] = []
        self.bytes = 0
        self.shards = 0

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.bytes += len(row["ir"])
        if self.bytes >= self.shard_bytes:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = row_schema().append(pa.field("split", pa.string())).append(pa.field("tokens", pa.int64()))
        self.directory.mkdir(parents=True, exist_ok=True)
        pq.write_table(
            pa.Table.from_pylist(self.rows, schema=schema),
            self.directory / f"{self.split}-{self.shards:05d}.parquet",
            compression="zstd",
        )
        self.shards += 1
        self.rows, self.bytes = [], 0


def assemble_dataset(
    data_dir: Path,
    items: Sequence[SourceItem],
    toolchain: Toolchain,
    name: str,
    options: AssembleOptions = AssembleOptions(),
    sources: Sequence[dict[str, Any]] = (),
) -> DatasetSummary:
    """Write ``<data_dir>/dataset`` from the finished items' rows (replacing an older one atomically).

    Returns:
        The counts per flavour, level and split.
    """
    import pyarrow.parquet as pq

    tokenizer = load_tokenizer(options.tokenizer)
    items_dir = data_dir / "items"
    final = data_dir / "dataset"
    staging = data_dir / "dataset.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    records: list[tuple[str, SourceItem, ItemRecord]] = []
    for item in items:
        record = ItemRecord.load(ItemRecord.paths(items_dir, item)[0])
        if record is not None:
            records.append((split_of_package(item.package, options.split_fractions), item, record))
    records.sort(key=lambda r: (SPLITS.index(r[0]), r[1].source, r[1].key))

    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    writers: dict[tuple[str, str, str], _ShardWriter] = {}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    duplicates: Counter[str] = Counter()
    too_long: Counter[str] = Counter()
    histogram: dict[str, Counter[int]] = defaultdict(Counter)
    packages: dict[str, set[str]] = defaultdict(set)
    licences: dict[str, str] = {}
    failures: Counter[str] = Counter()
    failure_stages: Counter[str] = Counter()
    excluded = excluded_hashes(options.exclude_datasets)
    excluded_dropped: Counter[str] = Counter()
    per_package: dict[str, Counter[str]] = defaultdict(Counter)
    walltime: dict[str, float] = defaultdict(float)
    for split, item, record in records:
        licences[item.package] = record.licence
        walltime[item.package] += record.walltime_s
        per_package[item.package]["failures"] += len(record.failures)
        for failure in record.failures:
            failure_stages[failure["stage"]] += 1
            failures[f"{failure['stage']}: {summarize_reason(failure['reason'])}"] += 1
        if record.rows_file is None:
            continue
        packages[split].add(item.package)
        rows = pq.read_table(items_dir / item.source / record.rows_file).to_pylist()
        tainted = {
            (r["path"], r["flavour"])
            for r in rows
            if r["level"] == "function" and r["normalized_hash"] in excluded.get((r["flavour"], "function"), ())
        }
        for row in rows:
            flavour, level = row["flavour"], row["level"]
            tag = f"{flavour}-{level}"
            if row["normalized_hash"] in excluded.get((flavour, level), ()) or (
                level == "module" and (row["path"], flavour) in tainted
            ):
                excluded_dropped[tag] += 1
                continue
            if row["normalized_hash"] in seen[(flavour, level)]:
                duplicates[tag] += 1
                continue
            # Dedup before the length filter, so a long function's copies count as duplicates, not as long rows.
            seen[(flavour, level)].add(row["normalized_hash"])
            tokens = tokenizer.count(row["ir"])
            if options.max_tokens is not None and tokens > options.max_tokens:
                too_long[tag] += 1
                continue
            row["split"], row["tokens"] = split, tokens
            key = (flavour, level, split)
            if key not in writers:
                writers[key] = _ShardWriter(staging / flavour / level, split, options.shard_bytes)
            writers[key].add(row)
            level_counts = counts.setdefault(flavour, {}).setdefault(level, dict.fromkeys(SPLITS, 0))
            level_counts[split] += 1
            histogram[tag][token_bin(tokens)] += 1
            per_package[item.package][tag] += 1
    for writer in writers.values():
        writer.flush()

    manifest = {
        "name": name,
        "llvm": toolchain.identity,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "tokenizer": tokenizer.name,
        "max_tokens": options.max_tokens,
        "split_fractions": list(options.split_fractions),
        "counts": counts,
        "duplicates_dropped": dict(duplicates),
        "too_long_dropped": dict(too_long),
        "excluded": {"datasets": list(options.exclude_datasets), "dropped": dict(excluded_dropped)},
        "per_package": {p: dict(sorted(c.items())) for p, c in sorted(per_package.items())},
        "item_walltime_s": {p: round(t, 1) for p, t in sorted(walltime.items())},
        "packages": {s: sorted(packages[s]) for s in SPLITS},
        "licences": dict(sorted(licences.items())),
        "token_histogram": {tag: [[k, v] for k, v in sorted(h.items())] for tag, h in sorted(histogram.items())},
        "failures_by_stage": dict(failure_stages),
        "top_failure_reasons": failures.most_common(25),
        "items": len(records),
        "items_failed": sum(1 for _, _, r in records if r.status == "failed"),
        "sources": list(sources),
    }
    staging.mkdir(parents=True, exist_ok=True)
    write_atomic(staging / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    write_atomic(staging / "README.md", render_card(manifest))
    replace_directory(staging, final)
    return DatasetSummary(final, counts, dict(duplicates), dict(too_long), dict(excluded_dropped))


def excluded_hashes(datasets: Sequence[str]) -> dict[tuple[str, str], set[str]]:
    """Normalized hashes per (flavour, level) of the datasets to exclude (``AssembleOptions.exclude_datasets``).

    Raises:
        ConfigError: a path holds no assembled dataset.
    """
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in datasets:
        for level in LEVELS:
            for flavour, hashes in iter_function_hashes(path, level=level).items():
                out[(flavour, level)] |= hashes
    return dict(out)


def token_bin(tokens: int) -> int:
    """The histogram bin of a length: the smallest power of two >= tokens (bins 64, 128, ... as upper bounds)."""
    bound = 64
    while bound < tokens:
        bound *= 2
    return bound


def summarize_reason(reason: str) -> str:
    """A failure reason without file locations, so equal causes group together in the card.

    >>> summarize_reason("does not compile: /src/a.c:3:10: fatal error: 'config.h' file not found")
    "fatal error: 'config.h' file not found"
    """
    reason = reason.strip().removeprefix("does not compile: ")
    return _LOCATION_RE.sub("", reason)[:160]


def render_card(manifest: dict[str, Any]) -> str:
    """The dataset card (README.md) for a manifest: configs header, sources, licences, counts, histogram, failures."""
    lines = ["---", "configs:"]
    for flavour, levels in sorted(manifest["counts"].items()):
        for level in LEVELS:
            if level not in levels:
                continue
            lines += [f"- config_name: {flavour}-{level}", "  data_files:"]
            for split in SPLITS:
                if levels[level].get(split):
                    lines += [f"  - split: {split}", f"    path: {flavour}/{level}/{split}-*.parquet"]
    lines += [
        "---",
        "",
        f"# {manifest['name']}",
        "",
        (
            "Unoptimized LLVM IR for training and evaluating compiler-optimization models, built by `llmopt data "
            "corpus`. One config per IR flavour and level: `module` rows are whole translation units, `function` "
            "rows one function each (extracted with `llvm-extract`, declarations of what it uses included)."
        ),
        "",
        f"- LLVM: `{manifest['llvm']}`",
        f"- created: {manifest['created']}",
        (
            f"- flavours: {', '.join(sorted(manifest['counts'])) or 'none'} (`size`: clang -Oz -Xclang "
            "-disable-llvm-passes; `paper`: clang -O0 -Xclang -disable-O0-optnone)"
        ),
        "- deduplicated by normalized IR hash per flavour and level (first occurrence wins, train first)",
        "- splits are package-disjoint: every package is in exactly one split",
        f"- token counts: `{manifest['tokenizer']}` tokenizer"
        + (f", rows over {manifest['max_tokens']} tokens dropped" if manifest["max_tokens"] else ""),
        "",
        "## Counts (unique rows)",
        "",
        "| flavour | level | train | validation | test |",
        "|---|---|---|---|---|",
    ]
    for flavour, levels in sorted(manifest["counts"].items()):
        for level in LEVELS:
            if level in levels:
                c = levels[level]
                lines.append(f"| {flavour} | {level} | {c['train']} | {c['validation']} | {c['test']} |")
    lost = f"Duplicates dropped: {manifest['duplicates_dropped'] or 'none'}; too long: "
    lost += f"{manifest['too_long_dropped'] or 'none'}."
    excluded = manifest.get("excluded", {})
    if excluded.get("datasets"):
        lost += (
            f" Removed as copies of excluded datasets ({', '.join(excluded['datasets'])}): "
            f"{excluded['dropped'] or 'none'}."
        )
    lines += ["", lost, "", "## Sources and licences", ""]
    for source in manifest["sources"]:
        desc = ", ".join(f"{k}={v}" for k, v in source.items() if k not in ("name", "kind") and v not in (None, []))
        lines.append(f"- `{source['name']}` ({source['kind']}){': ' + desc if desc else ''}")
    tags = [f"{f}-{lv}" for f in sorted(manifest["counts"]) for lv in LEVELS]
    per_package = manifest.get("per_package", {})
    walltime = manifest.get("item_walltime_s", {})
    head = "| package | split | licence | " + " | ".join(tags) + " | failures | item s |"
    lines += ["", "Unique rows per package (after dedup), failures recorded and the item's wall time.", "", head]
    lines.append("|---" * (len(tags) + 5) + "|")
    split_of = {p: s for s, ps in manifest["packages"].items() for p in ps}
    for package, licence in manifest["licences"].items():
        counts = per_package.get(package, {})
        cells = " | ".join(str(counts.get(t, 0)) for t in tags)
        lines.append(
            f"| {package} | {split_of.get(package, '(no rows)')} | {licence.replace('|', '/')} | {cells} | "
            f"{counts.get('failures', 0)} | {walltime.get(package, 0)} |"
        )
    lines.append(f"\nSum of item wall times: {sum(walltime.values()):.0f} s (work of all workers, not elapsed time).")
    lines += ["", "## Token-length histogram", "", "Rows per length bin (upper bound, tokens).", ""]
    tags = sorted(manifest["token_histogram"])
    hist = {t: dict(pairs) for t, pairs in manifest["token_histogram"].items()}
    bins = sorted({b for h in hist.values() for b in h})
    if tags:
        lines += ["| ≤ tokens | " + " | ".join(tags) + " |", "|---" * (len(tags) + 1) + "|"]
        for b in bins:
            lines.append(f"| {b} | " + " | ".join(str(hist[t].get(b, 0)) for t in tags) + " |")
    items = f"Items: {manifest['items']} ({manifest['items_failed']} produced nothing). "
    items += f"Failures by stage: {manifest['failures_by_stage'] or 'none'}."
    lines += ["", "## What was lost", "", items, ""]
    if manifest["top_failure_reasons"]:
        lines += ["| count | reason |", "|---|---|"]
        lines += [f"| {n} | {reason.replace('|', '/')} |" for reason, n in manifest["top_failure_reasons"]]
    lines += [
        "",
        "## Use",
        "",
        "```python",
        "from llmopt.data import load_corpus",
        "train = load_corpus(path, flavour='size', level='function', split='train')",
        "```",
        "",
    ]
    return "\n".join(lines)


def read_manifest(path: str | Path) -> dict[str, Any]:
    """The manifest of an assembled dataset (``path`` may be the dataset dir or the build's data dir).

    Raises:
        ConfigError: no dataset there.
    """
    path = Path(path)
    for candidate in (path / MANIFEST, path / "dataset" / MANIFEST):
        if candidate.is_file():
            return json.loads(candidate.read_text())
    raise ConfigError(f"{path} holds no llmopt dataset (no {MANIFEST}); build one with: llmopt data corpus")


def dataset_dir(path: str | Path) -> Path:
    """The dataset directory for a dataset dir or a build's data dir."""
    path = Path(path)
    return path if (path / MANIFEST).is_file() else path / "dataset"


def load_corpus(path: str | Path, flavour: str = "size", level: str = "function", split: str = "train") -> Any:
    """One split of one config as a ``datasets.Dataset``.

    Raises:
        ConfigError: no such dataset, or the config/split has no rows.
    """
    import datasets

    root = dataset_dir(path)
    read_manifest(root)
    files = sorted(str(p) for p in (root / flavour / level).glob(f"{split}-*.parquet"))
    if not files:
        raise ConfigError(f"{root} has no rows for flavour={flavour} level={level} split={split}")
    return datasets.load_dataset("parquet", data_files={split: files}, split=split)


def iter_function_hashes(path: str | Path, flavour: str | None = None, level: str = "function") -> dict[str, set[str]]:
    """Normalized hashes of a dataset's rows per flavour (for overlap checks), read from the Parquet shards only."""
    import pyarrow.parquet as pq

    root = dataset_dir(path)
    manifest = read_manifest(root)
    out: dict[str, set[str]] = {}
    for fl in sorted(manifest["counts"]):
        if flavour is not None and fl != flavour:
            continue
        hashes: set[str] = set()
        for shard in sorted((root / fl / level).glob("*.parquet")):
            hashes.update(pq.read_table(shard, columns=["normalized_hash"]).column(0).to_pylist())
        out[fl] = hashes
    return out
