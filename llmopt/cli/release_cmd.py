"""``llmopt data release`` and ``llmopt data check-release``: write a training release from labelling runs, and
check one against its manifest (``llmopt.data.release``). ``data_cmd.register`` adds them to ``llmopt data``."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import typer

from llmopt.cli.common import DataDirOpt, JsonOpt, LlvmBinOpt, print_json, settings_from, toolchain_from


def release_command(
    out: Path = typer.Argument(..., help="Release directory, e.g. data/releases/flagtune-v1."),
    corpus: Path = typer.Option(..., "--corpus", help="The corpus the labels were made on."),
    labels: list[Path] = typer.Option(..., "--labels", help="A `llmopt autotune label` results directory (repeat)."),
    suite: list[Path] = typer.Option(
        [], "--suite", help="An evaluation suite (dataset or C/C++/IR directory); overlapping programs are removed."
    ),
    name: str | None = typer.Option(None, "--name", help="Versioned release name (default: the directory's name)."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Write a release: programs, labels, lists and the size matrix as compressed Parquet, a manifest and a card."""
    from llmopt.data.release import build_release

    tc = toolchain_from(settings_from(llvm_bin, data_dir))
    command = "llmopt " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    summary = build_release(tc, corpus, labels, out, name=name or out.name, suites=suite, command=command)
    if as_json:
        print_json(summary.to_json())
        return
    typer.echo(f"{summary.name}: {summary.bytes_total / 1e6:.1f} MB in {out}")
    for tag, count in summary.counts.items():
        typer.echo(
            f"  {tag:28} {count:6} programs, {summary.improved[tag]:6} beat -Oz, "
            f"geomean {summary.geomean_gain[tag] * 100:+.2f} % vs -Oz"
        )
    typer.echo(f"  lists in the size matrix: {summary.lists}; removed as overlapping suites: {summary.removed}")


def check_release_command(
    release: Path = typer.Argument(..., help="A release directory (holds manifest.json)."),
    as_json: bool = JsonOpt,
) -> None:
    """Check every file of a release against its manifest (SHA-256, size, rows); exit 1 on any problem."""
    from llmopt.data.release import check_release

    problems = check_release(release)
    if as_json:
        print_json({"release": str(release), "ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            typer.echo(f"{release}: {problem}", err=True)
    else:
        typer.echo(f"{release}: ok")
    if problems:
        raise typer.Exit(1)
