"""The report of one or more evaluation directories: JSON data, a Markdown page, and one self-contained HTML page.

Why self-contained: a report is mailed, attached to an issue, opened on a machine without network. The HTML page has
inline CSS, its plots as inline base64 PNG images (matplotlib, Agg backend) and one tiny inline script that only
records load errors and marks the page as ready (``data-ready``, ``data-errors``, ``data-plots-loaded`` on
``<body>``, which the headless-browser test reads); nothing is fetched from anywhere.

Every number comes from ``llmopt.eval.metrics`` over the rows, so the report, ``benchmarks/`` and the rewards agree:

- summary per run (strategy, model, budget): geomean size change vs -Oz and vs real ``clang -Oz`` (rows with a C
  source only), improved / regressed / equal vs -Oz, % of the autotuner's gain (rows with an autotuner reference),
  compilations per program, model calls and tokens, wall time, failures, MAPE of predicted instruction counts and
  binary sizes (rows where the strategy read a prediction), and the contamination check;
- the same split by program kind (functions, TUs) and by package;
- plots: size change vs compilations per run, the distribution of per-program gains, the per-package breakdown, and
  predicted vs real counts when any run has predictions;
- the feedback loop's geomean change vs -Oz after each round (best so far), for runs whose rows hold feedback
  candidates.

Not covered: the "I am sure!" rate (rows do not record it). ``docs/results.md`` (the papers' figures beside ours) is
``llmopt.eval.results``, which reuses ``summarize_rows``.
"""

from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llmopt.eval import metrics as m
from llmopt.eval.harness import load_runs

PLOT_IDS = ("plot-size-vs-compilations", "plot-gain-distribution", "plot-packages", "plot-predicted-vs-real")


def run_label(settings: dict[str, Any]) -> str:
    """``strategy [model] @budget``; the fixed baselines ignore the budget, so it is not shown for them."""
    from llmopt.eval.methods import FIXED_BASELINES

    model = f" [{settings['model']}]" if settings.get("model") else ""
    strategy = str(settings.get("strategy"))
    budget = "" if strategy in FIXED_BASELINES else f" @{settings.get('budget')}"
    return f"{strategy}{model}{budget}"


SURE_COLUMNS = ("answers", '"I am sure!"', "sure and right (count predicted exactly)")


def _sure_cells(s: dict[str, Any]) -> list[str]:
    """A report row of the "I am sure!" table (shares as percentages; "n/a" where nothing was measured)."""
    rate, precision = s.get("sure_rate"), s.get("sure_precision")
    return [
        s["label"],
        str(s["sure_answers"]),
        "n/a" if rate is None else f"{100 * rate:.1f} %",
        "n/a" if precision is None else f"{100 * precision:.1f} %",
    ]


