"""A training release: the labelled programs, their labels and the dense size matrix, kept in git.

Why: each round of work starts on a new machine, and rebuilding the corpus and re-running the autotuner takes hours.
A release is what a new machine trains from: compressed Parquet files under a versioned name (e.g.
``data/releases/flagtune-v1/``), a ``manifest.json`` that names every file with its SHA-256, size and row count, and
a ``card.md``. ``check_release`` verifies a release against its manifest (a tampered, missing or extra file is a
problem); ``llmopt data release`` writes one and ``llmopt data check-release`` checks one.

Files:
- ``programs.parquet``: one row per labelled program (``module_hash``, flavour, level, split, name, package, path,
  licence, the unoptimized ``ir``, ``normalized_hash``, ``instruction_count``).
- ``labels.parquet``: per program, the best accepted list (``default<Oz>`` when nothing beat it), sizes and
  instruction counts of best / -Oz / -O0, gain over -Oz, how it was found, and the top of the tuner's ranking.
- ``lists.parquet``: the matrix's lists (id, pipeline, where it came from, gate verdict).
- ``size_matrix.parquet``: (module_hash, flavour, level, list_id, binary_size), null where the list failed.

Contamination: before writing, every program whose functions' normalized hashes appear in an evaluation suite (the
project benchmark, the held-out packages' build) is removed; the card prints the overlap found and what went.

The manifest pins the corpus' input: each Debian package's fetched version and the SHA-256 of every archive its
signed ``.dsc`` lists, beside each row's ``normalized_hash``; rebuilding the corpus needs those same versions.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.data.debian import read_dsc
from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Toolchain
from llmopt.toolchain.ir import write_atomic

FORMAT = "llmopt-release"
MANIFEST = "manifest.json"
CARD = "card.md"
TABLES = ("programs", "labels", "lists", "size_matrix")
RANKING_TOP = 10


@dataclass
class ReleaseSummary:
    """What a release holds, for the card, the CLI and the caller's note."""

    name: str
    path: Path
    counts: dict[str, int]  # "flavour/level/split" -> labelled programs
    improved: dict[str, int]
    geomean_gain: dict[str, float]
    lists: int
    removed: dict[str, int]  # suite -> programs removed as overlapping
    overlap: list[dict[str, Any]]
    files: dict[str, dict[str, Any]]
    bytes_total: int
    stages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "counts": self.counts,
            "improved": self.improved,
            "geomean_gain": self.geomean_gain,
            "lists": self.lists,
            "removed": self.removed,
            "overlap": self.overlap,
            "files": self.files,
            "bytes_total": self.bytes_total,
            "stages": self.stages,
        }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _label_runs(stores: Sequence[Path]) -> list[tuple[dict[str, Any], list[dict[str, Any]], Any]]:
    """(what was labelled, its records, its stage table) per labelling store."""
    from llmopt.autotune.label import LABEL_KIND
    from llmopt.autotune.store import ResultStore, store_path

    runs = []
    for path in stores:
        if not store_path(path).is_file():
            raise InputError(
                f"{path}: no labelling results; make them with `llmopt autotune label CORPUS --out {path}`"
            )
        with ResultStore(path) as store:
            meta = store.get_meta("labelled")
            records = [r for r in store.records() if r.get("kind") == LABEL_KIND]
            stages = store.get_meta("stages")
        if not meta or not records:
            raise InputError(f"{path}: not a finished `llmopt autotune label` run (no labelled records)")
        runs.append((meta, records, stages))
    return runs


def _suite_hashes(toolchain: Toolchain, suites: Sequence[Path], flavours: list[str]) -> dict[str, dict[str, set[str]]]:
    """Normalized function hashes of each evaluation suite (a dataset or a directory of C/C++/IR), per flavour."""
    from llmopt.data.assemble import iter_function_hashes
    from llmopt.data.overlap import is_dataset, suite_function_hashes

    out: dict[str, dict[str, set[str]]] = {}
    for suite in suites:
        if is_dataset(suite):
            out[str(suite)] = iter_function_hashes(suite)
        else:
            out[str(suite)] = suite_function_hashes(toolchain, suite, flavours)[0]
    return out


