"""``llmopt eval``: run a strategy or baseline over a versioned suite (``eval run``), list the suites
(``eval suites``), build the report of one or more evaluation directories (``eval report``) and the papers' figures
beside ours (``eval results``, docs/results.md).

Thin layer over ``llmopt.eval``: reads flags, builds the suite, the measurer spec and the config, prints a table or
JSON. Errors are the library's ``ConfigError``/``InputError``, printed as one line by ``main``.
"""

from __future__ import annotations

import json
import sys
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
    measurer_from,
    print_json,
    print_table,
    settings_from,
    toolchain_from,
)

eval_app = typer.Typer(
    add_completion=False,
    help="Evaluate strategies and baselines on versioned suites; report them (HTML, Markdown, JSON).",
)


@eval_app.callback(invoke_without_command=True)
def _eval_group(ctx: typer.Context) -> None:
    # Bare `llmopt eval`: the help and exit 0 (click's no_args_is_help raises an exception main() does not know).
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def _options(pairs: list[str]) -> dict[str, Any]:
    """``key=value`` strategy options; a value that reads as JSON (numbers, true, lists) is taken as such."""
    from llmopt.errors import ConfigError

    out: dict[str, Any] = {}
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq or not key:
            raise ConfigError(f"--option {pair!r} is not key=value")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


