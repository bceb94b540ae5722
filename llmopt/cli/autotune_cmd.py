"""``llmopt autotune``: tune pass lists for a corpus (``autotune run``, also reachable as plain ``autotune FILES``)
and summarize a results store (``autotune report``).

Thin layer over ``llmopt.autotune``: reads flags, loads the corpus, builds the executor, the gate and the store, and
prints a table or JSON. The correctness gate (``llmopt.verify.passlisteval``) is imported lazily; without it the
command refuses to run unless ``--no-gate`` says the results may be unverified.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from llmopt.cli.autotune_common import Progress as _Progress
from llmopt.cli.autotune_common import make_acceptance as _make_acceptance
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


class _RunByDefault(TyperGroup):
    """Routes ``llmopt autotune FILES ...`` to ``autotune run FILES ...`` (``report`` stays a subcommand)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


autotune_app = typer.Typer(
    cls=_RunByDefault,
    add_completion=False,
    help="Autotune pass lists per program (random search, minimization, gate, broadcast).",
)


@autotune_app.callback(invoke_without_command=True)
def _autotune_group(ctx: typer.Context) -> None:
    # Bare `llmopt autotune`: print the help (click's no_args_is_help raises an exception main() does not know).
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def _corpus_programs(corpus: Path, flavour: str, split: str, limit: int | None) -> list[Any]:
    """Per-function programs of one split of a corpus dataset; ``limit`` keeps the N rows with the smallest
    normalized hash, so the same subset comes back on every run (and for the flag-tuning dataset built on it)."""
    from llmopt.autotune import ProgramSpec
    from llmopt.data.assemble import load_corpus
    from llmopt.data.extract import module_of_row

    rows = sorted(
        load_corpus(corpus, flavour=flavour, level="function", split=split), key=lambda r: r["normalized_hash"]
    )
    if limit is not None:
        rows = rows[:limit]
    return [ProgramSpec.from_module(module_of_row(r), source=f"{r['package']}:{r['path']}") for r in rows]


