"""The labelling mode of the autotuner: flag-tuning labels for thousands of programs on two cores.

Why a mode of its own: the full tuner (``tuner.autotune``) gates each program's own best lists, so its gate cost grows
with the number of programs (about 10-25 s per gate call; thousands of programs times a few distinct lists each is
days). Labels for training need the opposite shape: the gate runs once per *distinct list* over the whole corpus, and
every program is measured under the same lists, which also gives the dense size matrix rankers train on.

Stages, per program, each an ``Executor.map`` (so serial, pool and Ray give the same labels):

1. ``pool``: -O0/-Oz baselines and every list of the pool (the shipped coreset: distinct gate-accepted best lists)
   measured on the program. The best accepted pool list is the stage's label; the sizes are the matrix row.
2. ``search``: random search at a modest budget, then minimization of the best candidate *without* insertion (the
   expensive step). Nothing here is gated per program: these lists are not labels yet.
3. ``frequent``: the ``frequent_top`` most frequent minimized search bests over all programs (not in the pool) go to
   the gate once each (verdicts cached in the store and the shared gate store).
4. ``broadcast``: the accepted frequent lists are measured on every program (they join the matrix).

The label is then the smallest accepted list (pool or broadcast) strictly smaller than -Oz that the program's own
guards accept (at most ``guard_attempts`` tries, smallest first), else ``default<Oz>`` ("no improvement").
``LabelResult.stages`` says what each stage added to the labels' geomean gain over -Oz and what it cost (evaluations,
measurements made, wall time), so the stages can be chosen by measurement. Every evaluation goes through the
``ResultStore``: a killed run resumes, reading back what it measured, and asks no gate or guard twice.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from llmopt.autotune.random_ import RandomSearchConfig
from llmopt.autotune.specs import ProgramSpec
from llmopt.autotune.store import ResultStore
from llmopt.autotune.tuner import (
    OZ,
    AutotuneConfig,
    BroadcastTask,
    MinimizeTask,
    SearchTask,
    _GateCache,
    _GuardCache,
    run_broadcast,
    run_minimize,
    run_search,
)
from llmopt.errors import ConfigError
from llmopt.metrics import BINARY_SIZE, Evaluation, MeasurerSpec, geomean
from llmopt.parallel import Executor, SerialExecutor
from llmopt.verify.acceptance import AcceptancePolicy

LABEL_KIND = "label-v1"


@dataclass(frozen=True)
class LabelConfig:
    """Settings of a labelling run.

    Attributes:
        pool: pass lists measured on every program (the coreset's lists); each still passes the gate before it may
            become a label (a verdict already in the store costs nothing).
        search: random search per program (``budget`` 0 skips the search, frequent and broadcast stages).
        minimize: minimize each program's best random candidate (without insertion).
        frequent_top: how many of the most frequent minimized search bests are gated and broadcast.
        guard_attempts: per program, how many lists its guards may reject before it keeps -Oz.
    """

    pool: tuple[str, ...]
    search: RandomSearchConfig = field(default_factory=lambda: RandomSearchConfig(budget=30))
    minimize: bool = True
    frequent_top: int = 30
    guard_attempts: int = 3

    def __post_init__(self) -> None:
        if self.frequent_top < 0 or self.guard_attempts < 1:
            raise ConfigError(f"frequent_top must be >= 0 and guard_attempts >= 1, got {self}")

    def tuner_config(self) -> AutotuneConfig:
        """The full tuner's config whose workers these stages reuse (one candidate minimized, no insertion)."""
        return AutotuneConfig(
            search=self.search, minimize=self.minimize, insertion=False, minimize_top=1, broadcast_top=0
        )

    def identity(self) -> dict[str, Any]:
        return {"kind": LABEL_KIND, **self.tuner_config().identity()}


@dataclass(frozen=True)
class StageSummary:
    """What one stage added: the labels' geomean gain over -Oz if labelling stopped after it, with its cost."""

    stage: str
    geomean_gain: float
    improved: int
    evaluations: int
    measured: int
    walltime_s: float
    gate_calls: int = 0


@dataclass
class LabelRecord:
    """One program's label: the best accepted list (``default<Oz>`` when none beats it), its evaluation next to
    -Oz and -O0, and every list measured on it with its size (+inf: failed), the matrix row and the ranking."""

    module_hash: str
    name: str
    source: str
    best_pipeline: str
    best: Evaluation
    oz: Evaluation
    o0: Evaluation
    found_by: str  # "oz", "pool" or "broadcast"
    sizes: dict[str, float]
    search_best: str | None  # the program's own (ungated) minimized search best, for the stage table
    search_best_size: float | None
    guard_rejections: int = 0
    seed: int = 0

    @property
    def gain_over_oz(self) -> float | None:
        return BINARY_SIZE.improvement(self.best, self.oz)

    def ranking(self) -> list[tuple[str, float]]:
        """Lists measured on this program, smallest first (failed ones last), ties by text."""
        return sorted(self.sizes.items(), key=lambda kv: (kv[1], kv[0]))

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": LABEL_KIND,
            "name": self.name,
            "module_hash": self.module_hash,
            "source": self.source,
            "best_passes": self.best_pipeline,
            "best_binary_size": self.best.binary_size,
            "oz_binary_size": self.oz.binary_size,
            "o0_binary_size": self.o0.binary_size,
            "best_instruction_count": self.best.instruction_count,
            "oz_instruction_count": self.oz.instruction_count,
            "o0_instruction_count": self.o0.instruction_count,
            "gain_over_oz": self.gain_over_oz,
            "found_by": self.found_by,
            "sizes": {k: (None if math.isinf(v) else v) for k, v in self.sizes.items()},
            "search_best": self.search_best,
            "search_best_size": self.search_best_size,
            "guard_rejections": self.guard_rejections,
            "toolchain": self.best.toolchain,
            "codegen": self.best.codegen,
            # The full tuner's record fields, so the flag-tuning task builder reads labels like tuning records.
            "best": self.best.to_json(include_ir=False),
            "oz": self.oz.to_json(include_ir=False),
            "o0": self.o0.to_json(include_ir=False),
            "seed": self.seed,
        }


