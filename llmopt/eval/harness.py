"""``run_eval``: one strategy (or baseline) over one suite, one replayable JSON row per program, resumable.

Layout of an evaluation directory::

    <out>/eval.json          the settings (written on the first run; a later run with other settings is refused)
    <out>/suite.json         the suite's manifest: program name -> module hash, and its SHA-256
    <out>/contamination.json the suite against the model's training manifest (or why it was not checked)
    <out>/rows.jsonl         one row per program, appended as programs finish

Why this shape: a run over a real suite takes hours and gets killed. Rows are appended one ``write`` each on an
``O_APPEND`` descriptor and flushed to disk, so a kill leaves every finished row and at most one torn last line; the
next run drops a torn line (rewriting the file atomically with ``write_atomic``), skips every program whose
(name, module hash) has a row and runs the rest. Only the parent writes; workers return rows. ``eval.json`` pins what
makes rows comparable (suite name and manifest hash, flavour, strategy and its options, model, budget, acceptance,
seed, prompt style, LLVM identity): mixing two settings in one directory would average two experiments, so it is a
``ConfigError`` that names the differing keys.

Programs fan out on the one executor (``llmopt.parallel.make_executor(...).as_completed``) as ``ProgramJob`` specs:
the program (IR by value), the method name and options, the model spec, a ``MeasurerSpec``; each worker builds its
measurer, acceptance policy and backend once per process.

Every row, whatever the method: the program (name, kind, package, module hash, flavour), the method, model and
budget, the chosen pass list, sizes (chosen, -Oz, real ``clang -Oz`` where the program has a C source), instruction
counts (chosen and -Oz), compilations, model calls, tokens and time, wall time, the acceptance verdict, typed failure
counts, the model's predicted instruction count / binary size next to the measured ones where the strategy read a
prediction, and when the row was made (``finished_at``, UTC). -Oz and clang measurements for the references are
not counted as compilations of the method.

Limits: one directory holds one (suite, strategy, model, budget); compare several with ``llmopt eval report DIR...``.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError, InputError, ToolError
from llmopt.eval.contamination import check_contamination
from llmopt.eval.methods import OZ, EvalMethod, InferenceStrategy, MethodContext, check_options, resolve_method
from llmopt.eval.suite import Suite, SuiteProgram
from llmopt.metrics import MeasurerSpec, measure_clang_object, worker_measurer
from llmopt.toolchain import Toolchain, write_atomic

FORMAT = "llmopt-eval"
VERSION = 1
SETTINGS_FILE = "eval.json"
SUITE_FILE = "suite.json"
ROWS_FILE = "rows.jsonl"
CONTAMINATION_FILE = "contamination.json"


@dataclass(frozen=True)
class EvalConfig:
    """What one evaluation runs (all of it but ``executor``/``workers`` is pinned in ``eval.json``).

    Attributes:
        strategy: a baseline (``O0``, ``Oz``, ``clang-Oz``, ``Os``, ``O2``, ``best-standard``, ``random``,
            ``coreset``) or an inference strategy name (``zero-shot``, ``priority``, ...).
        model: a model spec (``hf:DIR``, ``openai:URL#NAME``, ``default``) for model strategies, else None.
        budget: compilations per program, -Oz included (strategies; the fixed baselines ignore it).
        options: the inference strategy's options.
        gate: put the PassListEval gate in front of every non-standard list (verdicts cached in the data dir).
        guards: also run the per-program guards (structural, differential, translation validation vs -Oz).
        seed: seed of sampling and of the random baseline.
        prompt_style: the flag-tuning prompt style of model strategies.
        executor / workers: where programs run (``serial``, ``pool``, ``ray``); not part of the settings.
    """

    strategy: str
    model: str | None = None
    budget: int = 10
    options: dict[str, Any] = field(default_factory=dict)
    gate: bool = True
    guards: bool = False
    seed: int = 0
    prompt_style: str = "llm-compiler"
    executor: str = "pool"
    workers: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.budget, int) or self.budget < 1:
            raise ConfigError(f"--budget is a number of compilations >= 1 (-Oz included), got {self.budget!r}")


@dataclass(frozen=True)
class ProgramJob:
    """A worker's task: one program under one method (plain, picklable values only)."""

    program: SuiteProgram
    strategy: str
    options: tuple[tuple[str, Any], ...]
    model: str | None
    budget: int
    measurer: MeasurerSpec
    gate: bool
    guards: bool
    seed: int
    prompt_style: str
    suite: str


@dataclass
class EvalSummary:
    """What a run did: rows written now and reused, and where."""

    out_dir: Path
    programs: int
    rows_written: int
    rows_reused: int
    wall_s: float

    def to_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out_dir),
            "programs": self.programs,
            "rows_written": self.rows_written,
            "rows_reused": self.rows_reused,
            "wall_s": round(self.wall_s, 2),
        }