def summarize_rows(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The metrics of one group of rows (see the module docstring)."""
    ok = [r for r in rows if r.get("status") == "ok"]
    vs_oz = [(r.get("size"), r.get("oz_size")) for r in ok]
    vs_clang = [(r.get("size"), r.get("clang_oz_size")) for r in ok if r.get("clang_oz_size")]
    tuned = [r for r in ok if r.get("tuned_ratio") is not None and r.get("oz_size")]
    improved, regressed, equal = m.improved_regressed_equal(vs_oz)
    predicted = [p for r in rows for p in (r.get("predictions") or [])]
    failures: dict[str, int] = defaultdict(int)
    for r in rows:
        for kind, count in (r.get("failures") or {}).items():
            failures[kind] += int(count)
    feedback = [r for r in ok if any(c.get("source") == "feedback" for c in r.get("candidates") or [])]
    rounds = [[c.get("size") for c in r["candidates"] if c.get("source") == "feedback"] for r in feedback]
    said = [p for p in predicted if p.get("sure") is not None]
    sure = [(p.get("instruction_count"), p.get("real_instruction_count")) for p in said if p.get("sure")]
    return {
        "feedback_rounds_pct": m.gain_per_round(rounds, [r.get("oz_size") for r in feedback]),
        "sure_answers": len(said),
        "sure_rate": m.sure_rate([p["sure"] for p in said]),
        "sure_precision": m.sure_precision(sure),
        "rows": len(rows),
        "programs": len(ok),
        "not_applicable": sum(1 for r in rows if r.get("status") == "not_applicable"),
        "failed": sum(1 for r in rows if r.get("status") == "failed"),
        "vs_oz_pct": m.size_change_pct(vs_oz),
        "vs_clang_oz_pct": m.size_change_pct(vs_clang),
        "clang_programs": len(vs_clang),
        "improved": improved,
        "regressed": regressed,
        "equal": equal,
        "share_of_autotuner": m.share_of_autotuner_gain(
            [(r["size"], r["oz_size"]) for r in tuned], [(r["tuned_ratio"] * r["oz_size"], r["oz_size"]) for r in tuned]
        ),
        "compilations": m.compilations_per_program([r.get("compilations") for r in rows]),
        "model_calls": sum(int(r.get("model_calls") or 0) for r in rows),
        "tokens": sum(int(r.get("prompt_tokens") or 0) + int(r.get("completion_tokens") or 0) for r in rows),
        "wall_s": sum(float(r.get("wall_s") or 0.0) for r in rows),
        "failures": dict(failures),
        "predictions": len(predicted),
        "instruction_count_mape": m.mean_absolute_percentage_error(
            [p.get("instruction_count") for p in predicted], [p.get("real_instruction_count") for p in predicted]
        ),
        "binary_size_mape": m.mean_absolute_percentage_error(
            [p.get("binary_size") for p in predicted], [p.get("real_binary_size") for p in predicted]
        ),
    }


def _contamination_line(report: dict[str, Any]) -> str:
    if not report:
        return "not recorded"
    if not report.get("checked"):
        return f"not checked: {report.get('reason', '?')}"
    n, total = len(report.get("overlapping", [])), report.get("programs", 0)
    return f"{n} of {total} programs in the training manifest ({report.get('manifest')})"


def build_report(dirs: Sequence[Path]) -> dict[str, Any]:
    """The report's data from evaluation directories (JSON-ready).

    Raises:
        ConfigError: a directory is not an evaluation directory, or none was given.
    """
    runs = load_runs([Path(d) for d in dirs])
    summary, by_kind, packages, gains, predictions, run_info = [], [], [], [], [], []
    for directory, (settings, rows, contamination) in zip(dirs, runs, strict=True):
        label = run_label(settings)
        head = {
            "label": label,
            "dir": str(directory),
            "suite": settings.get("suite"),
            "flavour": settings.get("flavour"),
            "strategy": settings.get("strategy"),
            "model": settings.get("model"),
            "budget": settings.get("budget"),
            "gate": settings.get("gate"),
        }
        run_info.append({**head, "settings": settings, "contamination": contamination,
                         "contamination_line": _contamination_line(contamination)})  # fmt: skip
        summary.append({**head, **summarize_rows(rows), "contamination": _contamination_line(contamination)})
        for kind in sorted({r.get("kind", "") for r in rows}):
            by_kind.append({**head, "kind": kind, **summarize_rows([r for r in rows if r.get("kind") == kind])})
        for package in sorted({r.get("package", "") for r in rows}):
            group = [r for r in rows if r.get("package") == package]
            packages.append({"label": label, "package": package, **summarize_rows(group)})
        gains.append(
            {
                "label": label,
                "gains_pct": [
                    100.0 * g
                    for r in rows
                    if r.get("status") == "ok" and (g := m.gain_over(r.get("size"), r.get("oz_size"))) is not None
                ],
            }
        )
        pairs = [
            (p["instruction_count"], p["real_instruction_count"])
            for r in rows
            for p in (r.get("predictions") or [])
            if p.get("instruction_count") is not None and p.get("real_instruction_count") is not None
        ]
        if pairs:
            predictions.append({"label": label, "pairs": pairs})
    return {
        "runs": run_info,
        "summary": summary,
        "by_kind": by_kind,
        "packages": packages,
        "gains": gains,
        "predictions": predictions,
    }


# -- Markdown ----------------------------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f} %"


def _num(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.0f} %"


SUMMARY_COLUMNS = (
    "strategy", "suite", "programs", "vs -Oz", "vs clang -Oz", "improved", "regressed", "equal",
    "% of autotuner", "compilations", "model calls", "wall s", "contamination",
)  # fmt: skip


def _summary_cells(s: dict[str, Any]) -> list[str]:
    clang = _pct(s["vs_clang_oz_pct"]) + (f" ({s['clang_programs']})" if s["clang_programs"] else "")
    return [
        s["label"], f"{s['suite']} ({s['flavour']})", str(s["programs"]), _pct(s["vs_oz_pct"]), clang,
        str(s["improved"]), str(s["regressed"]), str(s["equal"]), _share(s["share_of_autotuner"]),
        _num(s["compilations"]), str(s["model_calls"]), _num(s["wall_s"]), s.get("contamination", ""),
    ]  # fmt: skip


def _md_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(data: dict[str, Any]) -> str:
    """The report as Markdown (tables only)."""
    out = ["# Evaluation report", "", "## Summary (size change: negative = smaller)", ""]
    out.append(_md_table(SUMMARY_COLUMNS, [_summary_cells(s) for s in data["summary"]]))
    out += ["", "## By program kind", ""]
    out.append(
        _md_table(
            ["strategy", "kind", "programs", "vs -Oz", "vs clang -Oz", "improved", "regressed", "compilations"],
            [
                [s["label"], s["kind"], str(s["programs"]), _pct(s["vs_oz_pct"]), _pct(s["vs_clang_oz_pct"]),
                 str(s["improved"]), str(s["regressed"]), _num(s["compilations"])]
                for s in data["by_kind"]
            ],
        )
    )  # fmt: skip
    out += ["", "## By package", ""]
    out.append(
        _md_table(
            ["strategy", "package", "programs", "vs -Oz", "improved", "regressed"],
            [
                [p["label"], p["package"], str(p["programs"]), _pct(p["vs_oz_pct"]), str(p["improved"]),
                 str(p["regressed"])]
                for p in data["packages"]
            ],
        )
    )  # fmt: skip
    preds = [s for s in data["summary"] if s["instruction_count_mape"] is not None or s["binary_size_mape"] is not None]
    if preds:
        out += ["", "## Prediction error (MAPE)", ""]
        out.append(
            _md_table(
                ["strategy", "instruction count", "binary size"],
                [[s["label"], _num(s["instruction_count_mape"], 2), _num(s["binary_size_mape"], 2)] for s in preds],
            )
        )
    loops = [s for s in data["summary"] if s["feedback_rounds_pct"]]
    if loops:
        depth = max(len(s["feedback_rounds_pct"]) for s in loops)
        out += ["", "## Feedback loop: geomean vs -Oz after each round (best so far)", ""]
        out.append(
            _md_table(
                ["strategy", *[f"round {k}" for k in range(1, depth + 1)]],
                [[s["label"], *[_pct(v) for v in s["feedback_rounds_pct"]]] for s in loops],
            )
        )
    sure = [s for s in data["summary"] if s.get("sure_answers")]
    if sure:
        out += ["", '## Feedback loop: "I am sure!"', ""]
        out.append(_md_table(["strategy", *SURE_COLUMNS], [_sure_cells(s) for s in sure]))
    out += ["", "## Runs", ""]
    for run in data["runs"]:
        out.append(f"- `{run['dir']}`: {run['label']}, gate {'on' if run['gate'] else 'off'}; "
                   f"contamination: {run['contamination_line']}")  # fmt: skip
    return "\n".join(out) + "\n"


# -- HTML --------------------------------------------------------------------------------------------------------
CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f0f0f0; }
img.plot { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
.note { color: #666; font-size: 0.9em; }
"""

SCRIPT = """
window.__errors = [];
window.onerror = function (msg) { window.__errors.push(String(msg));
  if (document.body) { document.body.setAttribute('data-errors', String(window.__errors.length)); } };
window.addEventListener('load', function () {
  var plots = document.querySelectorAll('img.plot');
  var loaded = 0;
  for (var i = 0; i < plots.length; i++) { if (plots[i].complete && plots[i].naturalWidth > 0) { loaded++; } }
  document.body.setAttribute('data-plots-loaded', String(loaded));
  document.body.setAttribute('data-errors', String(window.__errors.length));
  document.body.setAttribute('data-ready', 'yes');
});
"""


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode()


def make_plots(data: dict[str, Any]) -> dict[str, str]:
    """Plot id → base64 PNG. The predicted-vs-real plot only when a run has predictions."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plots: dict[str, str] = {}
    fig, ax = plt.subplots(figsize=(6, 4))
    for s in data["summary"]:
        if s["compilations"] is not None and s["vs_oz_pct"] is not None:
            ax.scatter([s["compilations"]], [s["vs_oz_pct"]], label=s["label"])
    ax.axhline(0.0, color="#888", linewidth=0.8)
    # symlog: -O0 is tens of percent larger while strategies differ by a few percent; both stay readable.
    ax.set_yscale("symlog", linthresh=2.0)
    ax.set_xlabel("compilations per program")
    ax.set_ylabel("geomean size vs -Oz (%, symlog)")
    ax.set_title("size vs compilations")
    if data["summary"]:
        ax.legend(fontsize=7)
    plots["plot-size-vs-compilations"] = _png(fig)

    fig, ax = plt.subplots(figsize=(6, 4))
    series = [g["gains_pct"] or [0.0] for g in data["gains"]]
    # ``orientation`` replaced ``vert`` in Matplotlib 3.10 (``vert`` warns from 3.11); the pin allows 3.7 and later.
    new_api = tuple(int(x) for x in matplotlib.__version__.split(".")[:2]) >= (3, 10)
    ax.boxplot(series, **({"orientation": "horizontal"} if new_api else {"vert": False}))
    ax.set_yticks(range(1, len(series) + 1), [g["label"] for g in data["gains"]], fontsize=7)
    ax.set_xscale("symlog", linthresh=5.0)  # a few programs are many times larger at -O0
    ax.set_xlabel("per-program gain over -Oz (%, symlog), positive = smaller")
    ax.set_title("distribution of per-program gains")
    plots["plot-gain-distribution"] = _png(fig)

    fig, ax = plt.subplots(figsize=(7, 4))
    labels = sorted({p["label"] for p in data["packages"]})
    names = sorted({p["package"] for p in data["packages"]})
    width = 0.8 / max(1, len(labels))
    for i, label in enumerate(labels):
        values = {p["package"]: p["vs_oz_pct"] or 0.0 for p in data["packages"] if p["label"] == label}
        ax.bar([j + i * width for j in range(len(names))], [values.get(n, 0.0) for n in names], width, label=label)
    ax.set_xticks([j + 0.4 - width / 2 for j in range(len(names))], names, rotation=30, fontsize=7, ha="right")
    ax.set_yscale("symlog", linthresh=2.0)
    ax.axhline(0.0, color="#888", linewidth=0.8)
    ax.set_ylabel("geomean size vs -Oz (%, symlog)")
    ax.set_title("per-package breakdown")
    if labels:
        ax.legend(fontsize=7)
    plots["plot-packages"] = _png(fig)

    if data["predictions"]:
        fig, ax = plt.subplots(figsize=(5, 5))
        top = 1.0
        for p in data["predictions"]:
            xs, ys = [a for _, a in p["pairs"]], [q for q, _ in p["pairs"]]
            top = max(top, *xs, *ys)
            ax.scatter(xs, ys, label=p["label"], s=12)
        ax.plot([0, top], [0, top], color="#888", linewidth=0.8)
        ax.set_xlabel("real instruction count")
        ax.set_ylabel("predicted instruction count")
        ax.set_title("predicted vs real")
        ax.legend(fontsize=7)
        plots["plot-predicted-vs-real"] = _png(fig)
    return plots


def _html_table(columns: Sequence[str], rows: Sequence[Sequence[str]], table_id: str) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render_html(data: dict[str, Any]) -> str:
    """The self-contained HTML page (see the module docstring)."""
    plots = make_plots(data)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>llmopt evaluation report</title>',
        f"<style>{CSS}</style><script>{SCRIPT}</script></head>",
        f'<body data-ready="no" data-plots="{" ".join(plots)}">',
        "<h1>llmopt evaluation report</h1>",
        '<p class="note">Size change: geomean over programs, negative = smaller. "vs clang -Oz" uses the programs '
        "with a C source (their count in brackets). Rows: one per program, from <code>llmopt eval run</code>.</p>",
        "<h2>Summary</h2>",
        _html_table(SUMMARY_COLUMNS, [_summary_cells(s) for s in data["summary"]], "summary"),
        "<h2>By program kind</h2>",
        _html_table(
            ["strategy", "kind", "programs", "vs -Oz", "vs clang -Oz", "improved", "regressed", "compilations"],
            [
                [
                    s["label"],
                    s["kind"],
                    str(s["programs"]),
                    _pct(s["vs_oz_pct"]),
                    _pct(s["vs_clang_oz_pct"]),
                    str(s["improved"]),
                    str(s["regressed"]),
                    _num(s["compilations"]),
                ]
                for s in data["by_kind"]
            ],
            "by-kind",
        ),
        "<h2>Plots</h2>",
    ]
    titles = {
        "plot-size-vs-compilations": "Size vs compilations",
        "plot-gain-distribution": "Distribution of per-program gains",
        "plot-packages": "Per-package breakdown",
        "plot-predicted-vs-real": "Predicted vs real instruction counts",
    }
    for plot_id, png in plots.items():
        parts.append(f"<h3>{titles[plot_id]}</h3>")
        parts.append(f'<img class="plot" id="{plot_id}" alt="{titles[plot_id]}" src="data:image/png;base64,{png}">')
    parts.append("<h2>By package</h2>")
    parts.append(
        _html_table(
            ["strategy", "package", "programs", "vs -Oz", "improved", "regressed"],
            [
                [p["label"], p["package"], str(p["programs"]), _pct(p["vs_oz_pct"]), str(p["improved"]),
                 str(p["regressed"])]
                for p in data["packages"]
            ],
            "packages",
        )
    )  # fmt: skip
    loops = [s for s in data["summary"] if s["feedback_rounds_pct"]]
    if loops:
        depth = max(len(s["feedback_rounds_pct"]) for s in loops)
        parts.append("<h2>Feedback loop: geomean vs -Oz after each round (best so far)</h2>")
        parts.append(
            _html_table(
                ["strategy", *[f"round {k}" for k in range(1, depth + 1)]],
                [[s["label"], *[_pct(v) for v in s["feedback_rounds_pct"]]] for s in loops],
                "feedback-rounds",
            )
        )
    sure = [s for s in data["summary"] if s.get("sure_answers")]
    if sure:
        parts.append("<h2>Feedback loop: &quot;I am sure!&quot;</h2>")
        parts.append(_html_table(["strategy", *SURE_COLUMNS], [_sure_cells(s) for s in sure], "feedback-sure"))
    parts.append("<h2>Runs and contamination</h2><ul>")
    for run in data["runs"]:
        parts.append(
            f"<li><code>{html.escape(run['dir'])}</code>: {html.escape(run['label'])}, gate "
            f"{'on' if run['gate'] else 'off'}; contamination: {html.escape(run['contamination_line'])}</li>"
        )
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"


__all__ = ["PLOT_IDS", "build_report", "make_plots", "render_html", "render_markdown", "run_label", "summarize_rows"]
