"""``docs/results.md``: each seed paper's published figures beside ours on the same metric, from harness runs.

Why a generated page: a number typed by hand drifts from the rows it came from. The papers' figures are data
(``FIGURES``: paper, where, metric, value as printed, their suite and model); every "ours" cell is computed from
evaluation directories (``llmopt eval run --out``) by ``report.summarize_rows`` and ``llmopt.eval.metrics``, the
arithmetic the report, ``benchmarks/`` and the rewards share. Peephole evaluations (``llmopt eval peephole --out``,
reduced by ``llmopt.eval.peephole``) and the default model's ``eval.json`` (``llmopt train default``, scored by
``inference.scoring.score_completion``) are read as written.

Limits: MiBench is not shipped, so no cell is on the papers' suites; a figure without a matching run is listed as
"not measured" with the reason, never filled in. The papers' "improvement over -Oz" is a positive saving; ours is
printed as the harness prints it, a geomean change (negative = smaller). LLM-VeriOpt's Table III is a mean change,
``llmopt eval peephole``'s a geomean change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError
from llmopt.eval import metrics as m
from llmopt.eval.harness import ROWS_FILE, load_run
from llmopt.eval.methods import FIXED_BASELINES, STANDARD
from llmopt.eval.report import run_label, summarize_rows

C23 = "Cummins et al. 2023, *Large Language Models for Compiler Optimization* (arXiv 2309.07062)"
LLMC = "Cummins et al. 2025, *LLM Compiler* (CC '25)"
FEEDBACK = "Grubisic et al., *Compiler Generated Feedback for Large Language Models*"
VERIOPT = "Fang et al., *LLM-VeriOpt*"
PAPERS = (C23, LLMC, FEEDBACK, VERIOPT)

# The papers' suites and models, as they name them.
C23_SUITE, FB_SUITE, HOLDOUT = "their test programs", "test set of Cummins et al. 2023", "500 held-out programs"
MIBENCH, FTD, VO_SUITE = "MiBench, 2,398 object files", "LLM Compiler FTD", "4,386 functions of GCC and LLVM tests"
CATEGORIES = "equivalent (copies) / not equivalent / syntax error / inconclusive"
DEFAULT_KEYS, DEFAULT_CMD = ("prompts", "model_list", "with_oz_backup"), "llmopt train default"
# The tasks are scored by ``llmopt eval task -o FILE`` (eval.tasks); the page reads those files (--task-eval).
TASK_KEYS, TASK_CMD = ("task", "model", "data", "split", "summary"), "llmopt eval task -o"
NO_EMULATION = "no compiler_emulation result given (`llmopt eval task --task compiler_emulation -o FILE`, --task-eval)"
NO_DISASSEMBLY = "no disassembly result given (`llmopt eval task --task disassembly -o FILE`, --task-eval)"


@dataclass(frozen=True)
class Figure:
    """One published figure and which of our measurements stands beside it.

    Attributes:
        paper / where / metric / value / suite / model: the paper's figure as printed (value keeps its unit).
        measure: the key of our measurement (``ours_for``); ``none`` for a metric we have no task for.
        arg: the measurement's argument (a peephole stage name, a budget), or the reason when ``measure`` is none.
    """

    paper: str
    where: str
    metric: str
    value: str
    suite: str
    model: str
    measure: str
    arg: str = ""


FIGURES: tuple[Figure, ...] = (
    Figure(C23, "abstract", "instruction count vs -Oz", "3.0 % fewer", C23_SUITE, "7B from scratch", "icount_vs_oz"),
    Figure(C23, "abstract", "compiler emulation: output compiles", "91 %", C23_SUITE, "7B", "task",
           "compiler_emulation:compiles"),
    Figure(C23, "abstract", "compiler emulation: exact match", "70 %", C23_SUITE, "7B", "task",
           "compiler_emulation:exact"),
    Figure(LLMC, "Table 3", "binary size vs -Oz, model's list only (zero-shot)", "4.77 % (7B), 4.88 % (13B) smaller",
           MIBENCH, FTD, "default_zero_shot"),
    Figure(LLMC, "Table 3", "binary size vs -Oz, with -Oz backup", "5.24 % (7B), 5.26 % (13B) smaller", MIBENCH, FTD,
           "size_vs_oz"),
    Figure(LLMC, "Table 3, §6.1", "programs improved / regressed vs -Oz", "1,465 / 302 (7B), 1,466 / 299 (13B); "
           "61 % / 12 % (13B)", MIBENCH, FTD, "improved_regressed"),
    Figure(LLMC, "Table 4", "share of the autotuner's gain", "77 %", HOLDOUT, f"{FTD} 7B", "autotuner_share"),
    Figure(LLMC, "Table 4, §4.1", "autotuner's binary size vs -Oz", "6.63 % smaller (7.1 % on the training "
           "programs)", HOLDOUT, "autotuner (random search)", "autotuner_gain"),
    Figure(LLMC, "§6.1", "binary size prediction error (MAPE), optimized code", "0.225 (22.5 %)", MIBENCH,
           f"{FTD} 7B and 13B", "binary_size_mape"),
    Figure(LLMC, "Table 5", "disassembly round trips", "936 of 2,015 (7B), 905 (13B)", "MiBench, 2,015 prompts", FTD,
           "task", "disassembly:round_trips"),
    Figure(LLMC, "Table 5", "disassembly round-trip BLEU / exact match", "0.951 / 12.7 % (7B), 0.960 / 13.8 % (13B)",
           "MiBench, 2,015 prompts", FTD, "task", "disassembly:bleu_exact"),
    Figure(LLMC, "Table 7", "compiler emulation: compiles / exact match", "95.6 % / 20.0 % (13B); FTD 7B 71.0 % / "
           "4.6 %", "MiBench, 500 prompts", "LLM Compiler", "task", "compiler_emulation:compiles_exact"),
    Figure(FEEDBACK, "§4.1, abstract", "gain of one feedback round vs -Oz", "+0.53 % (Fast), +0.4 % (Long), +0.19 % "
           "(Short); 2.87 % → 3.4 % over -Oz", FB_SUITE, "7B", "feedback_gain"),
    Figure(FEEDBACK, "§4.2", "share of the autotuner's gain with 10 samples", "86 % (57 % greedy)", FB_SUITE,
           "original 7B model", "autotuner_share_at", "10"),
    Figure(FEEDBACK, "§4.2", "share of the autotuner's gain with 100 samples", "98 % (T=1.4)", FB_SUITE,
           "original 7B model", "autotuner_share_at", "100"),
    Figure(VERIOPT, "Table I", CATEGORIES, "73.2 % (56.8 %) / 4.2 % / 21.1 % / 1.5 %", VO_SUITE,
           "Qwen-3B, prompt only", "peephole_categories", "base"),
    Figure(VERIOPT, "Table II", CATEGORIES, "89.5 % (1.4 %) / 5.2 % / 3.7 % / 1.6 %", VO_SUITE,
           "Qwen-3B, Model-Correctness", "peephole_categories", "correctness"),
    Figure(VERIOPT, "Table II", CATEGORIES, "89.9 % (1.5 %) / 5.4 % / 3.0 % / 1.5 %", VO_SUITE,
           "Qwen-3B, Model-Latency", "peephole_categories", "latency"),
    Figure(VERIOPT, "§V-A, §V-B", "changed and proved", "16.4 % (Qwen-3B), 88.2 % (Model-Correctness)", VO_SUITE,
           "Qwen-3B", "peephole_changed"),
    Figure(VERIOPT, "Table III", "latency / instruction count / binary size vs -O0", "−50.68 % / −45.64 % / "
           "−17.37 % (mean)", VO_SUITE, "Qwen-3B, Model-Latency", "peephole_vs_o0", "latency"),
    Figure(VERIOPT, "§V-D, Fig. 6", "latency vs instcombine: better / worse / tie", "20.1 % / 22.6 % / 57.3 %",
           VO_SUITE, "Qwen-3B, Model-Latency", "peephole_vs_instcombine", "latency"),
    Figure(VERIOPT, "§V-D", "instcombine's latency vs -O0", "2.39× speedup (geomean)", VO_SUITE, "-instcombine",
           "instcombine_vs_o0"),
)  # fmt: skip


@dataclass(frozen=True)
class Ours:
    """One "ours" cell: the value, what made it (suite, strategy, model, budget) and the command that reproduces it."""

    value: str
    what: str
    command: str


@dataclass(frozen=True)
class Run:
    """One evaluation directory, loaded, with the report's summary of its rows."""

    directory: Path
    settings: dict[str, Any]
    rows: list[dict[str, Any]]
    summary: dict[str, Any]

    def suite_label(self) -> str:
        options = {k: v for k, v in (self.settings.get("suite_options") or {}).items() if k != "corpus"}
        picked = ", ".join(f"{k}={v}" for k, v in sorted(options.items())) or "all"
        return f"{self.settings.get('suite')} ({picked}: {len(self.rows):,} programs)"

    def what(self) -> str:
        name = str(self.settings.get("strategy"))
        opts = "".join(f" {k}={v}" for k, v in sorted((self.settings.get("options") or {}).items()))
        budget = "fixed pipelines" if name in FIXED_BASELINES else f"budget {self.settings.get('budget')}"
        return f"{self.suite_label()}; {name}{opts}; {self.settings.get('model') or 'no model'}; {budget}"

    def command(self) -> str:
        s = self.settings
        options = s.get("suite_options") or {}
        spec = str(s.get("suite")) + (":" + ",".join(f"{k}={v}" for k, v in sorted(options.items())) if options else "")
        parts = ["llmopt eval run", spec, "--strategy", str(s.get("strategy"))]
        if s.get("model"):
            parts += ["--model", str(s["model"])]
        if s.get("strategy") not in FIXED_BASELINES:
            parts += ["--budget", str(s.get("budget"))]
        for key, value in (s.get("options") or {}).items():
            parts.append(f"--option {key}={value if isinstance(value, str) else json.dumps(value)}")
        flags = {f"--flavour {s.get('flavour')}": s.get("flavour", "size") != "size", "--guards": bool(s.get("guards")),
                 "--no-gate": not s.get("gate", True), f"--seed {s.get('seed')}": bool(s.get("seed"))}  # fmt: skip
        parts += [flag for flag, on in flags.items() if on]
        return "`" + " ".join([*parts, "--out", str(self.directory)]) + "`"


