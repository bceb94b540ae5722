"""``llmopt data``: build IR corpora, show their statistics, check contamination between datasets.

Commands: ``corpus`` (build/resume a corpus from sources), ``stats`` (counts, histogram, failures of a dataset),
``overlap`` (share of functions two datasets, or a dataset and a benchmark suite, have in common), ``build`` (a task
dataset from a corpus: ``llmopt.data.tasks.runner``), ``render`` (one input's prompt exactly as a model receives it),
``export-ir`` (corpus rows as .ll files, e.g. as input of ``llmopt autotune``); ``release`` / ``check-release``
(``llmopt.cli.release_cmd``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from llmopt.toolchain.flavour import Flavour

data_app = typer.Typer(help="Corpora of unoptimized LLVM IR and the datasets built from them.", no_args_is_help=True)


def first_line_of(text: str | None) -> str:
    """The first non-empty line (a crash's detail is LLVM's whole stack dump; a message needs its first line)."""
    return next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")


def _split_csv(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


@data_app.command("corpus")
def corpus_command(
    data_dir: Path = typer.Argument(..., help="Build directory (outside the repository); rerun to resume."),
    dirs: list[Path] | None = typer.Option(
        None, "--dir", help="Directory of C/C++ files (subdirectories are packages)."
    ),
    compile_commands: list[Path] | None = typer.Option(None, "--compile-commands", help="A compile_commands.json."),
    debian: list[str] | None = typer.Option(None, "--debian", help="Debian source packages (comma-separated)."),
    corpus: str | None = typer.Option(
        None, "--corpus", help="A named corpus definition (llmopt/data/corpora, e.g. real-v1): its packages and Csmith."
    ),
    exclude: list[Path] | None = typer.Option(
        None, "--exclude-hashes-of", help="Drop rows whose normalized hash is in this dataset (held-out copies)."
    ),
    csmith: int = typer.Option(0, "--csmith", help="Number of Csmith programs."),
    csmith_seed: int = typer.Option(0, "--csmith-seed", help="Seed of the first Csmith program."),
    csmith_per_package: int = typer.Option(50, "--csmith-per-package", help="Csmith programs per item/package."),
    csmith_args: str = typer.Option("", "--csmith-args", help="Extra Csmith options, e.g. '--max-funcs 20'."),
    name: str = typer.Option("corpus-v1", "--name", help="Versioned dataset name for the card."),
    flavours: str = typer.Option("size,paper", "--flavours", help="IR flavours to produce."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    tokenizer: str = typer.Option("words", "--tokenizer", help="words, bytes, or a Hugging Face tokenizer path."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", help="Drop rows longer than this."),
    eval_suite: bool = typer.Option(
        False, "--eval-suite", help="Building an evaluation suite: admit held-out packages."
    ),
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
    max_units = 1000
    if corpus:
        from llmopt.data.corpora import load_corpus_spec

        spec = load_corpus_spec(corpus)
        packages = spec.package_names + [p for p in packages if p not in spec.package_names]
        configure_timeout, max_units = spec.configure_timeout_s, spec.max_units
        if not csmith and spec.csmith_count:
            csmith, csmith_seed, csmith_args = spec.csmith_count, spec.csmith_seed, spec.csmith_args
    if packages:
        from llmopt.data.debian import DebianSource

        sources.append(
            DebianSource(
                packages,
                data_dir / "apt",
                allow_heldout=eval_suite,
                configure_timeout_s=configure_timeout,
                max_units=max_units,
            )
        )
    if csmith:
        import shlex

        sources.append(
            CsmithSource(csmith, seed=csmith_seed, per_package=csmith_per_package, csmith_args=shlex.split(csmith_args))
        )
    options = BuildOptions(
        name=name,
        jobs=jobs,
        retry_failed=retry_failed,
        assemble_only=assemble_only,
        progress=not no_progress and not as_json,
        extract=ExtractOptions(
            flavours=tuple(Flavour.parse(f) for f in _split_csv([flavours])), compile_timeout_s=compile_timeout
        ),
        assemble=AssembleOptions(
            tokenizer=tokenizer, max_tokens=max_tokens, exclude_datasets=tuple(str(p.resolve()) for p in exclude or [])
        ),
    )
    summary = build_corpus(sources, data_dir, toolchain, options)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=1))
        return
    typer.echo(
        f"items: {summary.items_total} ({summary.items_run} run now, {summary.items_reused} reused, "
        f"{summary.items_failed} produced nothing, {summary.items_not_run} not run yet) "
        f"in {summary.walltime_s:.0f} s"
    )
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
    dataset: Path = typer.Argument(
        ..., help="A corpus (`data corpus`) or task dataset (`data build`): its directory or its build directory."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the manifest as JSON."),
) -> None:
    """Counts per flavour/level/split, duplicates, token histogram and top failure reasons of a dataset."""
    from llmopt.data import read_manifest
    from llmopt.data.assemble import MANIFEST as CORPUS_MANIFEST
    from llmopt.data.tasks.runner import MANIFEST as TASK_MANIFEST
    from llmopt.errors import ConfigError

    if not dataset.is_dir():
        raise ConfigError(f"{dataset}: {'not a directory' if dataset.exists() else 'no such directory'}")
    task_manifest = next(
        (p for p in (dataset / TASK_MANIFEST, dataset / "dataset" / TASK_MANIFEST) if p.is_file()), None
    )
    if task_manifest is not None:
        _echo_task_stats(json.loads(task_manifest.read_text()), as_json)
        return
    if not any(p.is_file() for p in (dataset / CORPUS_MANIFEST, dataset / "dataset" / CORPUS_MANIFEST)):
        raise ConfigError(
            f"{dataset} holds no llmopt dataset (no {CORPUS_MANIFEST} or {TASK_MANIFEST}); make a corpus with "
            "`llmopt data corpus` or a task dataset with `llmopt data build TASK --corpus ... --out ...`"
        )
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
    typer.echo(
        f"items: {manifest['items']} ({manifest['items_failed']} produced nothing); "
        f"failures by stage: {manifest['failures_by_stage']}"
    )
    for reason, n in manifest["top_failure_reasons"][:10]:
        typer.echo(f"  {n:6}  {reason}")


def _echo_task_stats(manifest: dict[str, Any], as_json: bool) -> None:
    """The summary of a task dataset (``data build``): examples and skips per split, token histogram."""
    if as_json:
        typer.echo(json.dumps(manifest, indent=1))
        return
    typer.echo(
        f"{manifest['task']} task dataset  (style {manifest['style']}, flavour {manifest['flavour']}, "
        f"{manifest['llvm']}, tokenizer {manifest['tokenizer']})"
    )
    typer.echo("examples per split: " + ", ".join(f"{s} {n}" for s, n in manifest["counts"].items()))
    typer.echo(f"corpus rows read: {manifest.get('rows_read')}")
    for split, reasons in manifest.get("skipped", {}).items():
        for reason, n in list(reasons.items())[:10]:
            typer.echo(f"  skipped {split:10} {n:6}  {reason}")
    for tag, histogram in manifest.get("token_histogram", {}).items():
        typer.echo(f"tokens {tag}: " + " ".join(f"≤{b}:{n}" for b, n in histogram))


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
        typer.echo(
            f"{f.flavour}: {f.shared} shared functions; {f.share_of_a:.2%} of A ({f.functions_a}), "
            f"{f.share_of_b:.2%} of B ({f.functions_b})"
        )
    for line in report.unreadable:
        typer.echo(f"  not hashed: {line}")


def _task_options(pairs: list[str] | None) -> dict[str, Any]:
    """``KEY=VALUE`` pairs as a dict; values are JSON when they parse (numbers, booleans, lists), else text.

    Raises:
        ConfigError: a pair without ``=``.
    """
    from llmopt.errors import ConfigError

    options: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"task option {pair!r} must look like KEY=VALUE, e.g. form=diagnostic")
        try:
            options[key.strip()] = json.loads(value)
        except ValueError:
            options[key.strip()] = value
    return options


def _command_line(task: str, params: dict[str, Any]) -> str:
    """The command line of a build, from its parameters (for the dataset card)."""
    import shlex

    parts = ["llmopt", "data", "build", task]
    for flag, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            if item is None or item is False:
                continue
            parts += [flag] if item is True else [flag, str(item)]
    return shlex.join(parts)


@data_app.command("build")
def build_command(
    task: str = typer.Argument(..., help="Task: flag_tuning, compiler_emulation, instruction_count, ..."),
    corpus: Path = typer.Option(
        ...,
        "--corpus",
        help="Corpus build directory (or its dataset directory), or a release (its programs and labels).",
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Output directory (outside the repository); rerun to resume."),
    flavour: Flavour = typer.Option(Flavour.SIZE, "--flavour", help="IR flavour of the corpus rows."),
    split: str = typer.Option("train,validation,test", "--split", help="Splits to build (comma-separated)."),
    limit: int | None = typer.Option(None, "--limit", help="At most N corpus rows per split (the same N every time)."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
    style: str = typer.Option("llmopt", "--style", help="Prompt style: llmopt or llm-compiler."),
    tokenizer: str = typer.Option("words", "--tokenizer", help="words, bytes, or a tokenizer.json / HF tokenizer."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", help="Drop examples longer than N tokens."),
    seed: int = typer.Option(0, "--seed", help="Seed of every random choice (e.g. emulation pass lists)."),
    autotune: Path | None = typer.Option(None, "--autotune", help="Results of `llmopt autotune` (flag_tuning labels)."),
    autotune_budget: int | None = typer.Option(
        None,
        "--autotune-budget",
        help="Budget for the autotune command suggested when --autotune is "
        "missing (this command never autotunes by itself).",
    ),
    generations: Path | None = typer.Option(None, "--generations", help="Model generations file (feedback task)."),
    option: list[str] | None = typer.Option(
        None,
        "--option",
        help="Task option KEY=VALUE (repeatable; VALUE parsed as JSON if it "
        "can be), e.g. --option form=diagnostic for peephole.",
    ),
    chunk_size: int = typer.Option(16, "--chunk-size", help="Rows per unit of work and of resume."),
    timeout: float | None = typer.Option(None, "--timeout", help="Seconds per compiler call (default: settings)."),
    no_progress: bool = typer.Option(False, "--no-progress", help="No progress bar."),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Caches and engine build (default: settings)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Build (or resume) TASK's dataset from a corpus: labels by the real compiler, rendered prompts, Parquet, card."""
    from llmopt.cli.common import print_json, settings_from, toolchain_from
    from llmopt.data.tasks import TaskContext, get_builder
    from llmopt.data.tasks.runner import build_task_dataset
    from llmopt.errors import ConfigError

    get_builder(task)  # unknown task: one line listing the known ones
    splits = _split_csv([split])
    settings = settings_from(llvm_bin, data_dir)
    from llmopt.data.release import is_release, release_corpus

    if is_release(corpus):  # a committed release: its programs are the corpus, its labels the autotune results
        if task == "flag_tuning" and autotune is None:
            autotune = corpus
        corpus = release_corpus(corpus, Path(settings.data_dir) / "release-corpora")
    if task == "flag_tuning" and autotune is None:
        from llmopt.data.tasks.flag_tuning import autotune_hint

        hint = autotune_hint(
            str(corpus),
            flavour.value,
            ",".join(splits),
            limit,
            autotune_budget or 100,
            str(out.with_name(out.name + "-autotune")),
        )
        raise ConfigError(
            f"flag_tuning needs autotune results (--autotune RESULTS); this command does not autotune. Run: {hint}"
        )
    toolchain = toolchain_from(settings)
    options = _task_options(option)
    if autotune is not None:
        options["autotune"] = str(autotune.expanduser().resolve())
    if generations is not None:
        options["generations"] = str(generations.expanduser().resolve())
    ctx = TaskContext(
        bin_dir=str(toolchain.bin_dir),
        version=toolchain.version,
        data_dir=str(settings.data_dir),
        seed=seed,
        timeout_s=timeout or settings.timeout_s,
        options=options,
    )
    command = _command_line(
        task,
        {
            "--corpus": corpus,
            "--out": out,
            "--flavour": flavour.value,
            "--split": split,
            "--limit": limit,
            "--style": style,
            "--tokenizer": tokenizer,
            "--max-tokens": max_tokens,
            "--seed": seed,
            "--autotune": autotune,
            "--generations": generations,
            "--chunk-size": chunk_size,
            "--option": option or None,
        },
    )
    summary = build_task_dataset(
        task,
        corpus,
        out,
        ctx,
        flavour=flavour.value,
        splits=splits,
        limit=limit,
        workers=jobs,
        style=style,
        max_tokens=max_tokens,
        tokenizer=tokenizer,
        progress=not no_progress and not as_json,
        chunk_size=chunk_size,
        command=command,
    )
    if as_json:
        print_json(summary.to_dict())
        return
    typer.echo(
        f"{task} ({style}): {sum(summary.counts.values())} examples in {summary.walltime_s:.0f} s "
        f"({summary.chunks_run} chunks run, {summary.chunks_reused} reused)"
    )
    for s, n in summary.counts.items():
        reasons = ", ".join(f"{r} {c}" for r, c in summary.skipped.get(s, {}).items()) or "none"
        typer.echo(f"  {s:10} {n:6} examples of {summary.rows_read.get(s, 0)} rows; skipped: {reasons}")
    typer.echo(f"dataset: {summary.path} (card: {summary.path / 'README.md'})")