# -- rows on disk ------------------------------------------------------------------------------------------------
def read_rows(path: Path, repair: bool = False) -> list[dict[str, Any]]:
    """The complete rows of a ``rows.jsonl``; a torn last line (a kill mid-write) is dropped, and with ``repair``
    the file is rewritten without it (atomically)."""
    if not path.is_file():
        return []
    data = path.read_bytes()
    rows: list[dict[str, Any]] = []
    good = 0
    for line in data.split(b"\n"):
        if not line.strip():
            good += len(line) + 1
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            break  # only the last line can be torn: everything before it was one complete write
        good += len(line) + 1
    if repair and good < len(data):
        kept = b"".join(json.dumps(r, sort_keys=True).encode() + b"\n" for r in rows)
        write_atomic(path, kept)
    return rows


def append_row(path: Path, row: dict[str, Any]) -> None:
    """Append one row as one ``write`` on an ``O_APPEND`` descriptor, flushed to disk before returning."""
    payload = json.dumps(row, sort_keys=True).encode() + b"\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)


def settings_of(suite: Suite, config: EvalConfig, toolchain: Toolchain) -> dict[str, Any]:
    """The settings that make rows comparable (``eval.json``)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "suite": suite.name,
        "suite_options": {k: str(v) for k, v in sorted(suite.options.items())},
        "suite_manifest_sha256": suite.manifest_hash,
        "flavour": suite.flavour.value,
        "strategy": config.strategy,
        "options": {k: config.options[k] for k in sorted(config.options)},
        "model": config.model,
        "budget": config.budget,
        "gate": config.gate,
        "guards": config.guards,
        "seed": config.seed,
        "prompt_style": config.prompt_style,
        "toolchain": toolchain.identity,
    }


def check_settings(out_dir: Path, settings: dict[str, Any]) -> bool:
    """Write ``eval.json`` on the first run; True when it was already there and matches.

    Raises:
        ConfigError: the directory holds an evaluation with other settings (the message names the differing keys),
            or ``out_dir`` is a file.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"--out {out_dir} is a file, not a directory")
    path = out_dir / SETTINGS_FILE
    if not path.is_file():
        if (out_dir / ROWS_FILE).is_file():
            raise ConfigError(f"{out_dir} has {ROWS_FILE} but no {SETTINGS_FILE}; it is not an evaluation directory")
        out_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(settings, indent=1, sort_keys=True) + "\n")
        return False
    try:
        recorded = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path} is not valid JSON ({e}); it is not an evaluation directory") from e
    diff = sorted(k for k in set(recorded) | set(settings) if recorded.get(k) != settings.get(k))
    if diff:
        shown = "; ".join(f"{k}: {recorded.get(k)!r} there, {settings.get(k)!r} now" for k in diff[:4])
        raise ConfigError(
            f"{out_dir} holds an evaluation with other settings ({shown}); rows of different settings are never "
            "mixed: use another --out"
        )
    return True


# -- the worker side ---------------------------------------------------------------------------------------------
_WORKER_TOOLS: dict[tuple[Any, ...], Any] = {}


