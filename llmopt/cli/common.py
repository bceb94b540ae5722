"""What every command shares: the common options, settings/toolchain/measurer construction, JSON and table output,
progress on stderr, and turning an unwritable output path into one line.

One place, so every command reads flags the same way and prints the same way.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from llmopt.settings import Settings
from llmopt.toolchain.flavour import DEFAULT_FLAVOUR, Flavour


class MeasureWith(str, Enum):
    """How measurements are made (``Settings.measure_with``); not a model backend."""

    AUTO = "auto"
    ENGINE = "engine"
    SUBPROCESS = "subprocess"


LlvmBinOpt = typer.Option(
    None, "--llvm-bin", help="LLVM bin directory (default: LLMOPT_LLVM_BIN, config, newest found)."
)
DataDirOpt = typer.Option(None, "--data-dir", help="Caches and builds (default: LLMOPT_DATA_DIR or ~/.cache/llmopt).")
JsonOpt = typer.Option(False, "--json", help="Print machine-readable JSON instead of a table (errors too).")
FlavourOpt = typer.Option(
    DEFAULT_FLAVOUR,
    "--flavour",
    help="IR flavour: size (clang -Oz IR) or paper (-O0). Holds for .ll/.bc input too: it picks the codegen.",
)
MeasureWithOpt = typer.Option(
    None,
    "--measure-with",
    help="How to measure: engine (fast), subprocess (opt/llc/llvm-size, the reference) or auto "
    "(default: LLMOPT_MEASURE_WITH, config, auto).",
)
NoCacheOpt = typer.Option(False, "--no-cache", help="Measure again instead of reading the measurement cache.")


def settings_from(llvm_bin: Path | None, data_dir: Path | None) -> Settings:
    return Settings.load(llvm_bin=llvm_bin, data_dir=data_dir)


def toolchain_from(settings: Settings):
    from llmopt.toolchain import Toolchain

    return Toolchain.discover(settings.llvm_bin)


def measure_with_of(settings: Settings, measure_with: MeasureWith | str | None) -> str:
    """The flag's choice, else the settings' (environment, config file, default)."""
    if measure_with is None:
        return settings.measure_with
    return measure_with.value if isinstance(measure_with, MeasureWith) else str(measure_with)


def measurer_from(settings: Settings, measure_with: MeasureWith | str | None = None, no_cache: bool = False):
    """A ``Measurer`` as the flags ask; ``no_cache`` measures everything again (and stores nothing)."""
    from llmopt.metrics import Measurer

    chosen = measure_with_of(settings, measure_with)
    with progress(f"preparing the {chosen} measure path (the first engine build takes a few minutes)"):
        return Measurer(
            toolchain_from(settings),
            measure_with=chosen,
            data_dir=settings.data_dir,
            cache=not no_cache,
            timeout_s=settings.timeout_s,
        )


@contextmanager
def progress(what: str) -> Iterator[None]:
    """A spinner with ``what`` on stderr while a step runs (only on a terminal: logs and pipes stay clean)."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(what):
        yield


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, sort_keys=False))


def print_table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i == 0 or col in ("status", "message", "reason", "found") else "right")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    Console(width=None if is_terminal() else 160).print(table)


def is_terminal() -> bool:
    return sys.stdout.isatty()


__all__ = [
    "DataDirOpt",
    "Flavour",
    "FlavourOpt",
    "JsonOpt",
    "LlvmBinOpt",
    "MeasureWith",
    "MeasureWithOpt",
    "NoCacheOpt",
    "is_terminal",
    "measure_with_of",
    "measurer_from",
    "print_json",
    "print_table",
    "progress",
    "settings_from",
    "toolchain_from",
]