def load_results_run(directory: Path) -> Run:
    """``harness.load_run`` plus the report's summary (a ConfigError for a missing or non-evaluation directory)."""
    if not Path(directory).is_dir():
        raise ConfigError(f"{directory} does not exist or is not a directory (give `llmopt eval run --out` dirs)")
    settings, rows, _contamination = load_run(Path(directory))
    return Run(Path(directory), settings, rows, summarize_rows(rows))


def _read_json(path: Path, needs: tuple[str, ...], made_by: str) -> dict[str, Any]:
    """A JSON object with the keys ``needs``; anything else is a ConfigError that names the command to use."""
    if not Path(path).is_file():
        raise ConfigError(f"{path} does not exist (expected the JSON `{made_by}` writes)")
    try:
        data = json.loads(Path(path).read_text())
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path} is not valid JSON ({e}); expected the JSON `{made_by}` writes") from e
    if not isinstance(data, dict) or any(k not in data for k in needs):
        raise ConfigError(f"{path} is not the JSON `{made_by}` writes (it needs the keys {', '.join(needs)})")
    return data


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f} %"


def _share_pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


@dataclass(frozen=True)
class Inputs:
    """What ``render_results`` reads: harness runs, peephole reports (with their files), the default model's eval."""

    runs: list[Run]
    peephole: list[tuple[Path, dict[str, Any]]]
    default_eval: tuple[Path, dict[str, Any]] | None
    tasks: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)  # ``llmopt eval task -o`` files
    default_card: dict[str, Any] = field(default_factory=dict)  # the default model's run card (``_read_default_eval``)