@data_app.command("render")
def render_command(
    task: str = typer.Argument(..., help="Task whose prompt to show."),
    file: Path = typer.Argument(..., help="An LLVM IR file (.ll/.bc) or a C/C++ file (compiled in --flavour)."),
    style: str = typer.Option("llmopt", "--style", help="Prompt style: llmopt or llm-compiler."),
    passes: str | None = typer.Option(
        None,
        "--passes",
        help="compiler_emulation: the pipeline (default: the seeded random list a dataset row would get).",
    ),
    completion: bool = typer.Option(False, "--completion", help="Also print the label (computed now)."),
    autotune: Path | None = typer.Option(None, "--autotune", help="Autotune results (flag_tuning --completion)."),
    seed: int = typer.Option(0, "--seed", help="Seed of random choices (as in `data build`)."),
    option: list[str] | None = typer.Option(None, "--option", help="Task option KEY=VALUE (as in `data build`)."),
    flavour: Flavour | None = typer.Option(
        None,
        "--flavour",
        help="IR flavour: C/C++ is compiled in it (default size); for .ll/.bc it holds as given (default: read from "
        "the IR's attributes, as a dataset row would carry it).",
    ),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Caches and engine build (default: settings)."),
    as_json: bool = typer.Option(False, "--json", help="Print prompt, messages and completion as JSON."),
) -> None:
    """Print the prompt for one input exactly as a model receives it (text, or chat messages for chat styles)."""
    from llmopt.cli.common import print_json, settings_from, toolchain_from
    from llmopt.data.tasks import TaskContext, get_builder
    from llmopt.errors import InputError
    from llmopt.prompts import get_format
    from llmopt.toolchain import guess_flavour, load_input, parse_ir
    from llmopt.toolchain.ir import IR_SUFFIXES, check_input_file, decode_text

    builder = get_builder(task)
    settings = settings_from(llvm_bin, data_dir)
    toolchain = toolchain_from(settings)
    options = _task_options(option)
    if passes:
        options["passes"] = passes
    if autotune is not None:
        options["autotune"] = str(autotune.expanduser().resolve())
    ctx = TaskContext(
        bin_dir=str(toolchain.bin_dir),
        version=toolchain.version,
        data_dir=str(settings.data_dir),
        seed=seed,
        timeout_s=settings.timeout_s,
        options=options,
    )
    check_input_file(file)
    if file.suffix == ".ll":
        # The file's own text is what a dataset row would hold; LLVM's parser only validates it.
        parse_ir(toolchain, file.read_bytes(), name=file.stem, source=str(file))
        text = decode_text(file.read_bytes(), str(file))
        row_flavour = (flavour or guess_flavour(text)).value
    else:
        module = load_input(toolchain, file, flavour or Flavour.SIZE)
        text = module.text
        chosen = flavour if file.suffix in IR_SUFFIXES else module.flavour
        row_flavour = (chosen or guess_flavour(text)).value
    row = {
        "name": file.stem,
        "ir": text,
        "flavour": row_flavour,
        "package": "",
        "split": "",
        "normalized_hash": "",
        "instruction_count": None,
        "licence": "",
        "source": str(file),
        "path": str(file),
        "llvm": toolchain.identity,
    }
    fmt = get_format(task, style=style, **builder.format_options(ctx))
    try:
        outcome = builder.build(row, ctx) if completion else builder.prompt_example(row, ctx)
    finally:
        if "measurer" in ctx.__dict__:
            ctx.measurer.close()
    if not outcome.ok:
        detail = first_line_of(outcome.detail)
        raise InputError(f"cannot render {task} for {file}: {outcome.skip_reason}" + (f" ({detail})" if detail else ""))
    rendered = fmt.render_prompt(outcome.example)
    label = fmt.render_completion(outcome.example) if completion else None
    if as_json:
        print_json(
            {
                "task": task,
                "style": style,
                "prompt": rendered if isinstance(rendered, str) else None,
                "messages": None if isinstance(rendered, str) else list(rendered),
                "completion": label,
                "extra": outcome.extra,
            }
        )
        return
    if isinstance(rendered, str):
        typer.echo(rendered)
    else:
        for message in rendered:
            typer.echo(f"### {message['role']}\n{message['content']}\n")
    if label is not None:
        typer.echo(("\n" if isinstance(rendered, str) else "### assistant\n") + label)


