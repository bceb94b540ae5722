"""The autotuning report: how much smaller than -Oz, how many programs gained, at what cost, and how the gain grew
with the number of evaluations.

Everything is read back from a ``ResultStore``: the ``TuningRecord`` of each program (the gated final answer) for the
headline numbers, and the ordered evaluation rows for the curve. The curve is the search's progress *before* the gate:
at evaluation k of each program, the smallest size seen so far (never above -Oz, which is always evaluated first),
as a geometric mean over programs of size / -Oz size.

Limits: programs whose -Oz evaluation failed are left out of the geomean (no baseline to compare with), and so are
programs of size 0.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.autotune.store import ResultStore
from llmopt.errors import InputError
from llmopt.metrics.compare import SizeComparison, geomean

CHECKPOINTS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000)


@dataclass(frozen=True)
class CurvePoint:
    evaluations: int  # per program
    geomean_ratio: float  # best so far / -Oz
    reduction_pct: float  # (1 - ratio) * 100


@dataclass(frozen=True)
class AutotuneReport:
    programs: int
    geomean_ratio: float | None  # best / -Oz over programs with a baseline
    improved: int
    regressed: int
    equal: int
    evaluations: int
    walltime_s: float  # worker time of the last run (a resumed run reads finished work back, so it is shorter)
    measurement_s: float  # summed wall time of every stored evaluation, over all runs
    gate_rejections: int
    distinct_best_lists: int
    curve: tuple[CurvePoint, ...] = field(default_factory=tuple)

    @property
    def geomean_change_pct(self) -> float | None:
        """Size change vs -Oz in percent (negative = smaller)."""
        return None if self.geomean_ratio is None else (self.geomean_ratio - 1.0) * 100.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["geomean_change_pct"] = self.geomean_change_pct
        return data


def build_report(store: ResultStore) -> AutotuneReport:
    """Summarize a store's records and evaluations.

    Raises:
        InputError: the store holds no tuning records (no finished run).
    """
    records = store.records()
    if not records:
        raise InputError(f"{store.path} holds no tuning records; run `llmopt autotune FILES --out ...` first")
    sizes = SizeComparison.of([(r.get("best_binary_size"), r.get("oz_binary_size")) for r in records])
    curve = _curve(store, [r["module_hash"] for r in records], {r["module_hash"]: r["oz_binary_size"] for r in records})
    return AutotuneReport(
        programs=len(records),
        geomean_ratio=sizes.geomean_ratio,
        improved=sizes.improved,
        regressed=sizes.regressed,
        equal=sizes.equal,
        evaluations=store.count_evaluations(),
        walltime_s=sum(float(r.get("walltime_s") or 0) for r in records),
        measurement_s=store.measurement_seconds(),
        gate_rejections=sum(int(r.get("gate_rejections") or 0) for r in records),
        distinct_best_lists=len({r["best_passes"] for r in records}),
        curve=tuple(curve),
    )


def _curve(store: ResultStore, hashes: list[str], oz: dict[str, int | None]) -> list[CurvePoint]:
    trajectories: list[list[float]] = []
    for h in hashes:
        base = oz.get(h)
        if not base:
            continue
        best, trajectory = float(base), []
        for row in store.iter_evaluations(h):
            size = row.evaluation.binary_size
            if row.evaluation.ok and size is not None:
                best = min(best, float(size))
            trajectory.append(best / base)
        if trajectory and all(t > 0 for t in trajectory):
            trajectories.append(trajectory)
    if not trajectories:
        return []
    longest = max(len(t) for t in trajectories)
    points = []
    for k in [c for c in CHECKPOINTS if c < longest] + [longest]:
        ratio = geomean([t[min(k, len(t)) - 1] for t in trajectories]) or 1.0
        points.append(CurvePoint(evaluations=k, geomean_ratio=ratio, reduction_pct=(1.0 - ratio) * 100.0))
    return points


def plot_curve(report: AutotuneReport, path: str | Path) -> Path:
    """Write the gain-vs-evaluations curve as a PNG (matplotlib, Agg backend: no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(6, 4))
    xs = [p.evaluations for p in report.curve]
    ax.plot(xs, [p.reduction_pct for p in report.curve], marker="o")
    if xs and xs[-1] > 10:
        ax.set_xscale("log")
    ax.set_xlabel("evaluations per program")
    ax.set_ylabel("geomean size reduction vs -Oz (%)")
    ax.set_title(f"autotuning, {report.programs} programs")
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
