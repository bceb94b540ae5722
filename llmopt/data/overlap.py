"""Contamination check: the share of functions whose normalized hash appears in two datasets (or a dataset and a suite).

Each side is either an assembled dataset (its ``function`` rows' stored hashes) or a benchmark suite given as a
directory of C/C++/IR files, which is compiled in every flavour the other side has, split per function and hashed the
same way (``normalized_hash``). Flavours are compared with themselves only: ``size`` and ``paper`` IR of one function
differ.

Limits: exact normalized-IR matches only (a function edited by one token counts as unseen); ``.ll``/``.bc`` files of a
suite are used as they are, so they are compared with every flavour.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmopt.data.assemble import MANIFEST, dataset_dir, iter_function_hashes
from llmopt.errors import ConfigError, InputError, ToolError
from llmopt.toolchain import Flavour, Toolchain, load_input, normalized_hash, split_functions
from llmopt.toolchain.ir import IR_SUFFIXES, iter_input_files


@dataclass(frozen=True)
class FlavourOverlap:
    """Overlap in one flavour: sizes of both hash sets, the shared count, and shares of each side."""

    flavour: str
    functions_a: int
    functions_b: int
    shared: int

    @property
    def share_of_a(self) -> float:
        return self.shared / self.functions_a if self.functions_a else 0.0

    @property
    def share_of_b(self) -> float:
        return self.shared / self.functions_b if self.functions_b else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "flavour": self.flavour,
            "functions_a": self.functions_a,
            "functions_b": self.functions_b,
            "shared": self.shared,
            "share_of_a": round(self.share_of_a, 6),
            "share_of_b": round(self.share_of_b, 6),
        }


@dataclass(frozen=True)
class OverlapReport:
    """Per-flavour overlaps between side A and side B, plus what could not be hashed on a suite side."""

    a: str
    b: str
    flavours: tuple[FlavourOverlap, ...]
    unreadable: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "flavours": [f.to_dict() for f in self.flavours],
            "unreadable": list(self.unreadable),
        }


def is_dataset(path: str | Path) -> bool:
    return (dataset_dir(path) / MANIFEST).is_file()


def suite_function_hashes(
    toolchain: Toolchain, path: str | Path, flavours: list[str]
) -> tuple[dict[str, set[str]], list[str]]:
    """Normalized function hashes of a directory (or file) of C/C++/IR, per flavour, and the files that failed.

    Raises:
        ConfigError: the path does not exist or holds no C/C++/IR files.
    """
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: neither a dataset nor a directory of C/C++/IR files")
    files = iter_input_files([path])
    if not files:
        raise ConfigError(f"{path} holds no C/C++ (.c, .cc, .cpp) or IR (.ll, .bc) files")
    out: dict[str, set[str]] = {f: set() for f in flavours}
    failed: list[str] = []
    for file in files:
        # IR has whatever flavour made it: hash it once and compare it with every flavour.
        targets = [(None, flavours)] if file.suffix in IR_SUFFIXES else [(f, [f]) for f in flavours]
        for flavour, into in targets:
            try:
                module = load_input(toolchain, file, Flavour(flavour or Flavour.SIZE))
                hashes = {normalized_hash(toolchain, part) for part in split_functions(toolchain, module)}
            except (InputError, ToolError) as e:
                failed.append(f"{flavour or 'ir'}: {e}")
                continue
            for f in into:
                out[f] |= hashes
    return out, failed


def compute_overlap(toolchain: Toolchain, a: str | Path, b: str | Path) -> OverlapReport:
    """Share of functions whose normalized hash appears in both A and B.

    Args:
        toolchain: used only to hash a suite side.
        a: a dataset (dir or build dir) or a directory of C/C++/IR files.
        b: the same kinds.

    Returns:
        The report; for dataset vs suite, ``share_of_b`` is the contamination of the suite.

    Raises:
        ConfigError: neither side is a dataset, or a side does not exist.
    """
    a_is, b_is = is_dataset(a), is_dataset(b)
    if not (a_is or b_is):
        raise ConfigError("overlap needs at least one assembled dataset (built by `llmopt data corpus`) as A or B")
    unreadable: list[str] = []
    hashes_a = iter_function_hashes(a) if a_is else None
    hashes_b = iter_function_hashes(b) if b_is else None
    if hashes_a is None:
        hashes_a, unreadable = suite_function_hashes(toolchain, a, sorted(hashes_b or {}))
    if hashes_b is None:
        hashes_b, unreadable = suite_function_hashes(toolchain, b, sorted(hashes_a))
    overlaps = tuple(
        FlavourOverlap(
            flavour, len(hashes_a[flavour]), len(hashes_b[flavour]), len(hashes_a[flavour] & hashes_b[flavour])
        )
        for flavour in sorted(set(hashes_a) & set(hashes_b))
    )
    return OverlapReport(str(a), str(b), overlaps, tuple(unreadable))