def build_release(
    toolchain: Toolchain,
    corpus: Path,
    stores: Sequence[Path],
    out: Path,
    *,
    name: str,
    suites: Sequence[Path] = (),
    command: str = "",
) -> ReleaseSummary:
    """Write a release from labelling stores (``llmopt autotune label``) over ``corpus``.

    Raises:
        InputError: a store is missing or unfinished, or its programs are not in the corpus.
        ConfigError: ``out`` already holds another release.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from llmopt.autotune.specs import ProgramSpec
    from llmopt.data.assemble import load_corpus, read_manifest
    from llmopt.data.extract import module_of_row

    if (out / MANIFEST).is_file() and json.loads((out / MANIFEST).read_text()).get("name") != name:
        raise ConfigError(f"{out} holds another release; choose another directory")
    corpus_manifest = read_manifest(corpus)
    runs = _label_runs(stores)
    flavours = sorted({m["flavour"] for m, _, _ in runs})
    suite_hashes = _suite_hashes(toolchain, suites, flavours)
    programs: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    matrix: list[dict[str, Any]] = []
    list_ids: dict[str, int] = {}
    list_rows: list[dict[str, Any]] = []
    removed: Counter[str] = Counter()
    overlap: list[dict[str, Any]] = []
    stages: dict[str, list[dict[str, Any]]] = {}
    verdicts = _verdicts(stores)
    for meta, records, stage_table in runs:
        flavour, level, split = meta["flavour"], meta["level"], meta["split"]
        tag = f"{flavour}/{level}/{split}"
        stages[tag] = stage_table or []
        rows = {
            ProgramSpec.from_module(module_of_row(r)).to_module().hash: r
            for r in load_corpus(corpus, flavour=flavour, level=level, split=split)
        }
        unit_hashes: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in load_corpus(corpus, flavour=flavour, level="function", split=split):
            unit_hashes[(r["package"], r["path"])].add(r["normalized_hash"])
        seen = 0
        for suite, hashes in suite_hashes.items():
            suite_set = hashes.get(flavour, set())
            hits = 0
            for rec in records:
                row = rows.get(rec["module_hash"])
                if row is not None and _overlaps(row, level, unit_hashes, suite_set):
                    hits += 1
            overlap.append({"run": tag, "suite": suite, "suite_functions": len(suite_set), "overlapping": hits})
        for rec in sorted(records, key=lambda r: r["module_hash"]):
            row = rows.get(rec["module_hash"])
            if row is None:
                raise InputError(f"{rec['name']}: labelled program not in {corpus} ({tag}); label this corpus again")
            hit = next(
                (s for s, h in suite_hashes.items() if _overlaps(row, level, unit_hashes, h.get(flavour, set()))),
                None,
            )
            if hit is not None:
                removed[hit] += 1
                continue
            seen += 1
            programs.append(
                {
                    "module_hash": rec["module_hash"],
                    "flavour": flavour,
                    "level": level,
                    "split": split,
                    "name": row["name"],
                    "package": row["package"],
                    "path": row["path"],
                    "source": row["source"],
                    "licence": row["licence"],
                    "ir": row["ir"],
                    "normalized_hash": row["normalized_hash"],
                    "instruction_count": row["instruction_count"],
                }
            )
            sizes = {p: (math.inf if s is None else float(s)) for p, s in rec["sizes"].items()}
            ranking = sorted(sizes.items(), key=lambda kv: (kv[1], kv[0]))[:RANKING_TOP]
            labels.append(
                {
                    "module_hash": rec["module_hash"],
                    "flavour": flavour,
                    "level": level,
                    "split": split,
                    "best_passes": rec["best_passes"],
                    "improvable": rec["best_binary_size"] < rec["oz_binary_size"],
                    "best_binary_size": rec["best_binary_size"],
                    "oz_binary_size": rec["oz_binary_size"],
                    "o0_binary_size": rec["o0_binary_size"],
                    "best_instruction_count": rec["best_instruction_count"],
                    "oz_instruction_count": rec["oz_instruction_count"],
                    "o0_instruction_count": rec["o0_instruction_count"],
                    "gain_over_oz": rec["gain_over_oz"],
                    "found_by": rec["found_by"],
                    "ranking": json.dumps([[p, None if math.isinf(s) else s] for p, s in ranking]),
                    "toolchain": rec["toolchain"],
                    "codegen": rec["codegen"],
                    "seed": rec.get("seed", 0),
                }
            )
            for pipeline, size in sorted(sizes.items()):
                if pipeline not in list_ids:
                    list_ids[pipeline] = len(list_ids)
                    accepted, reason = verdicts.get(pipeline, (None, ""))
                    list_rows.append(
                        {
                            "list_id": list_ids[pipeline],
                            "pipeline": pipeline,
                            "gate_accepted": accepted,
                            "gate_reason": reason,
                        }
                    )
                matrix.append(
                    {
                        "module_hash": rec["module_hash"],
                        "flavour": flavour,
                        "level": level,
                        "list_id": list_ids[pipeline],
                        "binary_size": None if math.isinf(size) else int(size),
                    }
                )
        if seen == 0:
            raise InputError(f"{tag}: every labelled program overlaps an evaluation suite; nothing to release")
    out.mkdir(parents=True, exist_ok=True)
    tables = {"programs": programs, "labels": labels, "lists": list_rows, "size_matrix": matrix}
    files: dict[str, dict[str, Any]] = {}
    for table, rows_of in tables.items():
        path = out / f"{table}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        pq.write_table(pa.Table.from_pylist(rows_of), tmp, compression="zstd", compression_level=19)
        tmp.replace(path)
        files[path.name] = {"sha256": _sha256(path), "bytes": path.stat().st_size, "rows": len(rows_of)}
    summary = _summarize(name, out, labels, list_rows, removed, overlap, files, stages)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "name": name,
        "created_s": time.time(),
        "command": command,
        "llvm": toolchain.identity,
        "corpus": {
            "name": corpus_manifest.get("name"),
            "llvm": corpus_manifest.get("llvm"),
            "packages": _package_versions(corpus),
        },
        "files": files,
        "summary": {k: v for k, v in summary.to_json().items() if k not in ("files", "path")},
    }
    write_atomic(out / CARD, render_card(manifest))
    manifest["files"][CARD] = {"sha256": _sha256(out / CARD), "bytes": (out / CARD).stat().st_size, "rows": None}
    write_atomic(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    summary.files = manifest["files"]
    summary.bytes_total = sum(f["bytes"] for f in manifest["files"].values()) + (out / MANIFEST).stat().st_size
    return summary


def _overlaps(row: dict[str, Any], level: str, unit_hashes: dict[tuple[str, str], set[str]], suite: set[str]) -> bool:
    """A function row overlaps when its hash is in the suite; a module row when any function of its unit is (a TU
    holding a copy of evaluation code) or its own hash is."""
    if row["normalized_hash"] in suite:
        return True
    return level == "module" and bool(unit_hashes.get((row["package"], row["path"]), set()) & suite)


def _verdicts(stores: Sequence[Path]) -> dict[str, tuple[bool | None, str]]:
    from llmopt.autotune.store import ResultStore

    out: dict[str, tuple[bool | None, str]] = {"default<Oz>": (True, "trusted: the compiler's own -Oz")}
    for path in stores:
        with ResultStore(path) as store:
            for pipeline in store.get_meta("pool_and_broadcast") or []:
                got = store.get_verdict(pipeline)
                if got is not None:
                    out.setdefault(pipeline, got)
    return out


def _package_versions(corpus: Path) -> dict[str, dict[str, Any]]:
    """Per item of the corpus build: source, version, archive and what it produced (the rebuild recipe)."""
    items = Path(corpus) / "items"
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(items.glob("*/*.json")) if items.is_dir() else []:
        data = json.loads(path.read_text())
        prov = dict(data.get("provenance") or {})
        if "files" not in prov:  # built before provenance carried the .dsc: read it from the kept work directory
            prov.update(read_dsc(Path(corpus) / "work" / path.parent.name / str(data.get("key"))) or {})
        out[f"{data.get('source')}/{data.get('key')}"] = {
            "version": prov.get("version_fetched") or prov.get("version"),
            "dsc": prov.get("dsc"),
            "files": prov.get("files"),
            "archive": prov.get("archive"),
            "licence": data.get("licence"),
            "status": data.get("status"),
            "functions": data.get("functions"),
            "modules": data.get("modules"),
        }
    return out


def _summarize(
    name: str,
    out: Path,
    labels: list[dict[str, Any]],
    lists: list[dict[str, Any]],
    removed: Counter[str],
    overlap: list[dict[str, Any]],
    files: dict[str, dict[str, Any]],
    stages: dict[str, list[dict[str, Any]]],
) -> ReleaseSummary:
    from llmopt.autotune.label import geomean_gain

    by_tag: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in labels:
        by_tag[f"{row['flavour']}/{row['level']}/{row['split']}"].append(row)
    return ReleaseSummary(
        name=name,
        path=out,
        counts={t: len(rows) for t, rows in sorted(by_tag.items())},
        improved={t: sum(1 for r in rows if r["improvable"]) for t, rows in sorted(by_tag.items())},
        geomean_gain={
            t: geomean_gain([(r["best_binary_size"], r["oz_binary_size"]) for r in rows])
            for t, rows in sorted(by_tag.items())
        },
        lists=len(lists),
        removed=dict(removed),
        overlap=overlap,
        files=files,
        bytes_total=sum(f["bytes"] for f in files.values()),
        stages=stages,
    )


def render_card(manifest: dict[str, Any]) -> str:
    """The release's card: what it holds, how it was made, its contamination check, and how to check it."""
    s = manifest["summary"]
    lines = [
        f"# {manifest['name']}",
        "",
        f"Flag-tuning labels and a dense size matrix made with {manifest['llvm']} from the corpus "
        f"`{manifest['corpus']['name']}` ({len(manifest['corpus']['packages'])} items).",
        "",
        f"Made by: `{manifest['command']}`" if manifest.get("command") else "",
        "",
        "## Labelled programs",
        "",
        "| flavour/level/split | programs | label beats -Oz | geomean gain vs -Oz |",
        "|---|---|---|---|",
    ]
    for tag, count in s["counts"].items():
        improved = s["improved"][tag]
        lines.append(
            f"| {tag} | {count} | {improved} ({improved / count:.1%}) | {s['geomean_gain'][tag] * 100:+.2f} % |"
        )
    lines += ["", f"Lists in the size matrix: {s['lists']} (`lists.parquet`, with gate verdicts).", ""]
    for tag, table in s.get("stages", {}).items():
        if not table:
            continue
        lines += [
            f"### Labelling stages, {tag}",
            "",
            "| stage | geomean gain vs -Oz | improved | evaluations | measured | gate calls | wall s |",
            "|---|---|---|---|---|---|---|",
        ]
        for st in table:
            lines.append(
                f"| {st['stage']} | {st['geomean_gain'] * 100:+.2f} % | {st['improved']} | {st['evaluations']} | "
                f"{st['measured']} | {st['gate_calls']} | {st['walltime_s']:.0f} |"
            )
        lines.append("")
    lines += [
        "## Contamination",
        "",
        "Programs whose functions' normalized hashes appear in an evaluation suite, found before writing and removed:",
        "",
        "| run | suite | suite functions | overlapping programs |",
        "|---|---|---|---|",
    ]
    lines += [f"| {o['run']} | {o['suite']} | {o['suite_functions']} | {o['overlapping']} |" for o in s["overlap"]]
    lines += [
        "",
        f"Removed in all: {sum(s['removed'].values())} ({s['removed'] or 'none'}).",
        "",
        "## Files",
        "",
        "| file | rows | bytes | sha256 |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {n} | {f['rows']} | {f['bytes']} | `{f['sha256'][:16]}…` |"
        for n, f in sorted(manifest["files"].items())
        if n != CARD
    ]
    lines += [
        "",
        f"Check it: `llmopt data check-release {manifest['name']}-dir` (every file against `{MANIFEST}`).",
        "",
        "## Limits",
        "",
        "- Labels are the best of a pool of gate-accepted lists plus the broadcast of the most frequent search bests,",
        "  not a full per-program autotune (see the stage table for what each stage added).",
        "- The corpus' inputs are pinned by archive: `manifest.json` (`corpus.packages`) gives each Debian package's"
        " fetched version and the SHA-256 of every file its `.dsc` lists; a later point release may ship other"
        " versions, so compare before rebuilding.",
        "",
    ]
    return "\n".join(line for line in lines if line is not None)