@dataclass(frozen=True)
class LabelResult:
    records: tuple[LabelRecord, ...]
    stages: tuple[StageSummary, ...]
    gated: dict[str, bool]  # the frequent search lists the gate was asked about, with its answer
    walltime_s: float

    def to_json(self) -> dict[str, Any]:
        return {
            "programs": [r.to_json() for r in self.records],
            "stages": [asdict(s) for s in self.stages],
            "gated": self.gated,
            "walltime_s": self.walltime_s,
        }


def geomean_gain(pairs: Sequence[tuple[float, float]]) -> float:
    """1 - geomean(best / oz) over (best, oz) pairs with positive sizes: the papers' improvement over -Oz."""
    ratio = geomean([b / o for b, o in pairs if b > 0 and o > 0 and math.isfinite(b)])
    return 0.0 if ratio is None else 1.0 - ratio


def _summary(
    stage: str, best: dict[str, float], oz: dict[str, float], cost: tuple[int, int, float, int]
) -> StageSummary:
    pairs = [(min(best[h], oz[h]), oz[h]) for h in oz]
    improved = sum(1 for b, o in pairs if b < o)
    return StageSummary(stage, geomean_gain(pairs), improved, cost[0], cost[1], cost[2], cost[3])


def label_programs(
    programs: Sequence[ProgramSpec],
    config: LabelConfig,
    measurer: MeasurerSpec,
    store: ResultStore,
    executor: Executor | None = None,
    acceptance: AcceptancePolicy | None = None,
) -> LabelResult:
    """Label every program (distinct by module hash) through the four stages; one record per program in the store.

    Raises:
        ConfigError: the store was made by another kind of run or with other search settings.
    """
    start = time.perf_counter()
    executor = executor or SerialExecutor()
    wanted = {**config.identity(), "toolchain": f"llvm-{measurer.version}"}
    found = store.get_meta("settings")
    if found is None:
        store.set_meta("settings", wanted)
    elif found != wanted:
        raise ConfigError(f"{store.path} holds results made with {found}, this run uses {wanted}; choose another --out")
    unique = list({p.to_module().hash: p for p in programs}.values())
    path = str(store.path)
    tuner = config.tuner_config()
    gate, guard = _GateCache(acceptance, store), _GuardCache(acceptance, store)
    pool = tuple(dict.fromkeys(p for p in config.pool if p not in (OZ, "")))
    stages: list[StageSummary] = []

    # 1. pool: baselines (a zero-budget search measures exactly -Oz and -O0) and the pool lists, as a broadcast.
    t0 = time.perf_counter()
    baseline_cfg = replace(tuner, search=replace(tuner.search, budget=0, extra_candidates=(), time_budget_s=None))
    bases = executor.map(run_search, [SearchTask(p, baseline_cfg, measurer, path) for p in unique])
    hashes = [b.module_hash for b in bases]
    oz = {b.module_hash: BINARY_SIZE.value(b.oz) or math.inf for b in bases}
    outs = executor.map(run_broadcast, [BroadcastTask(p, pool, measurer, path) for p in unique])
    sizes: dict[str, dict[str, float]] = {
        h: dict(zip(pool, o.sizes, strict=True)) for h, o in zip(hashes, outs, strict=True)
    }
    gate_calls_before = _asked(gate)
    accepted = {p for p in pool if gate.accepts(p)}
    pool_best = {h: min((s for p, s in sizes[h].items() if p in accepted), default=math.inf) for h in hashes}
    cost = (
        sum(b.evaluations for b in bases) + sum(o.evaluations for o in outs),
        sum(b.measured for b in bases) + sum(o.measured for o in outs),
        time.perf_counter() - t0,
        _asked(gate) - gate_calls_before,
    )
    stages.append(_summary("pool", pool_best, oz, cost))

    # 2. search: modest random search and minimization without insertion, ungated (reference only, not labels).
    search_best: dict[str, tuple[str, float] | None] = dict.fromkeys(hashes)
    frequent: list[str] = []
    if (config.search.budget or 0) > 0 or config.search.time_budget_s:
        t0 = time.perf_counter()
        searches = executor.map(run_search, [SearchTask(p, tuner, measurer, path) for p in unique])
        todo = [(h, p, s) for h, p, s in zip(hashes, unique, searches, strict=True) if s.candidates]
        mins = executor.map(
            run_minimize, [MinimizeTask(p, s.candidates[:1], tuner, measurer, path) for _, p, s in todo]
        )
        for (h, _, s), m in zip(todo, mins, strict=True):
            cand = min((*m.minimized, s.candidates[0]), key=lambda c: (c.size, len(c.passes or ()), c.pipeline))
            search_best[h] = (cand.pipeline, cand.size)
        own = {h: (v[1] if v else math.inf) for h, v in search_best.items()}
        cost = (
            sum(s.evaluations for s in searches) + sum(m.evaluations for m in mins),
            sum(s.measured for s in searches) + sum(m.measured for m in mins),
            time.perf_counter() - t0,
            0,
        )
        stages.append(_summary("search (ungated, reference)", {h: min(own[h], pool_best[h]) for h in hashes}, oz, cost))
        counts = Counter(v[0] for v in search_best.values() if v and v[0] not in pool)
        # Most frequent first; ties by text so the choice never depends on completion order.
        frequent = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: config.frequent_top]]

    # 3. frequent: gate each frequent list once.
    t0 = time.perf_counter()
    gate_calls_before = _asked(gate)
    gated = {p: gate.accepts(p) for p in frequent}
    new = tuple(p for p, ok in gated.items() if ok)
    gate_s = time.perf_counter() - t0

    # 4. broadcast: the accepted frequent lists on every program.
    t0 = time.perf_counter()
    outs = executor.map(run_broadcast, [BroadcastTask(p, new, measurer, path) for p in unique]) if new else []
    for h, o in zip(hashes, outs, strict=bool(new)):
        sizes[h].update(zip(new, o.sizes, strict=True))
    accepted |= set(new)
    all_best = {h: min((s for p, s in sizes[h].items() if p in accepted), default=math.inf) for h in hashes}
    cost = (
        sum(o.evaluations for o in outs),
        sum(o.measured for o in outs),
        time.perf_counter() - t0 + gate_s,
        _asked(gate) - gate_calls_before,
    )
    if frequent:
        stages.append(_summary("frequent + broadcast", all_best, oz, cost))

    # Final labels: smallest accepted list that beats -Oz and passes the program's guards.
    t0 = time.perf_counter()
    records = []
    by_hash = dict(zip(hashes, bases, strict=True))
    spec_of = dict(zip(hashes, unique, strict=True))
    new_set = set(new)
    for h in hashes:
        base = by_hash[h]
        label, found_by, rejections = OZ, "oz", 0
        ranked = sorted(
            ((s, p) for p, s in sizes[h].items() if p in accepted and s < oz[h]), key=lambda sp: (sp[0], sp[1])
        )
        for _, p in ranked[: config.guard_attempts]:
            if guard.accepts(spec_of[h], h, p):
                label, found_by = p, ("broadcast" if p in new_set else "pool")
                break
            rejections += 1
        best_eval = base.oz if label == OZ else store.get_evaluation(h, label, base.oz.codegen)
        assert best_eval is not None, "every pool and broadcast list was measured on every program"
        sb = search_best[h]
        record = LabelRecord(
            module_hash=h,
            name=base.name,
            source=spec_of[h].source,
            best_pipeline=label,
            best=best_eval,
            oz=base.oz,
            o0=base.o0,
            found_by=found_by,
            sizes=sizes[h],
            search_best=sb[0] if sb else None,
            search_best_size=sb[1] if sb else None,
            guard_rejections=rejections,
            seed=config.search.seed,
        )
        store.put_record(h, base.name, record.to_json())
        records.append(record)
    final = {h: BINARY_SIZE.value(r.best) or math.inf for h, r in zip(hashes, records, strict=True)}
    stages.append(_summary("guards (final labels)", final, oz, (0, 0, time.perf_counter() - t0, 0)))
    # For releases: the stage table and every list measured on every program (their verdicts are in the store).
    store.set_meta("stages", [asdict(st) for st in stages])
    store.set_meta("pool_and_broadcast", [*pool, *new])
    return LabelResult(tuple(records), tuple(stages), gated, time.perf_counter() - start)


def _asked(gate: _GateCache) -> int:
    """Gate verdicts recorded in the run's store so far (each distinct list is asked once)."""
    return gate.asked