def _worker_tools(job: ProgramJob) -> tuple[Any, Any, Any]:
    """This process's measurer, acceptance policy and backend for ``job`` (built once per process)."""
    from llmopt.toolchain import Flavour
    from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, AcceptancePolicy, GateConfig, GuardConfig

    measurer = worker_measurer(job.measurer)
    key = ("acceptance", job.measurer, job.gate, job.guards, job.program.flavour)
    acceptance = _WORKER_TOOLS.get(key)
    if acceptance is None:
        if job.gate or job.guards:
            config = AcceptanceConfig(
                flavour=Flavour(job.program.flavour),
                gate=GateConfig(enabled=job.gate),
                guards=GuardConfig(enabled=job.guards),
            )
            acceptance = Acceptance(measurer.toolchain, config, Path(job.measurer.data_dir), measurer=measurer)
        else:
            acceptance = AcceptancePolicy()  # accepts everything: the row says "ungated"
        _WORKER_TOOLS[key] = acceptance
    backend = None
    # Inference strategies get the model (some use one only when given, e.g. ranked-coreset); the baselines never do.
    if job.model and isinstance(resolve_method(job.strategy)[0], InferenceStrategy):
        backend = _WORKER_TOOLS.get(("backend", job.model))
        if backend is None:
            from llmopt.backends import load_backend

            backend = load_backend(job.model)
            _WORKER_TOOLS[("backend", job.model)] = backend
    return measurer, acceptance, backend


def evaluate_program(job: ProgramJob) -> dict[str, Any]:
    """One row (see the module docstring). Runs in a worker; expected failures are row statuses, not exceptions."""
    start = time.perf_counter()
    program = job.program
    measurer, acceptance, backend = _worker_tools(job)
    method: EvalMethod = resolve_method(job.strategy)[0]
    ctx = MethodContext(
        measurer, acceptance, job.budget, backend, job.seed, job.prompt_style, options=dict(job.options)
    )
    outcome = method.run(program, ctx)
    method_s = time.perf_counter() - start
    module = program.to_module()
    oz = measurer.measure_pipeline(module, OZ)
    clang_size = None
    if program.c_source:
        try:
            clang_size = measure_clang_object(measurer.toolchain, Path(program.c_source)).binary_size
        except (InputError, ToolError):  # a reference that cannot be built is left out, never fatal to the row
            clang_size = None
    evaluation = outcome.evaluation
    size = outcome.size if evaluation is None else (evaluation.binary_size if evaluation.ok else None)
    instructions = None if evaluation is None or not evaluation.ok else evaluation.instruction_count
    predictions = outcome.predictions
    chosen = next((p for p in predictions if p.get("pipeline") == outcome.pass_list), None)
    return {
        "suite": job.suite,
        "program": program.name,
        "kind": program.kind,
        "package": program.package,
        "group": program.group,
        "module_hash": program.module_hash,
        "flavour": program.flavour,
        "strategy": job.strategy,
        "options": dict(job.options),
        "model": job.model,
        "budget": job.budget,
        "status": outcome.status,
        "pass_list": outcome.pass_list,
        "chosen_source": outcome.chosen_source,
        "size": size,
        "oz_size": oz.binary_size if oz.ok else None,
        "clang_oz_size": clang_size,
        "tuned_ratio": program.tuned_ratio,
        "instruction_count": instructions,
        "oz_instruction_count": oz.instruction_count if oz.ok else None,
        "compilations": outcome.compilations,
        "model_calls": outcome.model.get("calls", 0),
        "prompt_tokens": outcome.model.get("prompt_tokens", 0),
        "completion_tokens": outcome.model.get("completion_tokens", 0),
        "model_s": outcome.model.get("seconds", 0.0),
        "method_s": round(method_s, 4),
        "wall_s": round(time.perf_counter() - start, 4),
        "accepted": outcome.accepted,
        "verdict": outcome.verdict,
        "gated": job.gate,
        "why": outcome.why,
        "failures": outcome.failures,
        # The chosen list's prediction; every prediction, with the measured values, is in "predictions".
        "predicted_instruction_count": None if chosen is None else chosen.get("instruction_count"),
        "predicted_binary_size": None if chosen is None else chosen.get("binary_size"),
        "predictions": predictions,
        "candidates": outcome.candidates,
        "toolchain": measurer.toolchain.identity,
        # When the row was made (UTC): docs/results.md names the dates of the runs it shows.
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "extra": outcome.extra,
    }


