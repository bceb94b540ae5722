"""Compiler-layer commands: doctor, ir, passes, measure, optimize.

Each command reads its flags, builds ``Settings`` (flags > environment > config file), calls one library function
and prints either a table (default) or JSON (``--json``).
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
    NoCacheOpt,
    measurer_from,
    print_json,
    print_table,
    progress,
    settings_from,
    toolchain_from,
)
from llmopt.errors import InputError


def doctor(
    build_engine: bool = typer.Option(False, "--build-engine", help="Build the evaluation engine now if needed."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """What llmopt found: LLVM and its tools, the evaluation engine, solvers and generators."""
    import importlib.metadata as md
    import shutil

    from llmopt.errors import EngineError
    from llmopt.toolchain.discovery import REQUIRED_TOOLS
    from llmopt.toolchain.engine.build import engine_path, ensure_engine

    settings = settings_from(llvm_bin, data_dir)
    tc = toolchain_from(settings)
    report: dict[str, Any] = {
        "llvm_version": tc.version,
        "llvm_bin": str(tc.bin_dir),
        "tools": {t: str(tc.bin_dir / t) for t in REQUIRED_TOOLS},
        "data_dir": str(settings.data_dir),
    }
    binary = engine_path(tc, settings.data_dir)
    if build_engine:
        try:
            with progress("building the evaluation engine (a few minutes the first time)"):
                binary = ensure_engine(tc, settings.data_dir)
        except EngineError as e:
            report["engine_error"] = str(e)
    report["engine"] = str(binary) if binary.is_file() else None
    for pkg in ("z3-solver", "ray", "datasets"):
        try:
            report[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            report[pkg] = None
    report["csmith"] = shutil.which("csmith")
    if as_json:
        print_json(report)
    else:
        rows = [[k, v if not isinstance(v, dict) else ", ".join(v)] for k, v in report.items()]
        print_table("llmopt doctor", ["item", "found"], rows)
    if "engine_error" in report:
        raise typer.Exit(1)


def ir(
    file: Path = typer.Argument(..., help="C/C++ source or IR (.ll/.bc)."),
    flavour: Flavour = FlavourOpt,
    split: bool = typer.Option(False, "--split", help="One module per defined function."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write IR here (a directory with --split)."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Compile to unoptimized IR (or read IR), optionally split per function; report counts and hashes."""
    from llmopt.toolchain import load_input, split_functions, write_atomic

    tc = toolchain_from(settings_from(llvm_bin, data_dir))
    module = load_input(tc, file, flavour)
    modules = split_functions(tc, module) if split else [module]
    written = []
    if out is not None:
        if split and out.exists() and not out.is_dir():
            raise InputError(f"{out}: exists and is not a directory; --split writes one file per function into it")
        for m in modules:
            path = out / (m.name.replace(":", ".").replace("/", "_") + ".ll") if split else out
            write_atomic(path, m.text)
            written.append(str(path))
    rows = [
        {
            "name": m.name,
            "instruction_count": m.instruction_count,
            "functions": len(m.defined_functions),
            "hash": m.hash,
            "flavour": m.flavour.value if m.flavour else None,
        }
        for m in modules
    ]
    if as_json:
        print_json({"modules": rows, "written": written})
    elif out is None and not split:
        typer.echo(module.text, nl=False)
    else:
        print_table(
            f"IR of {file}",
            ["name", "instructions", "functions", "hash"],
            [[r["name"], r["instruction_count"], r["functions"], str(r["hash"])[:16]] for r in rows],
        )