def check_release(path: Path) -> list[str]:
    """Problems of a release against its manifest (empty: it checks): missing, extra, resized or altered files and
    Parquet row counts that differ from the manifest."""
    import pyarrow.parquet as pq

    path = Path(path)
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        return [f"{path}: no {MANIFEST} (not a release)"]
    try:
        manifest = json.loads(manifest_path.read_text())
    except json.JSONDecodeError as e:
        return [f"{manifest_path}: not JSON ({e})"]
    if manifest.get("format") != FORMAT:
        return [f"{manifest_path}: format {manifest.get('format')!r}, expected {FORMAT!r}"]
    problems = []
    listed = manifest.get("files", {})
    for name, want in sorted(listed.items()):
        file = path / name
        if not file.is_file():
            problems.append(f"{name}: missing")
            continue
        if file.stat().st_size != want["bytes"]:
            problems.append(f"{name}: {file.stat().st_size} bytes, manifest says {want['bytes']}")
        if _sha256(file) != want["sha256"]:
            problems.append(f"{name}: sha256 differs from the manifest (altered)")
            continue
        if want.get("rows") is not None and pq.ParquetFile(file).metadata.num_rows != want["rows"]:
            problems.append(f"{name}: row count differs from the manifest")
    extra = sorted(p.name for p in path.iterdir() if p.is_file() and p.name not in listed and p.name != MANIFEST)
    problems += [f"{name}: not in the manifest" for name in extra]
    return problems