# -- the parent side ---------------------------------------------------------------------------------------------
def run_eval(
    suite: Suite,
    config: EvalConfig,
    out_dir: Path,
    measurer: MeasurerSpec,
    *,
    model_dir: Path | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    debug_kill_after: int | None = None,
) -> EvalSummary:
    """Evaluate ``config.strategy`` on every program of ``suite`` into ``out_dir`` (see the module docstring).

    Args:
        suite: the programs.
        config: strategy, model, budget, acceptance, executor.
        out_dir: the evaluation directory (created; resumed when it holds a run with the same settings).
        measurer: how workers measure.
        model_dir: the model's directory, for the contamination check against its training manifest (None: taken
            from an ``hf:``/``vllm:`` spec's path).
        on_row: called in the parent with each new row (progress).
        debug_kill_after: test hook: SIGKILL this process after writing that many rows (a real kill mid-run).

    Returns:
        The summary.

    Raises:
        ConfigError: unknown strategy or options, a model strategy without a model, settings that differ from the
            directory's, a bad directory.
    """
    start = time.perf_counter()
    _method, needs_model = resolve_method(config.strategy)
    check_options(config.strategy, config.options)
    if needs_model and not config.model:
        raise ConfigError(f"strategy {config.strategy!r} needs a model (--model hf:DIR, openai:URL#NAME, default)")
    toolchain = measurer.toolchain()
    out_dir = Path(out_dir)
    resumed = check_settings(out_dir, settings_of(suite, config, toolchain))
    if not resumed or not (out_dir / SUITE_FILE).is_file():
        write_atomic(out_dir / SUITE_FILE, json.dumps(suite.manifest_json(), indent=1, sort_keys=True) + "\n")
    if not (out_dir / CONTAMINATION_FILE).is_file():
        report = check_contamination(suite, toolchain, config.model, model_dir)
        write_atomic(out_dir / CONTAMINATION_FILE, json.dumps(report, indent=1, sort_keys=True) + "\n")
    rows_path = out_dir / ROWS_FILE
    done = {(r.get("program"), r.get("module_hash")) for r in read_rows(rows_path, repair=True)}
    pending = [p for p in suite.programs if (p.name, p.module_hash) not in done]
    jobs = [
        ProgramJob(
            program=p,
            strategy=config.strategy,
            options=tuple(sorted(config.options.items())),
            model=config.model,
            budget=config.budget,
            measurer=measurer,
            gate=config.gate,
            guards=config.guards,
            seed=config.seed,
            prompt_style=config.prompt_style,
            suite=suite.name,
        )
        for p in pending
    ]
    written = 0
    if jobs:
        from llmopt.parallel import make_executor

        kind = "serial" if config.workers == 1 or len(jobs) == 1 else config.executor
        with make_executor(kind, workers=config.workers) as executor:
            for _i, row in executor.as_completed(evaluate_program, jobs):
                append_row(rows_path, row)
                written += 1
                if on_row is not None:
                    on_row(row)
                if debug_kill_after is not None and written >= debug_kill_after:
                    os.kill(os.getpid(), signal.SIGKILL)
    return EvalSummary(
        out_dir, len(suite.programs), written, len(suite.programs) - len(pending), time.perf_counter() - start
    )


def load_run(out_dir: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """(settings, rows, contamination report) of an evaluation directory.

    Raises:
        ConfigError: not an evaluation directory.
    """
    out_dir = Path(out_dir)
    path = out_dir / SETTINGS_FILE
    if not path.is_file():
        raise ConfigError(f"{out_dir} is not an evaluation directory (no {SETTINGS_FILE}; made by `llmopt eval run`)")
    try:
        settings = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path} is not valid JSON ({e})") from e
    contamination_path = out_dir / CONTAMINATION_FILE
    contamination = json.loads(contamination_path.read_text()) if contamination_path.is_file() else {}
    return settings, read_rows(out_dir / ROWS_FILE), contamination


def load_runs(dirs: Sequence[Path]) -> list[tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]]:
    """``load_run`` of each directory, in order."""
    if not dirs:
        raise ConfigError("give at least one evaluation directory (made by `llmopt eval run`)")
    return [load_run(d) for d in dirs]


__all__ = [
    "CONTAMINATION_FILE",
    "ROWS_FILE",
    "SETTINGS_FILE",
    "SUITE_FILE",
    "EvalConfig",
    "EvalSummary",
    "ProgramJob",
    "append_row",
    "check_settings",
    "evaluate_program",
    "load_run",
    "load_runs",
    "read_rows",
    "run_eval",
    "settings_of",
]
