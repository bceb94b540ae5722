"""What every command shares: the common options, settings/toolchain/measurer construction, JSON and table output.

One place, so every command reads flags the same way and prints the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from llmopt.settings import Settings

LlvmBinOpt = typer.Option(
    None, "--llvm-bin", help="LLVM bin directory (default: LLMOPT_LLVM_BIN, config, newest found)."
)
DataDirOpt = typer.Option(None, "--data-dir", help="Caches and builds (default: LLMOPT_DATA_DIR or ~/.cache/llmopt).")
JsonOpt = typer.Option(False, "--json", help="Print machine-readable JSON instead of a table.")
FlavourOpt = typer.Option("size", "--flavour", help="IR flavour for C/C++ input: size (clang -Oz IR) or paper (-O0).")
BackendOpt = typer.Option(None, "--backend", help="Measurement backend: engine, subprocess or auto.")


def settings_from(llvm_bin: Path | None, data_dir: Path | None) -> Settings:
    return Settings.load(llvm_bin=llvm_bin, data_dir=data_dir)


def toolchain_from(settings: Settings):
    from llmopt.toolchain import Toolchain

    return Toolchain.discover(settings.llvm_bin)


def measurer_from(settings: Settings, backend: str | None):
    from llmopt.metrics import Measurer

    chosen = backend or ("auto" if settings.use_engine else "subprocess")
    return Measurer(
        toolchain_from(settings),
        backend=chosen,
        data_dir=settings.data_dir,  # type: ignore[arg-type]
        timeout_s=settings.timeout_s,
    )


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
    import sys

    return sys.stdout.isatty()