def load_release(path: Path, table: str) -> Any:
    """One table of a checked release as a ``pyarrow.Table``.

    Raises:
        ConfigError: unknown table, or the release fails its check (one line naming the first problem).
    """
    import pyarrow.parquet as pq

    if table not in TABLES:
        raise ConfigError(f"unknown release table {table!r}; tables: {', '.join(TABLES)}")
    problems = check_release(path)
    if problems:
        raise ConfigError(
            f"{path}: release check failed: {problems[0]}" + (f" (+{len(problems) - 1} more)" * (len(problems) > 1))
        )
    return pq.read_table(Path(path) / f"{table}.parquet")


def is_release(path: str | Path) -> bool:
    """Whether ``path`` is a release directory (its ``manifest.json`` names the release format)."""
    manifest = Path(path) / MANIFEST
    if not manifest.is_file():
        return False
    try:
        return json.loads(manifest.read_text()).get("format") == FORMAT
    except (OSError, ValueError):
        return False


def release_records(path: Path) -> dict[str, dict[str, Any]]:
    """A release's labels in the shape of the autotuner's ``TuningRecord`` JSON, by module hash.

    Why: task builders (``flag_tuning``) read labels as autotune records; with this a new machine builds its training
    set from the committed release, with no autotune store and no corpus rebuild.
    """
    out: dict[str, dict[str, Any]] = {}
    for r in load_release(path, "labels").to_pylist():
        out[r["module_hash"]] = {
            "module_hash": r["module_hash"],
            "toolchain": r["toolchain"],
            "codegen": r["codegen"],
            "seed": r["seed"],
            "found_by": r["found_by"],
            "best_passes": r["best_passes"],
            "oz_binary_size": r["oz_binary_size"],
            "best": {
                "status": "ok",
                "binary_size": r["best_binary_size"],
                "instruction_count": r["best_instruction_count"],
            },
            "o0": {"status": "ok", "binary_size": r["o0_binary_size"], "instruction_count": r["o0_instruction_count"]},
            "oz": {"status": "ok", "binary_size": r["oz_binary_size"], "instruction_count": r["oz_instruction_count"]},
        }
    return out


