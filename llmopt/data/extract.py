"""Turn one prepared corpus item into rows: per translation unit and per function unoptimized IR, in each flavour.

This is the worker side of a corpus build. For every unit and flavour it compiles (``compile_source``), hashes the
normalized module (``normalized_hash``), splits it per function (``split_functions``) and hashes every function. The
rows and a completion record are written atomically under the build directory, so a killed build resumes by skipping
items whose record exists (``ItemRecord.load``).

Limits: no deduplication here (that needs every item; ``llmopt.data.assemble`` does it in a fixed order); modules
larger than ``ExtractOptions.max_split_bytes`` keep their module row but are not split, because ``llvm-extract``
re-parses the whole module once per function.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.data.sources import ItemFailure, PreparedItem, Source, SourceItem
from llmopt.errors import InputError, ToolError
from llmopt.toolchain import (
    Flavour,
    IRModule,
    Toolchain,
    compile_source,
    normalized_hash,
    split_functions,
    write_atomic,
)

ROW_COLUMNS = (
    "source",
    "package",
    "item",
    "path",
    "flavour",
    "level",
    "name",
    "ir",
    "normalized_hash",
    "instruction_count",
    "licence",
    "llvm",
)


@dataclass(frozen=True)
class ExtractOptions:
    """How units are compiled and split.

    Attributes:
        flavours: IR flavours to produce (each unit is compiled once per flavour).
        compile_timeout_s: clang time limit per unit.
        max_split_bytes: modules larger than this (textual IR) are kept whole but not split per function.
    """

    flavours: tuple[Flavour, ...] = (Flavour.SIZE, Flavour.PAPER)
    compile_timeout_s: float = 60.0
    max_split_bytes: int = 4_000_000

    def to_dict(self) -> dict[str, Any]:
        return {
            "flavours": [f.value for f in self.flavours],
            "compile_timeout_s": self.compile_timeout_s,
            "max_split_bytes": self.max_split_bytes,
        }


@dataclass
class ItemRecord:
    """The completion record of one item: what was produced, what failed and why. Its existence means "done"."""

    source: str
    key: str
    package: str
    status: str
    licence: str
    provenance: dict[str, str]
    units: int
    modules: dict[str, int]
    functions: dict[str, int]
    failures: list[dict[str, str]]
    walltime_s: float
    finished_at: float
    rows_file: str | None = None
    attempt: int = 1
    options: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def paths(items_dir: Path, item: SourceItem) -> tuple[Path, Path]:
        base = items_dir / item.source / item.key
        return base.with_suffix(".json"), base.with_suffix(".parquet")

    @classmethod
    def load(cls, path: Path) -> ItemRecord | None:
        try:
            return cls(**json.loads(path.read_text()))
        except (OSError, ValueError, TypeError):
            return None  # absent or torn (cannot be torn: written atomically) means not done

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(asdict(self), indent=1, sort_keys=True))


def process_item(
    source: Source,
    item: SourceItem,
    work_root: Path,
    items_dir: Path,
    toolchain: Toolchain,
    options: ExtractOptions,
    attempt: int = 1,
) -> ItemRecord:
    """Prepare, compile, split and hash one item; write its rows (Parquet) then its completion record (JSON).

    Returns:
        The record (also on disk). Bad input never raises: failures are listed in the record.
    """
    start = time.perf_counter()
    workdir = work_root / item.source / item.key
    try:
        prepared = source.prepare(item, workdir, toolchain)
    except (OSError, ToolError, InputError) as e:  # a source's own environment problem, e.g. disk full
        prepared = PreparedItem(
            [], "unknown", {"source": item.source}, [ItemFailure("prepare", item.key, f"{type(e).__name__}: {e}")]
        )
    rows: list[dict[str, Any]] = []
    failures = list(prepared.failures)
    modules = {f.value: 0 for f in options.flavours}
    functions = {f.value: 0 for f in options.flavours}
    hash_cache: dict[str, str] = {}
    for unit in prepared.units:
        for flavour in options.flavours:
            produced = _process_unit(unit, flavour, item, prepared, toolchain, options, failures, hash_cache)
            if produced:
                modules[flavour.value] += 1
                functions[flavour.value] += len(produced) - 1
                rows.extend(produced)
    record_path, rows_path = ItemRecord.paths(items_dir, item)
    if rows:
        _write_rows(rows_path, rows)
    status = "ok" if rows else "failed"
    record = ItemRecord(
        source=item.source,
        key=item.key,
        package=item.package,
        status=status,
        licence=prepared.licence,
        provenance=dict(prepared.provenance),
        units=len(prepared.units),
        modules=modules,
        functions=functions,
        failures=[f.to_dict() for f in failures],
        walltime_s=round(time.perf_counter() - start, 3),
        finished_at=time.time(),
        rows_file=rows_path.name if rows else None,
        attempt=attempt,
        options=options.to_dict(),
    )
    record.save(record_path)
    return record


def _process_unit(
    unit: Any,
    flavour: Flavour,
    item: SourceItem,
    prepared: PreparedItem,
    toolchain: Toolchain,
    options: ExtractOptions,
    failures: list[ItemFailure],
    hash_cache: dict[str, str],
) -> list[dict[str, Any]]:
    """Rows of one unit in one flavour: the module row first, then one row per function (empty on failure)."""
    try:
        module = compile_source(
            toolchain,
            unit.path,
            flavour,
            extra_args=("-w", "-ferror-limit=1", *unit.args),
            timeout_s=options.compile_timeout_s,
        )
    except InputError as e:
        reason = str(e).split(": ", 1)[-1] if str(e).startswith(str(unit.path)) else str(e)
        if flavour is options.flavours[0]:  # the same error in every flavour; record it once
            failures.append(ItemFailure("compile", unit.relpath, reason))
        return []
    if not module.defined_functions:  # headers-only, all code #if'd out, or only unused statics
        if flavour is options.flavours[0]:
            failures.append(ItemFailure("empty", unit.relpath, "compiles to no function definitions"))
        return []
    base = {
        "source": item.source,
        "package": item.package,
        "item": item.key,
        "path": unit.relpath,
        "flavour": flavour.value,
        "licence": prepared.licence,
        "llvm": toolchain.identity,
    }
    try:
        rows = [
            {
                **base,
                "level": "module",
                "name": Path(unit.relpath).stem,
                "ir": module.text,
                "normalized_hash": normalized_hash(toolchain, module),
                "instruction_count": module.instruction_count,
            }
        ]
        if module.size_bytes > options.max_split_bytes:
            failures.append(
                ItemFailure(
                    "split",
                    unit.relpath,
                    f"{flavour.value}: module of {module.size_bytes} bytes "
                    f"is over the split limit {options.max_split_bytes}",
                )
            )
            return rows
        for part in split_functions(toolchain, module):
            fn = part.provenance.get("function", part.name)
            rows.append(
                {
                    **base,
                    "level": "function",
                    "name": fn,
                    "ir": part.text,
                    "normalized_hash": _cached_normalized_hash(toolchain, part, hash_cache),
                    "instruction_count": part.instruction_count,
                }
            )
    except ToolError as e:
        failures.append(ItemFailure("split", unit.relpath, f"{flavour.value}: {e}"))
        return []
    return rows


def _cached_normalized_hash(toolchain: Toolchain, module: IRModule, cache: dict[str, str]) -> str:
    """``normalized_hash``, reusing the result for text that differs only in lines normalization drops anyway.

    Packages that include one library source into many units (test suites) and Csmith's helper functions repeat the
    same extracted function many times; this saves one ``opt`` run per repeat.
    """
    kept = [ln for ln in module.text.splitlines() if not ln.startswith(("; ModuleID", "source_filename"))]
    key = hashlib.sha256("\n".join(kept).encode()).hexdigest()
    if key not in cache:
        cache[key] = normalized_hash(toolchain, module)
    return cache[key]


def _write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=row_schema())
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    write_atomic(path, buffer.getvalue())


def row_schema() -> Any:
    """The Arrow schema of corpus rows (items and the assembled dataset share it, plus ``split`` and ``tokens``)."""
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name == "instruction_count" else pa.string()) for name in ROW_COLUMNS])


def module_of_row(row: dict[str, Any]) -> IRModule:
    """The IRModule of a corpus row (for downstream task builders)."""
    return IRModule(
        text=row["ir"],
        name=row["name"],
        flavour=Flavour(row["flavour"]),
        provenance={"source": row["source"], "package": row["package"], "path": row["path"], "licence": row["licence"]},
    )