def _harness(runs: list[Run], value: Any) -> list[Ours]:
    """A cell per run for which ``value(run)`` is not None."""
    return [Ours(v, r.what(), r.command()) for r in runs if (v := value(r)) is not None]


def _vs_oz(r: Run) -> str | None:
    s = r.summary
    text = f"{_pct(s['vs_oz_pct'])} ({s['programs']:,} programs, {s['compilations'] or 0:.1f} compilations each)"
    return None if s["vs_oz_pct"] is None else text


def _icount(r: Run) -> str | None:
    ok = [row for row in r.rows if row.get("status") == "ok"]
    change = m.size_change_pct([(row.get("instruction_count"), row.get("oz_instruction_count")) for row in ok])
    return None if change is None else f"{_pct(change)} ({r.summary['programs']:,} programs)"


def _improved(r: Run) -> str | None:
    s, n = r.summary, r.summary["programs"]
    shares = f"{_share_pct(m.share(s['improved'], n))} / {_share_pct(m.share(s['regressed'], n))}"
    return f"{s['improved']:,} / {s['regressed']:,} of {n:,} ({shares})" if n else None


def _autotuner_share(r: Run) -> str | None:
    share = r.summary["share_of_autotuner"]
    return None if share is None else f"{100 * share:.0f} % ({_pct(r.summary['vs_oz_pct'])} vs -Oz)"