@dataclass(frozen=True)
class SizeMatrix:
    """A release's programs of one flavour and level, with their labels, and their sizes under every gate-accepted
    list (``sizes[i, j]``: program i under ``lists[j]``; NaN: the list failed or was not measured).

    Why here: rankers are fitted on it and benchmarks measure rankers on it; one reader keeps them on the same
    numbers. ``-Oz`` (the backup every strategy keeps) is not a column: it is each label's ``oz_binary_size``.
    """

    programs: list[dict[str, Any]]  # release program rows, each with its "label" row
    lists: list[str]
    sizes: Any  # numpy array (programs x lists)

    def split(self, *names: str) -> SizeMatrix:
        """The programs of these splits only (same lists)."""
        keep = [i for i, p in enumerate(self.programs) if p["split"] in names]
        return SizeMatrix([self.programs[i] for i in keep], self.lists, self.sizes[keep])

    def log_ratios(self) -> Any:
        """``log(size / -Oz size)`` per program and list (NaN where the size is)."""
        import numpy as np

        oz = np.array([[p["label"]["oz_binary_size"]] for p in self.programs], dtype=float)
        return np.log(self.sizes / oz)


def load_size_matrix(path: Path, *, level: str, flavour: str) -> SizeMatrix:
    """The ``SizeMatrix`` of a checked release for one level (function, module) and flavour.

    Raises:
        ConfigError: the release fails its check.
    """
    import numpy as np

    programs = [
        p for p in load_release(path, "programs").to_pylist() if p["level"] == level and p["flavour"] == flavour
    ]
    labels = {
        (r["module_hash"], r["flavour"]): r for r in load_release(path, "labels").to_pylist() if r["level"] == level
    }
    accepted = {r["list_id"]: r["pipeline"] for r in load_release(path, "lists").to_pylist() if r["gate_accepted"]}
    ids = sorted(i for i, pipeline in accepted.items() if pipeline != "default<Oz>")
    column = {list_id: j for j, list_id in enumerate(ids)}
    index = {p["module_hash"]: i for i, p in enumerate(programs)}
    sizes = np.full((len(programs), len(ids)), np.nan)
    for m in load_release(path, "size_matrix").to_pylist():
        if m["level"] != level or m["flavour"] != flavour or m["binary_size"] is None:
            continue
        i, j = index.get(m["module_hash"]), column.get(m["list_id"])
        if i is not None and j is not None:
            sizes[i, j] = m["binary_size"]
    for p in programs:
        p["label"] = labels[(p["module_hash"], flavour)]
    return SizeMatrix(programs, [accepted[i] for i in ids], sizes)


