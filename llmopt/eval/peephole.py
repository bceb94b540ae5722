"""Peephole evaluation (LLM-VeriOpt's metrics) of one model on a held-out split of a peephole task dataset.

For every function of the split the model answers once (greedy), and the answer is judged by
``llmopt.inference.peephole.check_answer`` (the parser, verifier and categories that use and the GRPO rewards
share). Reported as the paper reports its stages:

* the four verification categories (equivalent / not equivalent / syntax error / inconclusive), with the copies of
  the input counted inside "equivalent", and the share of functions *changed and proved*;
* instruction count, binary size and estimated latency of the result vs ``-O0`` and vs instcombine, where the
  result is the model's IR when proved and the ``-O0`` input otherwise (the paper's fallback): geomean ratio and
  better / worse / tie counts. Everything is measured with no passes by the ``Measurer`` (binary size as LLM
  Compiler defines it; latency the TTI estimate on this toolchain's default target).

Limits: one greedy answer per function; functions whose input or reference does not build are left out of the
size and latency figures (counted in ``unmeasured``).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from llmopt.inference.peephole import CATEGORIES, COST_METRICS, as_is_costs, check_answer
from llmopt.metrics.compare import geomean

if TYPE_CHECKING:
    from llmopt.backends.base import Backend
    from llmopt.metrics import Measurer
    from llmopt.verify.base import Verifier

METRIC_NAMES = COST_METRICS


@dataclass(frozen=True)
class Comparison:
    """One metric of the results against one baseline: geomean ratio (below 1: smaller) and per-function counts."""

    ratio: float | None
    better: int
    worse: int
    tie: int

    @property
    def change_pct(self) -> float | None:
        """The geomean change in percent (negative: an improvement), as the paper's tables print it."""
        return None if self.ratio is None else (self.ratio - 1.0) * 100.0


@dataclass
class PeepholeReport:
    """The per-stage table row (see the module docstring)."""

    model: str
    functions: int = 0
    categories: dict[str, int] = field(default_factory=lambda: {c: 0 for c in CATEGORIES})
    copies: int = 0
    changed_and_proved: int = 0
    exact_match: int = 0
    vs_o0: dict[str, Comparison] = field(default_factory=dict)
    vs_instcombine: dict[str, Comparison] = field(default_factory=dict)
    instcombine_vs_o0: dict[str, Comparison] = field(default_factory=dict)
    unmeasured: int = 0
    generate_s: float = 0.0
    verify_s: float = 0.0
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed_and_proved_share(self) -> float:
        return self.changed_and_proved / self.functions if self.functions else 0.0

    def to_json(self, rows: bool = False) -> dict[str, Any]:
        data = asdict(self)
        data["changed_and_proved_share"] = self.changed_and_proved_share
        for key in ("vs_o0", "vs_instcombine", "instcombine_vs_o0"):
            for name, comparison in getattr(self, key).items():
                data[key][name]["change_pct"] = comparison.change_pct
        if not rows:
            data.pop("rows")
        return data


def _compare(values: list[tuple[float, float]]) -> Comparison:
    ratios = [a / b for a, b in values if a > 0 and b > 0]
    return Comparison(
        ratio=geomean(ratios),
        better=sum(a < b for a, b in values),
        worse=sum(a > b for a, b in values),
        tie=sum(a == b for a, b in values),
    )


def _costs(measurer: Measurer, text: str) -> dict[str, int] | None:
    from llmopt.toolchain import IRModule

    return as_is_costs(measurer, IRModule(text=text, name="peephole"))


def evaluate_peephole(
    backend: Backend,
    verifier: Verifier,
    measurer: Measurer,
    pairs: list[tuple[str, str]],
    *,
    model: str = "",
    form: str = "generic",
    max_tokens: int = 1024,
    timeout_s: float = 10.0,
    batch: int = 16,
) -> PeepholeReport:
    """Evaluate ``backend`` on ``pairs`` of (source function IR, instcombine's output) (see the module docstring)."""
    from llmopt.inference.peephole import peephole_prompt

    report = PeepholeReport(model=model, functions=len(pairs))
    results: list[tuple[dict[str, int], dict[str, int], dict[str, int]]] = []
    for start in range(0, len(pairs), batch):
        chunk = pairs[start : start + batch]
        t0 = time.perf_counter()
        answers = backend.generate(
            [peephole_prompt(src, form) for src, _ in chunk], n=1, temperature=0.0, max_tokens=max_tokens
        )
        report.generate_s += time.perf_counter() - t0
        for (source, reference), completions in zip(chunk, answers, strict=True):
            t1 = time.perf_counter()
            check = check_answer(
                verifier, source, completions[0].text, form=form, reference=reference, timeout_s=timeout_s
            )
            report.verify_s += time.perf_counter() - t1
            report.categories[check.verdict] += 1
            report.copies += int(check.proved and not check.changed)
            report.changed_and_proved += int(check.proved and check.changed)
            report.exact_match += int(bool(check.exact_match) and check.proved)
            report.rows.append(check.to_json())
            o0, ref = _costs(measurer, source), _costs(measurer, reference)
            chosen = _costs(measurer, check.ir) if check.proved and check.ir is not None else o0
            if o0 is None or ref is None or chosen is None:
                report.unmeasured += 1
                continue
            results.append((chosen, o0, ref))
    for name in METRIC_NAMES:
        report.vs_o0[name] = _compare([(c[name], o[name]) for c, o, _ in results])
        report.vs_instcombine[name] = _compare([(c[name], r[name]) for c, _, r in results])
        report.instcombine_vs_o0[name] = _compare([(r[name], o[name]) for _, o, r in results])
    return report


def markdown_table(reports: list[PeepholeReport]) -> str:
    """The per-stage table: categories, changed-and-proved share, and the three metrics vs -O0 and instcombine."""
    head = (
        "| stage | n | equivalent (copies) | not equivalent | syntax error | inconclusive | changed & proved | "
        "latency vs -O0 | icount vs -O0 | size vs -O0 | latency vs instcombine (better/worse/tie) | "
        "icount vs instcombine | size vs instcombine |"
    )
    lines = [head, "|" + "---|" * 13]

    def pct(c: Comparison) -> str:
        return "n/a" if c.change_pct is None else f"{c.change_pct:+.2f} %"

    for r in reports:
        cats = r.categories
        vs = r.vs_instcombine
        lines.append(
            f"| {r.model} | {r.functions} | {cats['equivalent']} ({r.copies}) | {cats['not_equivalent']} | "
            f"{cats['syntax_error']} | {cats['inconclusive']} | {r.changed_and_proved_share * 100:.1f} % | "
            f"{pct(r.vs_o0['latency'])} | {pct(r.vs_o0['instruction_count'])} | {pct(r.vs_o0['binary_size'])} | "
            f"{pct(vs['latency'])} ({vs['latency'].better}/{vs['latency'].worse}/{vs['latency'].tie}) | "
            f"{pct(vs['instruction_count'])} | {pct(vs['binary_size'])} |"
        )
    return "\n".join(lines)


__all__ = ["Comparison", "PeepholeReport", "evaluate_peephole", "markdown_table"]