@eval_app.command("run")
def run(
    suite: str = typer.Argument(..., help="A suite name (llmopt eval suites), NAME:key=value,..., or dir:PATH."),
    strategy: str = typer.Option(..., "--strategy", "-s", help="A baseline (O0, Oz, clang-Oz, ...) or strategy."),
    out: Path = typer.Option(..., "--out", "-o", help="Evaluation directory (resumes if it holds the same run)."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model spec for model strategies (hf:DIR, ...)."),
    budget: int = typer.Option(10, "--budget", "-b", help="Compilations per program, -Oz included."),
    option: list[str] = typer.Option([], "--option", help="A strategy option key=value (repeatable)."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N programs of the suite (by name)."),
    level: str | None = typer.Option(None, "--level", help="function, tu or both (default: the suite's)."),
    flavour: Flavour = FlavourOpt,
    gate: bool = typer.Option(True, "--gate/--no-gate", help="PassListEval gate on every non-standard list."),
    guards: bool = typer.Option(False, "--guards/--no-guards", help="Also the per-program guards vs -Oz."),
    seed: int = typer.Option(0, "--seed", help="Seed of sampling and of the random baseline."),
    prompt_style: str = typer.Option("llm-compiler", "--prompt-style", help="Flag-tuning prompt style."),
    model_dir: Path | None = typer.Option(
        None, "--model-dir", help="Where the model's training manifest is (default: the hf:/vllm: path)."
    ),
    executor: str = typer.Option("pool", "--executor", help="serial, pool or ray."),
    workers: int | None = typer.Option(None, "--workers", "-j", help="Worker processes (default: all cores)."),
    debug_kill_after: int | None = typer.Option(
        None, "--debug-kill-after", hidden=True, help="Test hook: SIGKILL this process after N rows."
    ),
    measure_with: MeasureWith | None = MeasureWithOpt,
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Run STRATEGY over SUITE: one row per program in --out/rows.jsonl; rerun to resume after a kill."""
    from llmopt.eval.harness import EvalConfig, run_eval
    from llmopt.eval.suite import build_suite
    from llmopt.metrics import MeasurerSpec

    settings = settings_from(llvm_bin, data_dir)
    config = EvalConfig(
        strategy=strategy,
        model=model,
        budget=budget,
        options=_options(option),
        gate=gate,
        guards=guards,
        seed=seed,
        prompt_style=prompt_style,
        executor=executor,
        workers=workers,
    )
    from llmopt.errors import ConfigError
    from llmopt.eval.methods import check_options, resolve_method

    check_options(strategy, config.options)  # misuse is refused before the (possibly slow) suite build
    if resolve_method(strategy)[1] and not model:
        raise ConfigError(f"strategy {strategy!r} needs a model (--model hf:DIR, openai:URL#NAME, default)")
    toolchain = toolchain_from(settings)
    built = build_suite(suite, toolchain, flavour, settings.data_dir, {"limit": limit, "level": level})
    from llmopt.backends.base import default_model_mismatch

    # Measuring the default model out of its flavour is a fair experiment, so it runs, but never silently.
    mismatch = default_model_mismatch(model, built.flavour.value)
    if mismatch is not None:
        typer.echo(f"warning: {mismatch}; its answers on this suite measure it out of distribution", err=True)
    spec = MeasurerSpec.for_toolchain(
        toolchain, settings.data_dir, measure_with=measure_with_of(settings, measure_with), timeout_s=settings.timeout_s
    )
    count = [0]

    def on_row(row: dict[str, Any]) -> None:
        # One line per finished program on a terminal (logs and pipes stay clean).
        count[0] += 1
        if sys.stderr.isatty():
            typer.echo(
                f"[{count[0]}/{len(built.programs)}] {row['program']}: {row['status']} "
                f"{row.get('size')} (-Oz {row.get('oz_size')})",
                err=True,
            )

    summary = run_eval(built, config, out, spec, model_dir=model_dir, on_row=on_row, debug_kill_after=debug_kill_after)
    if as_json:
        warning = {"warning": mismatch} if mismatch is not None else {}
        print_json({"suite": built.name, "strategy": strategy, **warning, **summary.to_json()})
        return
    typer.echo(
        f"{built.name} ({built.flavour.value}, {len(built.programs)} programs) x {strategy} at budget {budget}: "
        f"{summary.rows_written} rows written, {summary.rows_reused} reused, {summary.wall_s:.1f} s -> {out}"
    )


@eval_app.command("peephole")
def peephole(
    model: str = typer.Option(..., "--model", "-m", help="The peephole model: hf:DIR, openai:URL#NAME, vllm:DIR."),
    data: Path = typer.Option(..., "--data", help="A peephole task dataset (llmopt data build peephole)."),
    split: str = typer.Option("test", "--split", help="The held-out split to evaluate on."),
    limit: int | None = typer.Option(None, "--limit", help="At most N functions (smallest hash first)."),
    form: str = typer.Option("generic", "--form", help="Prompt form the model was trained on: generic, diagnostic."),
    max_tokens: int = typer.Option(1024, "--max-tokens", help="Generation limit per answer."),
    verify_timeout: float = typer.Option(10.0, "--verify-timeout", help="Verifier seconds per answer."),
    name: str | None = typer.Option(None, "--name", help="The stage's name in the table (default: the model)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the report (with per-function rows) as JSON."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """LLM-VeriOpt's metrics of one model on a held-out split: the four verification categories, the share changed
    and proved, and latency / instruction count / binary size vs -O0 and vs instcombine."""
    from llmopt.backends import load_backend
    from llmopt.data.tasks.peephole import load_pairs
    from llmopt.eval.peephole import evaluate_peephole, markdown_table
    from llmopt.toolchain import write_atomic
    from llmopt.verify.smt import SmtVerifier

    settings = settings_from(llvm_bin, data_dir)
    pairs = load_pairs(data, split, limit)
    backend = load_backend(model)
    with measurer_from(settings) as measurer:
        report = evaluate_peephole(
            backend,
            SmtVerifier(measurer.toolchain),
            measurer,
            pairs,
            model=name or model,
            form=form,
            max_tokens=max_tokens,
            timeout_s=verify_timeout,
        )
    if out is not None:
        write_atomic(out, json.dumps(report.to_json(rows=True), indent=1) + "\n")
    if as_json:
        print_json(report.to_json())
        return
    typer.echo(markdown_table([report]))


@eval_app.command("task")
def task_command(
    task: str = typer.Option(..., "--task", help="compiler_emulation or disassembly."),
    model: str = typer.Option(..., "--model", "-m", help="The model: hf:DIR, openai:URL#NAME, vllm:DIR."),
    data: Path = typer.Option(..., "--data", help="The task's dataset (llmopt data build TASK)."),
    split: str = typer.Option("validation", "--split", help="The split to answer."),
    limit: int | None = typer.Option(None, "--limit", help="At most N rows (smallest normalized hash first)."),
    max_tokens: int = typer.Option(1024, "--max-tokens", help="Generation limit per answer."),
    batch: int = typer.Option(8, "--batch", help="Prompts per generate call."),
    threads: int | None = typer.Option(None, "--threads", help="torch threads for a local model (default: torch's)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the per-row results and the summary as JSON."),
    llvm_bin: Path | None = LlvmBinOpt,
    data_dir: Path | None = DataDirOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Compiler emulation (compiles, exact match, BLEU, size-prediction MAPE) or disassembly (round trips,
    round-trip BLEU and exact match, IR exact match and BLEU) of one model on a task dataset's split."""
    from llmopt.eval.tasks import evaluate_generation_task, load_task_rows
    from llmopt.toolchain import write_atomic

    load_task_rows(data, task, split, 1)  # a wrong task or dataset is one line, before a model is loaded
    if threads is not None:
        import torch

        torch.set_num_threads(threads)
    settings = settings_from(llvm_bin, data_dir)
    report = evaluate_generation_task(
        model, data, task, split, limit, toolchain=toolchain_from(settings), max_tokens=max_tokens, batch=batch
    )
    if out is not None:
        write_atomic(out, json.dumps(report.to_json(rows=True), indent=1) + "\n")
    summary = report.summary
    if as_json:
        print_json(report.to_json(rows=False))
        return

    def shown(key: str, value: Any) -> str:
        if value is None:
            return "n/a"
        if "bleu" in key:
            return f"{value:.3f}"
        return f"{value:.1f} %" if key.endswith("_mape") else f"{value * 100:.1f} %"

    keys = [k for k in summary if k.endswith(("_rate", "_mape")) or "bleu" in k]
    print_table(
        f"{task} on {split} ({summary['rows']} rows, {summary['too_long']} too long)",
        ["metric", "value"],
        [[k, shown(k, summary[k])] for k in keys] + [[f"status {k}", v] for k, v in summary["statuses"].items()],
    )
    typer.echo(f"generation {report.generate_s:.1f} s, scoring {report.score_s:.1f} s" + (f" -> {out}" if out else ""))


@eval_app.command("suites")
def suites(as_json: bool = JsonOpt) -> None:
    """List the registered suite names."""
    from llmopt.eval.suite import suite_names

    names = suite_names()
    if as_json:
        print_json({"suites": names})
    else:
        for name in names:
            typer.echo(name)


@eval_app.command("report")
def report(
    dirs: list[Path] = typer.Argument(..., help="Evaluation directories (llmopt eval run --out)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the self-contained HTML page here."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Also write the report as Markdown here."),
    as_json: bool = JsonOpt,
) -> None:
    """Summarize evaluation directories: a table per strategy; HTML with plots (-o), Markdown, JSON."""
    from llmopt.eval.report import build_report, render_html, render_markdown

    data = build_report(dirs)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        from llmopt.toolchain import write_atomic

        write_atomic(output, render_html(data))
    if markdown is not None:
        from llmopt.toolchain import write_atomic

        write_atomic(markdown, render_markdown(data))
    if as_json:
        print_json(data)
        return
    columns = ["strategy", "suite", "programs", "vs -Oz", "vs clang -Oz", "improved", "regressed", "equal", "comp."]
    rows = [
        [
            s["label"],
            s["suite"],
            s["programs"],
            _pct(s["vs_oz_pct"]),
            _pct(s["vs_clang_oz_pct"]),
            s["improved"],
            s["regressed"],
            s["equal"],
            "" if s["compilations"] is None else f"{s['compilations']:.1f}",
        ]
        for s in data["summary"]
    ]
    print_table("evaluation", columns, rows)
    if output is not None:
        typer.echo(f"report -> {output}")


@eval_app.command("results")
def results(
    dirs: list[Path] = typer.Argument(..., help="Evaluation directories (llmopt eval run --out)."),
    output: Path = typer.Option(..., "--output", "-o", help="Write the Markdown page here (docs/results.md)."),
    peephole: list[Path] = typer.Option([], "--peephole", help="A peephole evaluation JSON (repeatable)."),
    default_eval: Path | None = typer.Option(
        None, "--default-eval", help="The default model's eval.json (llmopt train default)."
    ),
    task_eval: list[Path] = typer.Option(
        [], "--task-eval", help="A compiler_emulation or disassembly result (llmopt eval task -o; repeatable)."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Write docs/results.md: each seed paper's published figures beside ours, from the runs' rows."""
    from llmopt.eval.results import build_results, ours_for
    from llmopt.toolchain import write_atomic

    inputs, text = build_results(dirs, peephole, default_eval, task_eval)
    write_atomic(output, text)
    if as_json:
        from llmopt.eval.results import FIGURES

        measured = sum(1 for f in FIGURES if ours_for(f, inputs)[0])
        print_json({"output": str(output), "runs": len(inputs.runs), "figures": len(FIGURES), "measured": measured})
        return
    typer.echo(f"results of {len(inputs.runs)} runs -> {output}")


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f} %"


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


__all__ = ["register"]