def release_corpus(path: Path, out: Path) -> Path:
    """Write a release's programs as a corpus dataset (the layout ``llmopt data corpus`` assembles) and return it.

    Task builds read corpora; this view lets them read a release instead. Written once per release content (the
    manifest's SHA-256 names it), atomically: a reader never sees half a view.

    Raises:
        ConfigError: the release fails its check.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from llmopt.data.assemble import MANIFEST as CORPUS_MANIFEST

    programs = load_release(path, "programs").to_pylist()
    manifest = json.loads((Path(path) / MANIFEST).read_text())
    view = Path(out) / f"{manifest['name']}-{_sha256(Path(path) / MANIFEST)[:12]}"
    if (view / CORPUS_MANIFEST).is_file():
        return view
    staging = view.with_name(view.name + f".tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in programs:
        row = {**r, "item": r["package"], "llvm": manifest["llvm"], "tokens": len(r["ir"].split())}
        groups[(r["flavour"], r["level"], r["split"])].append(row)
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for (flavour, level, split), rows in sorted(groups.items()):
        (staging / flavour / level).mkdir(parents=True, exist_ok=True)
        rows.sort(key=lambda row: row["normalized_hash"])
        pq.write_table(pa.Table.from_pylist(rows), staging / flavour / level / f"{split}-00000.parquet")
        level_counts = counts.setdefault(flavour, {}).setdefault(level, {s: 0 for s in ("train", "validation", "test")})
        level_counts[split] = len(rows)
    corpus_manifest = {
        "name": f"{manifest['name']} (programs)",
        "llvm": manifest["llvm"],
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "counts": counts,
        "release": {"path": str(path), "manifest_sha256": _sha256(Path(path) / MANIFEST)},
        "sources": manifest.get("corpus", {}).get("sources", []),
        "licences": dict(sorted({r["package"]: r["licence"] for r in programs}.items())),
    }
    write_atomic(staging / CORPUS_MANIFEST, json.dumps(corpus_manifest, indent=1, sort_keys=True))
    shutil.rmtree(view, ignore_errors=True)
    staging.rename(view)
    return view
