"""``llmopt autotune label``: the autotuner's labelling mode over a corpus dataset (``llmopt.autotune.label``).

Thin layer: loads one split of a corpus (functions or whole TUs), the pool (the shipped coreset's lists, or a file of
lists), the acceptance checks and the executor; runs ``label_programs``; prints the stage table (what each stage
added to the labels' geomean gain over -Oz and what it cost) or JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from llmopt.cli.common import (
    DataDirOpt,
    Flavour,
    FlavourOpt,
    JsonOpt,
    LlvmBinOpt,
    MeasureWith,
    MeasureWithOpt,
    measure_with_of,
    print_json,
    print_table,
    settings_from,
    toolchain_from,
)


def corpus_programs(corpus: Path, flavour: str, split: str, level: str, limit: int | None) -> list[Any]:
    """Programs of one split of a corpus dataset at ``level`` (function or module); ``limit`` keeps the N rows with
    the smallest normalized hash, so the same subset comes back on every run (and for the datasets built on it)."""
    from llmopt.autotune import ProgramSpec
    from llmopt.data.assemble import load_corpus
    from llmopt.data.extract import module_of_row

    rows = sorted(load_corpus(corpus, flavour=flavour, level=level, split=split), key=lambda r: r["normalized_hash"])
    if limit is not None:
        rows = rows[:limit]
    return [ProgramSpec.from_module(module_of_row(r), source=f"{r['package']}:{r['path']}") for r in rows]


def _pool(toolchain: Any, flavour: Any, pool_file: Path | None) -> tuple[tuple[str, ...], dict[str, str]]:
    """The pool lists and, for those of the shipped coreset of this LLVM major and flavour, their recorded gate
    verdicts (the same gate, already asked: seeding them saves one gate call per list on a new machine; a pool file
    that extends the coreset keeps the seeded verdicts of its coreset lines)."""
    from llmopt.errors import InputError
    from llmopt.inference.coreset import load_coreset

    known: dict[str, str] = {}
    try:
        coreset = load_coreset(toolchain, flavour)
        known = {e.pipeline: f"coreset v{coreset.version} ({coreset.llvm_version}): {e.verdict}" for e in coreset.lists}
        pipelines = coreset.pipelines
    except Exception:
        # No coreset for this flavour: the size flavour's lists, gated again in this flavour.
        pipelines = load_coreset(toolchain, Flavour.SIZE.value).pipelines
    if pool_file is None:
        return pipelines, known
    if not pool_file.is_file():
        raise InputError(f"{pool_file}: no such pool file (one pass list per line)")
    lines = tuple(ln.strip() for ln in pool_file.read_text().splitlines() if ln.strip() and not ln.startswith("#"))
    return lines, {p: v for p, v in known.items() if p in lines}


def label_command(
    corpus: Path = typer.Argument(..., help="Corpus build directory (or its dataset directory)."),
    out: Path = typer.Option(..., "--out", "-o", help="Results directory (SQLite store; resumes if it exists)."),
    corpus_split: str = typer.Option("train", "--corpus-split", help="Split to label: train, validation or test."),
    level: str = typer.Option("function", "--level", help="function (one module per function) or module (TUs)."),
    limit: int | None = typer.Option(None, "--limit", help="At most N programs (smallest normalized hash first)."),
    budget: int = typer.Option(30, "--budget", "-b", help="Random pass lists per program (0: pool only)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the random search."),
    max_length: int = typer.Option(50, "--max-length", help="Longest random pass list."),
    frequent_top: int = typer.Option(30, "--frequent-top", help="Most frequent search bests gated and broadcast."),
    pool_file: Path | None = typer.Option(None, "--pool", help="File of pool lists (default: the shipped coreset)."),
    flavour: Flavour = FlavourOpt,
    no_gate: bool = typer.Option(False, "--no-gate", help="Run without the gate (unverified labels)."),
    no_guard: bool = typer.Option(False, "--no-guard", help="Skip the per-program guards on final labels."),
    gate_csmith: int = typer.Option(10, "--gate-csmith", help="Csmith programs added to the gate's suite."),
    guard_smt: bool = typer.Option(
        True, "--guard-smt/--no-guard-smt", help="SMT translation validation in the guards (seconds per program)."
    ),
    guard_timeout: float = typer.Option(10.0, "--guard-timeout", help="Seconds per guard translation check."),
    executor: str = typer.Option("pool", "--executor", help="serial, pool (all cores) or ray."),
    workers: int | None = typer.Option(None, "--workers", "-j", help="Worker processes (default: all cores)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    debug_kill_after: int | None = typer.Option(
        None, "--debug-kill-after", hidden=True, help="Test hook: SIGKILL this process after N stored evaluations."
    ),
    measure_with: MeasureWith | None = MeasureWithOpt,
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Label a corpus split: pool lists on every program, modest search, one gate call per frequent list, broadcast,
    guards on each final label. Rerun the same command to resume."""
    from llmopt.autotune import LabelConfig, RandomSearchConfig, ResultStore, label_programs
    from llmopt.autotune.evaluator import set_kill_after
    from llmopt.cli.autotune_common import Progress, make_acceptance
    from llmopt.errors import InputError
    from llmopt.metrics import MeasurerSpec
    from llmopt.parallel import make_executor
    from llmopt.toolchain import Flavour as LibFlavour

    if level not in ("function", "module"):
        raise InputError(f"--level must be function or module, got {level!r}")
    settings = settings_from(llvm_bin, data_dir)
    tc = toolchain_from(settings)
    chosen = LibFlavour.parse(flavour)
    programs = corpus_programs(corpus, chosen.value, corpus_split, level, limit)
    if not programs:
        raise InputError(f"{corpus}: no {level} rows in split {corpus_split!r} ({chosen.value} flavour)")
    pool, known = _pool(tc, chosen, pool_file)
    acceptance = make_acceptance(
        tc,
        settings.data_dir,
        chosen,
        chosen,
        no_gate,
        no_guard,
        gate_csmith,
        translation=guard_smt,
        guard_timeout_s=guard_timeout,
    )
    config = LabelConfig(
        pool=pool,
        search=RandomSearchConfig(budget=budget, seed=seed, max_length=max_length),
        frequent_top=frequent_top,
    )
    measurer = MeasurerSpec.for_toolchain(
        tc, settings.data_dir, measure_with_of(settings, measure_with), settings.timeout_s
    )
    store = ResultStore(out)
    labelled = {
        "corpus": str(corpus.resolve()),
        "split": corpus_split,
        "level": level,
        "flavour": chosen.value,
        "limit": limit,
        "gate": not no_gate,
        "guards": not no_guard,
        "guard_smt": guard_smt,
    }
    previous = store.get_meta("labelled")
    if previous not in (None, labelled):
        store.close()
        raise InputError(f"{out} labels {previous}, not {labelled}; choose another --out")
    store.set_meta("labelled", labelled)
    for pipeline, reason in known.items():
        if store.get_verdict(pipeline) is None:
            store.put_verdict(pipeline, True, reason)
    if debug_kill_after is not None:
        set_kill_after(debug_kill_after)
    expected = len(programs) * (2 + len(pool) + budget + frequent_top)
    try:
        with (
            make_executor(executor, workers=workers) as ex,
            Progress(store.path, expected, progress and not as_json),
        ):
            result = label_programs(programs, config, measurer, store, executor=ex, acceptance=acceptance)
    except KeyboardInterrupt:
        typer.echo("interrupted; rerun the same command to resume", err=True)
        raise typer.Exit(130) from None
    finally:
        set_kill_after(None)
        store.close()
        if acceptance is not None:
            acceptance.close()
    if as_json:
        data = result.to_json()
        data["store"] = str(store.path)
        print_json(data)
        return
    rows = [
        [
            s.stage,
            f"{s.geomean_gain * 100:+.2f} %",
            s.improved,
            s.evaluations,
            s.measured,
            s.gate_calls,
            f"{s.walltime_s:.1f}",
        ]
        for s in result.stages
    ]
    print_table(
        f"labels: {len(result.records)} programs ({level}, {corpus_split}, {chosen.value}), {result.walltime_s:.1f} s",
        ["stage", "geomean gain vs -Oz", "improved", "evaluations", "measured", "gate calls", "wall s"],
        rows,
    )