@data_app.command("export-ir")
def export_ir_command(
    corpus: Path = typer.Argument(..., help="Corpus build directory (or its dataset directory)."),
    out: Path = typer.Argument(..., help="Directory for the .ll files (one per row: <split>/<package>/<name>.ll)."),
    flavour: Flavour = typer.Option(Flavour.SIZE, "--flavour", help="IR flavour of the corpus rows."),
    level: str = typer.Option("function", "--level", help="function or module rows."),
    split: str = typer.Option("train,validation,test", "--split", help="Splits (comma-separated)."),
    limit: int | None = typer.Option(
        None, "--limit", help="At most N rows per split (the rows `data build --limit N` uses)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print counts as JSON."),
) -> None:
    """Write corpus rows as .ll files, e.g. to autotune them (`llmopt autotune OUT --out RESULTS`)."""
    import re

    from llmopt.cli.common import print_json
    from llmopt.data.assemble import dataset_dir, read_manifest
    from llmopt.data.tasks.runner import select_rows
    from llmopt.toolchain import write_atomic

    root = dataset_dir(corpus.expanduser().resolve())
    read_manifest(root)
    counts: dict[str, int] = {}
    for s in _split_csv([split]):
        rows = select_rows(root, flavour.value, level, s, limit)
        names = rows.column("name").to_pylist() if rows.num_rows else []
        for i, name in enumerate(names):
            row = rows.slice(i, 1).to_pylist()[0]
            safe = re.sub(r"[^\w.-]", "_", f"{name}")[:80]
            package = re.sub(r"[^\w.-]", "_", row["package"])
            write_atomic(out / s / package / f"{safe}-{row['normalized_hash'][:12]}.ll", row["ir"])
        counts[s] = len(names)
    if as_json:
        print_json({"out": str(out), "files": counts})
        return
    typer.echo(f"wrote {sum(counts.values())} .ll files to {out} ({', '.join(f'{s} {n}' for s, n in counts.items())})")


def register(app: typer.Typer) -> None:
    """Add ``llmopt data ...`` to the main app."""
    from llmopt.cli.release_cmd import check_release_command, release_command

    data_app.command("release")(release_command)
    data_app.command("check-release")(check_release_command)

    app.add_typer(data_app, name="data")