@autotune_app.command("run")
def run(
    files: list[Path] = typer.Argument(..., help="C/C++ sources, IR files, or directories of them (the corpus)."),
    out: Path = typer.Option(..., "--out", "-o", help="Results directory (SQLite store; resumes if it exists)."),
    budget: int | None = typer.Option(100, "--budget", "-b", help="Random pass lists per program."),
    time_budget: float | None = typer.Option(None, "--time-budget", help="Seconds of random search per program."),
    seed: int = typer.Option(0, "--seed", help="Seed of the random search (reproducible per seed)."),
    max_length: int = typer.Option(50, "--max-length", help="Longest random pass list."),
    flavour: Flavour = FlavourOpt,
    split: bool = typer.Option(False, "--split", help="Tune each function of each input as its own module."),
    minimize: bool = typer.Option(True, "--minimize/--no-minimize", help="Minimize candidate lists."),
    insertion: bool = typer.Option(
        True,
        "--insertion/--no-insertion",
        help="Insertion search during minimization (|catalog| evaluations per position).",
    ),
    broadcast_top: int = typer.Option(
        100, "--broadcast-top", help="Broadcast the N most frequent best lists (0: off)."
    ),
    gate_candidates: int = typer.Option(
        5, "--gate-candidates", help="Candidates tried per program if the gate rejects."
    ),
    no_gate: bool = typer.Option(False, "--no-gate", help="Run without the correctness gate (unverified results)."),
    no_guard: bool = typer.Option(
        False, "--no-guard", help="Skip the per-program guards (structural check vs -Oz, translation validation)."
    ),
    gate_csmith: int = typer.Option(10, "--gate-csmith", help="Csmith programs added to the gate's suite."),
    gate_flavour: str = typer.Option(
        "auto",
        "--gate-flavour",
        help="IR flavour the gate compiles its self-testing programs to (auto: the tuning --flavour).",
    ),
    executor: str = typer.Option("pool", "--executor", help="serial, pool (all cores) or ray."),
    workers: int | None = typer.Option(None, "--workers", "-j", help="Worker processes (default: all cores)."),
    ray: str | None = typer.Option(None, "--ray", help="Run on Ray: a cluster ADDRESS, or 'local' to start one."),
    corpus_split: str = typer.Option(
        "train", "--corpus-split", help="For a corpus dataset (llmopt data corpus) given as input: which split."
    ),
    limit: int | None = typer.Option(
        None, "--limit", help="For a corpus dataset: tune at most N functions (a fixed pick by hash)."
    ),
    candidate: list[str] = typer.Option([], "--candidate", help="Extra pipeline(s) evaluated before random lists."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    debug_kill_after: int | None = typer.Option(
        None, "--debug-kill-after", hidden=True, help="Test hook: SIGKILL this process after N stored evaluations."
    ),
    measure_with: MeasureWith | None = MeasureWithOpt,
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Autotune FILES: random search, minimization, correctness gate, broadcast; results go to --out."""
    from llmopt.autotune import (
        AutotuneConfig,
        ProgramSpec,
        RandomSearchConfig,
        ResultStore,
        autotune,
    )
    from llmopt.autotune.evaluator import set_kill_after
    from llmopt.data.overlap import is_dataset
    from llmopt.errors import InputError
    from llmopt.metrics import MeasurerSpec
    from llmopt.parallel import make_executor
    from llmopt.toolchain import Flavour, iter_input_files, load_input, split_functions
    from llmopt.toolchain.ir import C_SUFFIXES, CXX_SUFFIXES

    settings = settings_from(llvm_bin, data_dir)
    tc = toolchain_from(settings)
    _check_candidates(tc, settings.data_dir, candidate)
    chosen_flavour = Flavour.parse(flavour)
    gate_flavour_chosen = chosen_flavour if gate_flavour == "auto" else Flavour.parse(gate_flavour)
    acceptance = _make_acceptance(
        tc, settings.data_dir, chosen_flavour, gate_flavour_chosen, no_gate, no_guard, gate_csmith
    )
    programs = []
    datasets = [f for f in files if is_dataset(f)]
    for corpus in datasets:
        programs.extend(_corpus_programs(corpus, chosen_flavour.value, corpus_split, limit))
    paths = iter_input_files([f for f in files if f not in datasets])
    if not paths and not programs:
        raise InputError(f"no C/C++ or IR files found in {', '.join(map(str, files))}")
    for path in paths:
        module = load_input(tc, path, chosen_flavour)
        is_source = path.suffix in C_SUFFIXES | CXX_SUFFIXES
        if split:
            programs.extend(ProgramSpec.from_module(m, source=str(path)) for m in split_functions(tc, module))
        else:
            programs.append(
                ProgramSpec.from_module(
                    module, source=str(path), clang_baseline=is_source and chosen_flavour is Flavour.SIZE
                )
            )
    config = AutotuneConfig(
        search=RandomSearchConfig(
            budget=budget,
            time_budget_s=time_budget,
            seed=seed,
            max_length=max_length,
            extra_candidates=tuple(candidate),
        ),
        minimize=minimize,
        insertion=insertion,
        broadcast_top=broadcast_top,
        gate_candidates=gate_candidates,
    )
    measurer = MeasurerSpec.for_toolchain(
        tc, settings.data_dir, measure_with_of(settings, measure_with), settings.timeout_s
    )
    if ray is not None:
        executor = "ray"
    if debug_kill_after is not None:
        set_kill_after(debug_kill_after)
    store = ResultStore(out)
    expected = len(programs) * ((budget or 0) + 2 + len(candidate))
    try:
        with (
            make_executor(executor, workers=workers, ray_address=ray) as ex,
            _Progress(store.path, expected, progress and not as_json),
        ):
            result = autotune(programs, config, measurer, store, executor=ex, acceptance=acceptance)
    except KeyboardInterrupt:
        # The executor has already cancelled its tasks and killed its workers; the store keeps every finished
        # evaluation, so the same command resumes. One line, exit 130 (128 + SIGINT), never a traceback.
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
            r.name,
            r.oz.binary_size,
            r.best.binary_size,
            "" if r.gain_over_oz is None else f"{r.gain_over_oz * 100:+.2f} %",
            r.best_pipeline[:60],
            r.evaluations,
            r.gate_rejections,
        ]
        for r in result.records
    ]
    print_table(
        f"autotune ({len(result.records)} programs, {result.evaluations} evaluations, {result.walltime_s:.1f} s)",
        ["program", "-Oz", "best", "gain", "best passes", "evals", "rejected"],
        rows,
    )
    if result.broadcast:
        b = result.broadcast
        typer.echo(
            f"broadcast: {b.lists_broadcast} lists, {b.programs_improved} programs improved, distinct best "
            f"lists {b.distinct_best_before} -> {b.distinct_best_after}"
        )
    typer.echo(f"results in {store.path}; summary: llmopt autotune report {out}")


@autotune_app.command("report")
def report(
    results: Path = typer.Argument(..., help="Results directory (or .sqlite file) of `llmopt autotune`."),
    plot: Path | None = typer.Option(
        None, "--plot", help="PNG of the gain-vs-evaluations curve (default: gain_curve.png next to the store)."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Geomean size change vs -Oz, programs improved/regressed/equal, cost, and the gain-vs-evaluations curve."""
    from llmopt.autotune import ResultStore, store_path
    from llmopt.autotune.report import build_report, plot_curve
    from llmopt.errors import InputError

    path = store_path(results)
    if not path.is_file():
        raise InputError(f"{path}: no autotune results here; run `llmopt autotune FILES --out {results}` first")
    with ResultStore(path) as store:
        summary = build_report(store)
    png = plot_curve(summary, plot or path.parent / "gain_curve.png")
    if as_json:
        data = summary.to_json()
        data["plot"] = str(png)
        print_json(data)
        return
    change = summary.geomean_change_pct
    typer.echo(
        f"programs: {summary.programs}; geomean binary size vs -Oz: {'n/a' if change is None else f'{change:+.2f} %'}"
    )
    typer.echo(
        f"improved {summary.improved}, regressed {summary.regressed}, equal {summary.equal}; "
        f"{summary.evaluations} evaluations, {summary.measurement_s:.1f} s of measurement "
        f"({summary.walltime_s:.1f} s of worker time in the last run); "
        f"gate rejections {summary.gate_rejections}; distinct best lists {summary.distinct_best_lists}"
    )
    print_table(
        "gain vs evaluations (per program)",
        ["evaluations", "geomean size / -Oz", "reduction"],
        [[p.evaluations, f"{p.geomean_ratio:.4f}", f"{p.reduction_pct:.2f} %"] for p in summary.curve],
    )
    typer.echo(f"plot: {png}")


def register(app: typer.Typer) -> None:
    app.add_typer(autotune_app, name="autotune")


def _check_candidates(tc: Any, data_dir: Path, candidates: list[str]) -> None:
    """Reject unknown or forbidden passes in ``--candidate`` before any work, the way ``measure`` and ``optimize`` do:
    the installed LLVM's catalog says which names exist and why an excluded one is excluded (PassListError)."""
    if not candidates:
        return
    from llmopt.passes import PassCatalog, PassList

    catalog = PassCatalog.for_toolchain(tc, data_dir)
    for text in candidates:
        PassList.parse(text, catalog)


# Registered here (not in main) so `llmopt autotune label` sits beside `run` and `report`; imported last because it
# uses this module's acceptance and progress helpers.
from llmopt.cli.label_cmd import label_command  # noqa: E402

autotune_app.command("label")(label_command)