def _autotuner_gain(runs: list[Run]) -> list[Ours]:
    """The autotuner's reference of the first run that has one (it is the suite's, the same in every run)."""
    for r in runs:
        ratios = [row["tuned_ratio"] for row in r.rows if row.get("status") == "ok" and row.get("tuned_ratio")]
        if ratios:
            change = m.size_change_pct([(t, 1.0) for t in ratios])
            what = f"{r.suite_label()}; the coreset fit table's autotuner bests (budget 100); no model; budget 100"
            command = "`python scripts/fit_coreset.py --flavour size` (the fit table each row's `tuned_ratio` is from)"
            return [Ours(f"{_pct(change)} ({len(ratios):,} programs)", what, command)]
    return []


def _read_default_eval(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The default model's evaluation and its run card: a run's eval.json with the ``default_run.json`` beside it,
    or an installed model's card (``default_model.json``, whose ``evaluation`` is that eval.json), so the shipped
    model, ``llmopt/models/default/default_model.json``, is reported on any machine."""
    data = _read_json(path, (), DEFAULT_CMD)
    if isinstance(data.get("evaluation"), dict):
        card, data = data, data["evaluation"]
    else:
        beside = path.parent / "default_run.json"
        card = json.loads(beside.read_text()) if beside.is_file() else {}
    if any(k not in data for k in DEFAULT_KEYS):
        raise ConfigError(
            f"{path} is not the JSON `{DEFAULT_CMD}` writes (it needs the keys {', '.join(DEFAULT_KEYS)})"
        )
    return data, card


def _default(inputs: Inputs, key: str, budget: int) -> list[Ours]:
    """The default model's eval.json: the model's list alone (``model_list``) or with the -Oz backup."""
    if inputs.default_eval is None or not (inputs.default_eval[1].get(key) or {}).get("compared"):
        return []
    path, data = inputs.default_eval
    c = data[key]
    info = inputs.default_card
    settings, release = info.get("settings") or {}, (info.get("release") or {}).get("name", "the release")
    words = str(info.get("command") or "").split()
    run = Path(words[words.index("--out") + 1]).name if "--out" in words[:-1] else path.parent.name
    what = (f"{release} validation programs (first {c['compared']}); zero-shot greedy; default model "
            f"({settings.get('preset', '?')} preset, {run}); budget {budget}")  # fmt: skip
    if info.get("command"):  # an installed model's card records the command that trained it
        command = f"`{info['command']}` (its eval stage measured this; the card: {path})"
    else:
        command = (f"`llmopt train default --release {settings.get('release', 'RELEASE')} --preset "
                   f"{settings.get('preset', '2m')} --eval-programs {settings.get('eval_programs', c['compared'])} "
                   f"--out {path.parent}` (its eval stage writes {path.name})")  # fmt: skip
    value = (f"{_pct(c.get('change_pct'))} ({c['improved']} / {c['regressed']} / {c['equal']} improved / regressed / "
             f"equal; {_share_pct(data.get('parse_rate'))} of {data.get('prompts')} answers parse)")  # fmt: skip
    return [Ours(value, what, command)]


TASKS = {"compiler_emulation": NO_EMULATION, "disassembly": NO_DISASSEMBLY}  # each task, and why it may be missing


def _task_cell(summary: dict[str, Any], cell: str) -> str | None:
    """One cell of a task evaluation's summary, as the paper prints it (shares of all answers)."""
    n, rate = summary["rows"], lambda key: _share_pct(summary.get(key))
    cells = {
        "compiles": lambda: f"{rate('compile_rate')} of {n} (BLEU {summary['mean_bleu']:.3f})",
        "exact": lambda: f"{rate('exact_match_rate')} of {n}",
        "compiles_exact": lambda: f"{rate('compile_rate')} / {rate('exact_match_rate')} of {n}",
        "round_trips": lambda: f"{round(summary['round_trip_rate'] * n)} of {n} ({rate('round_trip_rate')})",
        "bleu_exact": lambda: (
            f"{summary['round_trip_bleu']:.3f} / {rate('round_trip_exact_rate')} of {n} (IR BLEU "
            f"{summary['mean_bleu']:.3f})"
        ),
    }
    try:
        return cells[cell]()
    except (KeyError, TypeError):  # a summary without that metric (another task's file, no answers)
        return None


def _task(inputs: Inputs, arg: str) -> list[Ours]:
    """A cell per ``llmopt eval task`` result of the figure's task (``arg``: ``TASK:cell``)."""
    task, cell = arg.split(":")
    out = []
    for path, rep in inputs.tasks:
        if rep["task"] != task or (value := _task_cell(rep["summary"], cell)) is None:
            continue
        n, data = rep["summary"]["rows"], Path(str(rep["data"]))
        data = data.parent if data.name == "dataset" else data  # the file names the dataset inside the build dir
        flavour = rep.get("flavour", "size")
        what = f"{n} {rep['split']} functions of {data} ({flavour} flavour); {rep['model']}; greedy"
        command = (f"`llmopt eval task --task {rep['task']} -m {rep['model']} --data {data} --split {rep['split']} "
                   f"--limit {n} -o {path}`")  # fmt: skip
        out.append(Ours(value, what, command))
    return out


def _peephole(inputs: Inputs, stage: str, cell: Any, who: str = "") -> list[Ours]:
    """A cell per peephole report of ``stage`` (every report when empty); ``who`` names a reference, not the model."""
    out = []
    for path, rep in inputs.peephole:
        if stage and rep.get("model") != stage:
            continue
        who_ = who or f"stage {rep.get('model')}; 1 greedy answer each"
        what = f"{rep['functions']} held-out peephole functions (paper flavour); {who_}"
        command = (f"`llmopt eval peephole --model hf:RUN/model --data PAIRS --split test --limit {rep['functions']} "
                   f"--name {rep.get('model')} --out {path}`")  # fmt: skip
        out.append(Ours(cell(rep), what, command))
    return out


def _categories(rep: dict[str, Any]) -> str:
    n, c = rep["functions"], rep["categories"]
    shares = [_share_pct(m.share(c[k], n)) for k in ("equivalent", "not_equivalent", "syntax_error", "inconclusive")]
    return f"{shares[0]} ({_share_pct(m.share(rep['copies'], n))}) / " + " / ".join(shares[1:])


def _vs(rep: dict[str, Any], key: str, names: tuple[str, ...]) -> str:
    return " / ".join(_pct(rep[key][name]["change_pct"]) for name in names) + " (geomean)"


def _better(rep: dict[str, Any]) -> str:
    c, n = rep["vs_instcombine"]["latency"], rep["functions"]
    return " / ".join(_share_pct(m.share(c[k], n)) for k in ("better", "worse", "tie"))


def _feedback(r: Run) -> str | None:
    rounds = r.summary["feedback_rounds_pct"]  # the report's gain_per_round over the rows' feedback candidates
    return " → ".join(_pct(v) for v in rounds) + " vs -Oz after each round (best so far)" if rounds else None


def ours_for(figure: Figure, inputs: Inputs) -> tuple[list[Ours], str]:
    """Our cells beside ``figure``, and the reason it is not measured when there are none."""
    methods = [r for r in inputs.runs if r.settings.get("strategy") not in {*STANDARD, "clang-Oz"}]  # they select
    tuned = [r for r in methods if r.summary["share_of_autotuner"] is not None]
    at_budget = [r for r in tuned if str(r.settings.get("budget")) == figure.arg]
    names, stage, none_given = ("latency", "instruction_count", "binary_size"), figure.arg, "no peephole evaluation"
    no_stage = f"{none_given} of stage {stage!r} (--peephole)"
    mape = "binary_size_mape"
    table: dict[str, tuple[Any, str]] = {
        "none": (list, figure.arg),
        "task": (lambda: _task(inputs, figure.arg), TASKS.get(figure.arg.split(":")[0], "")),
        "icount_vs_oz": (lambda: _harness(methods, _icount), "no strategy run with instruction counts"),
        "size_vs_oz": (lambda: _harness(methods, _vs_oz) + _default(inputs, "with_oz_backup", 2), "no strategy run"),
        "default_zero_shot": (lambda: _default(inputs, "model_list", 1), "the harness keeps -Oz; no --default-eval"),
        "improved_regressed": (lambda: _harness(methods, _improved), "no strategy run"),
        "autotuner_share": (lambda: _harness(tuned, _autotuner_share), "no run on a suite with an autotuner reference"),
        "autotuner_share_at": (lambda: _harness(at_budget, _autotuner_share),
                               f"no run at budget {figure.arg} on a suite with an autotuner reference"),
        "autotuner_gain": (lambda: _autotuner_gain(inputs.runs), "no run on a suite with an autotuner reference"),
        mape: (lambda: _harness(methods, lambda r: None if r.summary[mape] is None else
                                f"{r.summary[mape]:.1f} % ({r.summary['predictions']} predictions)"),
               "no run's rows carry a binary-size prediction (the only model answers no usable list)"),
        "feedback_gain": (lambda: _harness(methods, _feedback), "no feedback run (the only model answers garbage)"),
        "peephole_categories": (lambda: _peephole(inputs, stage, _categories), no_stage),
        "peephole_changed": (lambda: _peephole(inputs, "", lambda r: _share_pct(r["changed_and_proved_share"])),
                             f"{none_given} (--peephole)"),
        "peephole_vs_o0": (lambda: _peephole(inputs, stage, lambda r: _vs(r, "vs_o0", names)), no_stage),
        "peephole_vs_instcombine": (lambda: _peephole(inputs, stage, _better), no_stage),
        "instcombine_vs_o0": (lambda: _peephole(inputs, "", lambda r: _vs(r, "instcombine_vs_o0", names[:1]),
                                                "-instcombine itself")[:1], f"{none_given} (--peephole)"),
    }  # fmt: skip
    make, reason = table[figure.measure]
    return make(), reason


def _run_dates(runs: list[Run]) -> str:
    """First and last day a row was made: the rows' ``finished_at``, or the rows file's time for older rows."""
    days = []
    for r in runs:
        rows_file = r.directory / ROWS_FILE
        stamps = [str(row["finished_at"])[:10] for row in r.rows if row.get("finished_at")]
        if not stamps and rows_file.is_file():
            stamps = [datetime.fromtimestamp(rows_file.stat().st_mtime, timezone.utc).date().isoformat()]
        days += stamps
    return "no rows" if not days else min(days) if min(days) == max(days) else f"{min(days)} to {max(days)}"


def _row(*cells: str) -> str:
    """One Markdown table row; a ``|`` inside a cell is escaped."""
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def render_results(inputs: Inputs) -> str:
    """The Markdown page (see the module docstring)."""
    llvm = sorted({str(r.settings.get("toolchain")) for r in inputs.runs})  # pinned in eval.json: every row's LLVM
    suites = sorted({r.suite_label().split(" (")[0] for r in inputs.runs})
    out = [
        "# Results: the seed papers' figures beside ours",
        "",
        "Generated by `llmopt eval results` (`llmopt/eval/results.py`) from the evaluation directories named in each "
        "row; do not edit by hand. "
        f"LLVM: {', '.join(llvm) or 'n/a'}. Runs made: {_run_dates(inputs.runs)} (UTC; from the rows' `finished_at`, "
        "or the rows file's time for rows older than that field).",
        "",
        "MiBench, the papers' suite, is not shipped with llmopt, so no number below is on the papers' programs. "
        f"We used instead: {', '.join(f'`{s}`' for s in suites) or 'no suite'} (`project-bench-v1`: the project "
        "benchmark, 60 functions and 35 TUs, with the autotuner's reference; `debian-heldout-v1`: the held-out Debian "
        "packages of HELDOUT.md, no autotuner reference). Sizes: geomean change vs -Oz, negative = smaller (the "
        "papers print a saving as a positive improvement); our strategies select on binary size, so their IR "
        'instruction count may exceed that of -Oz. "not measured" says why; nothing is filled in by hand.',
    ]
    for paper in PAPERS:
        out += ["", f"## {paper}", "", "| metric | paper's figure (suite, model) | ours (suite, strategy, model, "
                "budget) | the command that reproduces ours |", "|---|---|---|---|"]  # fmt: skip
        for fig in (f for f in FIGURES if f.paper == paper):
            paper_cell = f"{fig.value} ({fig.suite}, {fig.model}; {fig.where})"
            cells, reason = ours_for(fig, inputs)
            out += [_row(fig.metric, paper_cell, f"not measured: {reason}", "")] if not cells else []
            out += [_row(*((fig.metric, paper_cell) if i == 0 else ("", "")), f"{c.value} ({c.what})", c.command)
                    for i, c in enumerate(cells)]  # fmt: skip
    out += ["", "## Every run", "", "| suite | strategy | programs | vs -Oz | improved / regressed / equal | "
            "% of autotuner | compilations |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in inputs.runs:
        s = r.summary
        share = "n/a" if s["share_of_autotuner"] is None else f"{100 * s['share_of_autotuner']:.0f} %"
        comp = "n/a" if s["compilations"] is None else f"{s['compilations']:.1f}"
        counts = f"{s['improved']:,} / {s['regressed']:,} / {s['equal']:,}"
        out.append(_row(r.suite_label(), run_label(r.settings), f"{s['programs']:,}", _pct(s["vs_oz_pct"]), counts,
                        share, comp))  # fmt: skip
    files = [*map(str, (r.directory for r in inputs.runs)), *(f"--peephole {p}" for p, _ in inputs.peephole)]
    files += [f"--default-eval {inputs.default_eval[0]}"] if inputs.default_eval else []
    files += [f"--task-eval {p}" for p, _ in inputs.tasks]
    command = " \\\n    ".join(["llmopt eval results", *files, "-o docs/results.md"])
    out += ["", "## Regenerate", "", "```", command, "```"]
    return "\n".join(out) + "\n"


def build_results(
    dirs: list[Path],
    peephole: list[Path] | None = None,
    default_eval: Path | None = None,
    task_evals: list[Path] | None = None,
) -> tuple[Inputs, str]:
    """Load the inputs and render the page.

    Raises:
        ConfigError: no directory, a missing or non-evaluation directory, a file that is not its command's JSON.
    """
    if not dirs:
        raise ConfigError("give at least one evaluation directory (made by `llmopt eval run --out`)")
    runs = [load_results_run(d) for d in dirs]
    keys = ("model", "functions", "categories", "copies", "changed_and_proved_share", "vs_o0", "vs_instcombine")
    reports = [(p, _read_json(p, keys, "llmopt eval peephole --out")) for p in peephole or []]
    data, card = ({}, {}) if default_eval is None else _read_default_eval(default_eval)
    default = None if default_eval is None else (default_eval, data)
    tasks = [(p, _read_json(p, TASK_KEYS, TASK_CMD)) for p in task_evals or []]
    unknown = [str(p) for p, rep in tasks if rep["task"] not in TASKS]
    if unknown:
        raise ConfigError(f"{unknown[0]} is not a compiler_emulation or disassembly result ({TASK_CMD})")
    inputs = Inputs(runs, reports, default, tasks, card)
    return inputs, render_results(inputs)


__all__ = ["FIGURES", "PAPERS", "Figure", "Inputs", "Ours", "Run", "build_results", "ours_for", "render_results"]
