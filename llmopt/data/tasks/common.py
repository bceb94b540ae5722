"""Helpers the task builders share: running ``opt`` on a row's IR, turning its failures into skip reasons and clean
error lines, seeded per-row randomness, and reading model outputs (JSONL) for a row.

Not covered: anything task-specific (each builder module owns its own labels).
"""

from __future__ import annotations

import hashlib
import json
import random
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmopt.data.tasks.base import TaskOutcome
from llmopt.prompts.compile_feedback import clean_tool_error

if TYPE_CHECKING:
    from llmopt.toolchain import Toolchain, ToolRun


@lru_cache(maxsize=4)
def load_completions(path: str) -> dict[str, str]:
    """Model outputs from a JSONL file, by ``normalized_hash`` and by ``name`` (first line wins for each key).

    Lines that are not JSON objects with a text ``completion`` are ignored (a half-written last line, notes).

    Raises:
        ConfigError: the file does not exist.
    """
    from llmopt.errors import ConfigError

    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"generations file {path} does not exist; pass a JSONL file of model outputs")
    out: dict[str, str] = {}
    for line in file.read_text().splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(record, dict) or not isinstance(record.get("completion"), str):
            continue
        for key in ("normalized_hash", "name"):
            value = record.get(key)
            if isinstance(value, str) and value:
                out.setdefault(f"{key}:{value}", record["completion"])
    return out


def completion_for(row: dict[str, Any], path: str | None) -> str | None:
    """The completion recorded for ``row`` in the JSONL file at ``path`` (by normalized hash, then by name)."""
    if not path:
        return None
    completions = load_completions(str(path))
    for key in ("normalized_hash", "name"):
        value = row.get(key)
        if value and f"{key}:{value}" in completions:
            return completions[f"{key}:{value}"]
    return None


def row_rng(row: dict[str, Any], seed: int, purpose: str) -> random.Random:
    """A random generator that depends only on the seed, the row's hash and what it is for."""
    key = str(row.get("normalized_hash") or row.get("name") or row.get("ir", ""))
    digest = hashlib.sha256(f"{seed}:{purpose}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:16], "big"))


def run_opt(toolchain: Toolchain, ir: str, pipeline: str | None, timeout_s: float) -> ToolRun:
    """``opt -S`` on ``ir`` with ``pipeline`` (None: only parse, verify and print, LLVM's canonical form)."""
    return toolchain.optimize_ir(ir, pipeline or "", timeout_s=timeout_s)


def opt_skip(run: ToolRun, what: str) -> TaskOutcome | None:
    """The skip outcome for a failed ``opt`` run ("opt timed out", "opt crashed", "opt failed"), None if it ran."""
    if run.timed_out:
        return TaskOutcome.skip("opt timed out", what)
    if not run.ok:
        reason = "opt crashed" if run.crashed else "opt failed"
        return TaskOutcome.skip(reason, f"{what}: {clean_tool_error(run.first_error_line())}")
    return None


__all__ = ["clean_tool_error", "completion_for", "load_completions", "opt_skip", "row_rng", "run_opt"]
