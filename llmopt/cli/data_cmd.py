"""``llmopt data``: build IR corpora, show their statistics, check contamination between datasets.

Commands: ``corpus`` (build/resume a corpus from sources), ``stats`` (counts, histogram, failures of a dataset),
``overlap`` (share of functions two datasets, or a dataset and a benchmark suite, have in common).

Extension point: task dataset commands (``llmopt data build TASK``, ``llmopt data render``) add themselves to
``data_app`` in their own module's ``register`` (see ``register_data_command``); this module stays the corpus side.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

data_app = typer.Typer(help="Corpora of unoptimized LLVM IR and the datasets built from them.", no_args_is_help=True)


def register_data_command(name: str, command: Callable[..., Any]) -> None:
    """Add a command under ``llmopt data`` (used by task dataset builders: ``build``, ``render``)."""
    data_app.command(name)(command)


def _split_csv(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


@data_app.command("corpus")
def corpus_command(
    data_dir: Path = typer.Argument(..., help="Build directory (outside the repository); rerun to resume."),
    dirs: list[Path] | None = typer.Option(None, "--dir", help="Directory of C/C++ files (subdirectories are packages)."),
    compile_commands: list[Path] | None = typer.Option(None, "--compile-commands", help="A compile_commands.json."),
    debian: list[str] | None = typer.Option(None, "--debian", help="Debian source packages (comma-separated)."),
    csmith: int = typer.Option(0, "--csmith", help="Number of Csmith programs."),
    csmith_seed: int = typer.Option(0, "--csmith-seed", help="Seed of the first Csmith program."),
    csmith_per_package: int = typer.Option(50, "--csmith-per-package", help="Csmith programs per item/package."),
    csmith_args: str = typer.Option("", "--csmith-args", help="Extra Csmith options, e.g. '--max-funcs 20'."),
    name: str = typer.Option("corpus-v1", "--name", help="Versioned dataset name for the card."),
    flavours: str = typer.Option("size,paper", "--flavours", help="IR flavours to produce."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    tokenizer: str = typer.Option("words", "--tokenizer", help="words, bytes, or a Hugging Face tokenizer path."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", help="Drop rows longer than this."),
    eval_suite: bool = typer.Option(False, "--eval-suite", help="Building an evaluation suite: admit held-out packages."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Rerun items that failed before."),
    assemble_only: bool = typer.Option(False, "--assemble-only", help="Run no items; assemble what is finished."),
    configure_timeout: float = typer.Option(180.0, "--configure-timeout", help="Seconds for a package's configure."),
    compile_timeout: float = typer.Option(60.0, "--compile-timeout", help="Seconds per clang call."),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
) -> None:
    """Build (or resume) a corpus: compile, split, hash, dedup, split by package, write Parquet and a card."""
    from llmopt.cli.common import settings_from, toolchain_from
    from llmopt.data import (
        AssembleOptions,
        BuildOptions,
        CompileCommandsSource,
        CsmithSource,
        DirectorySource,
        ExtractOptions,
        build_corpus,
    )
    from llmopt.toolchain import Flavour

    toolchain = toolchain_from(settings_from(llvm_bin, None))
    data_dir = data_dir.expanduser().resolve()
    sources: list[Any] = [DirectorySource(d, allow_heldout=eval_suite) for d in dirs or []]
    sources += [CompileCommandsSource(p, allow_heldout=eval_suite) for p in compile_commands or []]
    packages = _split_csv(debian)
    if packages:
        from llmopt.data.debian import DebianSource

        sources.append(DebianSource(packages, data_dir / "apt", allow_heldout=eval_suite,
                                    configure_timeout_s=configure_timeout))
    if csmith:
        import shlex

        sources.append(CsmithSource(csmith, seed=csmith_seed, per_package=csmith_per_package,
                                    csmith_args=shlex.split(csmith_args)))
    options = BuildOptions(
        name=name, jobs=jobs, retry_failed=retry_failed, assemble_only=assemble_only, progress=not no_progress and not as_json,
        extract=ExtractOptions(flavours=tuple(Flavour.parse(f) for f in _split_csv([flavours])),
                               compile_timeout_s=compile_timeout),
        assemble=AssembleOptions(tokenizer=tokenizer, max_tokens=max_tokens),
    )
    summary = build_corpus(sources, data_dir, toolchain, options)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=1))
        return
    typer.echo(f"items: {summary.items_total} ({summary.items_run} run now, {summary.items_reused} reused, "
               f"{summary.items_failed} produced nothing, {summary.items_not_run} not run yet) in {summary.walltime_s:.0f} s")
    _echo_counts(summary.dataset.counts)
    typer.echo(f"dataset: {summary.dataset.path} (card: {summary.dataset.path / 'README.md'})")


def _echo_counts(counts: dict[str, dict[str, dict[str, int]]]) -> None:
    for flavour, levels in sorted(counts.items()):
        for level, splits in levels.items():
            total = sum(splits.values())
            per = ", ".join(f"{s} {n}" for s, n in splits.items())
            typer.echo(f"  {flavour:5} {level:8} {total:7} unique ({per})")


@data_app.command("stats")
def stats_command(
    dataset: Path = typer.Argument(..., help="A dataset directory (or a corpus build directory)."),
    as_json: bool = typer.Option(False, "--json", help="Print the manifest as JSON."),
) -> None:
    """Counts per flavour/level/split, duplicates, token histogram and top failure reasons of a dataset."""
    from llmopt.data import read_manifest

    manifest = read_manifest(dataset)
    if as_json:
        typer.echo(json.dumps(manifest, indent=1))
        return
    typer.echo(f"{manifest['name']}  ({manifest['llvm']}, tokenizer {manifest['tokenizer']})")
    _echo_counts(manifest["counts"])
    typer.echo(f"duplicates dropped: {manifest['duplicates_dropped']}; too long: {manifest['too_long_dropped']}")
    typer.echo("packages per split: " + ", ".join(f"{s} {len(p)}" for s, p in manifest["packages"].items()))
    for tag, histogram in manifest["token_histogram"].items():
        typer.echo(f"tokens {tag}: " + " ".join(f"≤{b}:{n}" for b, n in histogram))
    typer.echo(f"items: {manifest['items']} ({manifest['items_failed']} produced nothing); "
               f"failures by stage: {manifest['failures_by_stage']}")
    for reason, n in manifest["top_failure_reasons"][:10]:
        typer.echo(f"  {n:6}  {reason}")


@data_app.command("overlap")
def overlap_command(
    a: Path = typer.Argument(..., help="A dataset, or a directory of C/C++/IR files (benchmark suite)."),
    b: Path = typer.Argument(..., help="A dataset, or a directory of C/C++/IR files (benchmark suite)."),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Share of functions whose normalized hash appears in both A and B (contamination check)."""
    from llmopt.cli.common import settings_from, toolchain_from
    from llmopt.data import compute_overlap

    report = compute_overlap(toolchain_from(settings_from(llvm_bin, None)), a, b)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=1))
        return
    for f in report.flavours:
        typer.echo(f"{f.flavour}: {f.shared} shared functions; {f.share_of_a:.2%} of A ({f.functions_a}), "
                   f"{f.share_of_b:.2%} of B ({f.functions_b})")
    for line in report.unreadable:
        typer.echo(f"  not hashed: {line}")


def register(app: typer.Typer) -> None:
    """Add ``llmopt data ...`` to the main app."""
    app.add_typer(data_app, name="data")
