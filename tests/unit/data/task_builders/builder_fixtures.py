"""Helpers of the task-builder tests: corpus-like rows made from the bundled C inputs, and task contexts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmopt.data.tasks.base import TaskContext
from llmopt.toolchain import Flavour, Toolchain, compile_source, normalized_hash, split_functions

SHAPES_C = Path(__file__).resolve().parents[3] / "data" / "c" / "shapes.c"


def function_rows(
    toolchain: Toolchain, path: Path = SHAPES_C, flavour: Flavour = Flavour.SIZE
) -> dict[str, dict[str, Any]]:
    """One corpus row per function of ``path``, keyed by the function's name (the corpus builder's row keys)."""
    rows = {}
    for part in split_functions(toolchain, compile_source(toolchain, path, flavour)):
        function = part.provenance["function"]
        rows[function] = {
            "name": part.name,
            "ir": part.text,
            "flavour": flavour.value,
            "package": "tests",
            "split": "train",
            "normalized_hash": normalized_hash(toolchain, part),
            "instruction_count": part.instruction_count,
            "licence": "test input",
            "source": "tests",
            "llvm": toolchain.identity,
        }
    return rows


def make_context(toolchain: Toolchain, data_dir: Path, timeout_s: float = 20.0, **options: Any) -> TaskContext:
    return TaskContext(
        bin_dir=str(toolchain.bin_dir),
        version=toolchain.version,
        data_dir=str(data_dir),
        seed=0,
        timeout_s=timeout_s,
        options=options,
    )