def passes(
    show_excluded: bool = typer.Option(False, "--excluded", help="List excluded passes with their reasons."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The searchable pass catalog of the installed LLVM."""
    from llmopt.passes import PassCatalog

    settings = settings_from(llvm_bin, data_dir)
    catalog = PassCatalog.for_toolchain(toolchain_from(settings), settings.data_dir)
    if as_json:
        print_json(catalog.to_json())
    elif show_excluded:
        print_table(
            f"excluded passes (LLVM {catalog.llvm_version})",
            ["pass", "reason"],
            [[k, v] for k, v in sorted(catalog.excluded.items())],
        )
    else:
        title = f"pass catalog (LLVM {catalog.llvm_version}): {len(catalog.passes)} passes"
        print_table(title, ["pass", "kind", "params"], [[p.text, p.kind.value, p.params] for p in catalog.passes])


def _evaluation_row(label: str, ev: Any) -> list[Any]:
    return [
        label,
        ev.status.value,
        ev.instruction_count,
        ev.binary_size,
        ev.section_group(".text") or None,
        ev.latency,
        ev.message.splitlines()[0][:80] if ev.message else "",
    ]


def measure(
    file: Path = typer.Argument(..., help="C/C++ source or IR (.ll/.bc)."),
    pass_list: str = typer.Option("default<Oz>", "--passes", "-p", help="Pass list (pipeline text or a,b,c)."),
    flavour: Flavour = FlavourOpt,
    measure_with: MeasureWith | None = MeasureWithOpt,
    no_cache: bool = NoCacheOpt,
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Metrics of FILE after a pass list, next to -O0 and -Oz (and, for C/C++, the real clang -Oz object)."""
    from llmopt.metrics import BaselineCache, measure_clang_object
    from llmopt.toolchain import load_input
    from llmopt.toolchain.ir import C_SUFFIXES, CXX_SUFFIXES

    settings = settings_from(llvm_bin, data_dir)
    with measurer_from(settings, measure_with, no_cache) as measurer:
        with progress(f"reading {file}"):
            module = load_input(measurer.toolchain, file, flavour)
        parsed = measurer.parse_passes(pass_list)
        with progress(f"measuring {file} under the pass list, -O0 and -Oz"):
            result = measurer.measure(module, parsed)
            baselines = BaselineCache(measurer)
            o0, oz = baselines.o0(module), baselines.oz(module)
            clang_oz = None
            if file.suffix in C_SUFFIXES | CXX_SUFFIXES and module.flavour is Flavour.SIZE:
                clang_oz = measure_clang_object(measurer.toolchain, file)
    if as_json:
        data = result.to_json(include_ir=False)
        data["passes"] = parsed.to_pipeline()
        data["baselines"] = {"O0": o0.to_json(include_ir=False), "Oz": oz.to_json(include_ir=False)}
        if clang_oz is not None:
            data["baselines"]["clang_Oz"] = clang_oz.to_json(include_ir=False)
        print_json(data)
    else:
        rows = [
            _evaluation_row(parsed.to_pipeline() or "(no passes)", result),
            _evaluation_row("-O0", o0),
            _evaluation_row("-Oz (opt default<Oz>)", oz),
        ]
        if clang_oz is not None:
            rows.append(_evaluation_row("clang -Oz -c", clang_oz))
        print_table(
            f"{file} ({result.codegen}, {result.toolchain}, measured with {result.measured_with})",
            ["passes", "status", "instructions", "binary size", ".text", "latency", "message"],
            rows,
        )
    if not result.ok:
        raise typer.Exit(2)


def optimize(
    file: Path = typer.Argument(..., help="C/C++ source or IR (.ll/.bc)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output: .ll (IR), .bc (bitcode) or .o (object)."),
    flavour: Flavour = FlavourOpt,
    candidate: list[str] = typer.Option([], "--candidate", "-c", help="Extra pass list(s) to try."),
    model: str = typer.Option(
        "default",
        "--model",
        "-m",
        help="Model spec: default (the shipped model; none installed: the ranked coreset alone), hf:DIR, "
        "openai:URL#NAME, vllm:DIR, or none.",
    ),
    strategy: str = typer.Option(
        "ranked-coreset",
        "--strategy",
        "-s",
        help="Inference strategy (ranked-coreset, zero-shot, oz-backup, "
        "sample-and-select, priority, feedback, model-guided, oz); peephole[+STRATEGY]: the model rewrites each "
        "function first (kept only when the verifier proves it), then STRATEGY (default ranked-coreset).",
    ),
    budget: int = typer.Option(10, "--budget", "-b", help="Compilations the strategy may use, -Oz included."),
    measure_with: MeasureWith | None = MeasureWithOpt,
    no_cache: bool = NoCacheOpt,
    remove_optnone: bool = typer.Option(
        False, "--strip-optnone", help="Remove optnone from IR made by plain clang -O0, so passes can change it."
    ),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The main job: make FILE as small as possible and write the result, with a short report.

    A strategy proposes up to BUDGET pass lists (a model's, or the shipped ranked coreset's), the compiler measures
    each, the gate and this program's guards accept or reject them, and -Oz is the backup."""
    import time

    from llmopt.errors import ConfigError
    from llmopt.inference import make_strategy
    from llmopt.inference.optimize import check_output_path, optimize_module, strip_optnone, write_output
    from llmopt.metrics import measure_clang_object
    from llmopt.toolchain import load_input
    from llmopt.toolchain.ir import C_SUFFIXES, CXX_SUFFIXES

    start = time.perf_counter()
    check_output_path(out)  # before minutes of work, not after
    peephole, _, list_strategy = strategy.partition("+") if strategy.startswith("peephole") else ("", "", strategy)
    if peephole and peephole != "peephole":
        raise ConfigError(f"unknown strategy {strategy!r}; the peephole step is spelled peephole or peephole+STRATEGY")
    chosen_strategy = make_strategy(list_strategy or "ranked-coreset")  # unknown names: one line, before any work
    settings = settings_from(llvm_bin, data_dir)
    notes: list[str] = []
    with measurer_from(settings, measure_with, no_cache) as measurer:
        with progress(f"reading {file}"):
            module = load_input(measurer.toolchain, file, flavour)
            if remove_optnone:
                module = module.with_text(strip_optnone(module.text))
        backend = _optimize_backend(model, notes, flavour)
        if peephole and backend is None:
            raise ConfigError("--strategy peephole needs a peephole model (--model hf:DIR, openai:URL#NAME, ...)")
        runner = _runnable_strategy(chosen_strategy, measurer, flavour, backend, notes)
        # A candidate wins only once the gate and this program's guards accept it (one shared verdict store).
        from llmopt.verify.acceptance import Acceptance, AcceptanceConfig

        config = AcceptanceConfig(flavour=flavour)
        with Acceptance(measurer.toolchain, config, settings.data_dir, measurer=measurer) as acceptance:
            what = f"{runner.name} (budget {budget})" if runner is not None else "the standard pipelines"
            if peephole:
                from llmopt.inference.peephole import optimize_with_peephole

                with progress(f"optimizing {file}: peephole rewrites by the model, then {what}"):
                    result = optimize_with_peephole(
                        measurer,
                        module,
                        backend,
                        strategy=runner,
                        budget=budget,
                        acceptance=acceptance,
                        extra_candidates=tuple(candidate),
                    )
            else:
                with progress(f"optimizing {file}: {what}, then the standard pipelines"):
                    result = optimize_module(
                        measurer,
                        module,
                        extra_candidates=candidate,
                        acceptance=acceptance,
                        strategy=runner,
                        budget=budget,
                        backend=backend,
                    )
        clang_oz = None
        if file.suffix in C_SUFFIXES | CXX_SUFFIXES and module.flavour is Flavour.SIZE:
            with progress(f"measuring real clang -Oz on {file}"):
                clang_oz = measure_clang_object(measurer.toolchain, file)
        kind = write_output(measurer, result, out)
    total_s = time.perf_counter() - start
    if as_json:
        data = result.to_json()
        data["output"] = str(out)
        data["model"] = model if backend is not None else None
        data["clang_oz_binary_size"] = None if clang_oz is None else clang_oz.binary_size
        data["notes"] = notes
        data["total_s"] = round(total_s, 3)
        print_json(data)
        return
    for note in notes:
        typer.secho(f"note: {note}", err=True, fg=typer.colors.YELLOW)
    if result.optnone_functions:
        typer.secho(f"note: {result.optnone_note()}", err=True, fg=typer.colors.YELLOW)
    rows = [_evaluation_row(ev.pipeline or "(no passes)", ev) for ev in result.candidates]
    print_table(
        f"optimize {file} ({result.best.codegen})",
        ["passes", "status", "instructions", "binary size", ".text", "latency", "message"],
        rows,
    )
    gain = result.gain_over_oz
    clang = "" if clang_oz is None or clang_oz.binary_size is None else f", clang -Oz {clang_oz.binary_size} B"
    typer.echo(
        f"best: {result.best_pipeline or '(no passes)'}  binary size {result.best.binary_size} B "
        f"(-Oz {result.oz.binary_size} B{clang}, -O0 {result.o0.binary_size} B"
        # Size change, as every table prints it: negative = smaller than -Oz (gain_over_oz is the reverse sign).
        f"{'' if gain is None else f', {-gain * 100:+.2f} % vs -Oz'})"
    )
    typer.echo(f"acceptance: {'accepted' if result.verdict.accepted else 'rejected'} ({result.verdict.reason})")
    if result.strategy is not None:
        used = result.strategy
        failures = ", ".join(f"{k} {v}" for k, v in sorted(used.failure_counts.items())) or "none"
        typer.echo(
            f"strategy: {used.strategy}, {used.compilations} of {used.budget} compilations; model: "
            f"{model if backend is not None else 'none'} ({used.model.calls} calls, {used.model.completion_tokens} "
            f"tokens, {used.model.seconds:.1f} s); failures: {failures}"
        )
    if result.peephole is not None:
        step = result.peephole
        typer.echo(
            f"peephole: {step.kept} of {len(step.functions)} functions rewritten by the model and proved "
            f"equivalent{f' (not used: {step.error})' if step.error else ''}; "
            f"{'the rewritten module won' if result.module is not module else 'the input module won'}"
        )
    typer.echo(f"{result.compilations} compilations in all, {total_s:.1f} s; wrote {kind} to {out}")


def _optimize_backend(model: str, notes: list[str], flavour: Flavour) -> Any:
    """The backend ``--model`` names, or None for ``none``, for ``default`` while no default model is installed (the
    main job then runs without a model, on the ranked coreset), and for ``default`` on IR of a flavour it was not
    trained on (its answers there were never measured; a model named by path is the user's call)."""
    from llmopt.backends import NoDefaultModelError, load_backend, parse_spec
    from llmopt.backends.base import default_model_mismatch

    if model.strip().lower() == "none":
        return None
    is_default = parse_spec(model).kind == "default"  # with or without options (default,threads=2)
    mismatch = default_model_mismatch(model, flavour.value)
    if mismatch is not None:
        notes.append(f"{mismatch}; optimizing without a model (the ranked coreset alone)")
        return None
    try:
        with progress(f"loading model {model}"):
            return load_backend(model)
    except NoDefaultModelError as error:
        if not is_default:
            raise
        notes.append(f"{error}; optimizing without a model (the ranked coreset alone)")
        return None


def _runnable_strategy(chosen: Any, measurer: Any, flavour: Flavour, backend: Any, notes: list[str]) -> Any:
    """``chosen``, or None (the standard pipelines alone) when it is the coreset and none is shipped for this LLVM
    and flavour: the main job still runs, and says why."""
    from llmopt.errors import ConfigError
    from llmopt.inference.coreset import load_coreset
    from llmopt.inference.ranked import RankedCoreset

    if isinstance(chosen, RankedCoreset) and not chosen.lists:
        try:
            load_coreset(measurer.toolchain, flavour)
        except ConfigError as error:
            notes.append(f"{error}; trying the standard pipelines only")
            return None
    if isinstance(chosen, RankedCoreset) and chosen.rank == "auto" and not chosen.ranker:
        # The strategy ranks the coreset with the shipped neighbour ranker (measured better than the fixed order and
        # than a model's scores, docs/training.md) when one ships for this LLVM and flavour; say which.
        from llmopt.inference.neighbours import shipped_ranker_path

        ranker = shipped_ranker_path(measurer.toolchain.major, flavour)
        if ranker is not None:
            notes.append(f"ranking the coreset with the shipped neighbour ranker {ranker.name}")
    chosen.check(backend)
    return chosen


def register(app: typer.Typer) -> None:
    app.command()(doctor)
    app.command()(ir)
    app.command()(passes)
    app.command()(measure)
    app.command()(optimize)
