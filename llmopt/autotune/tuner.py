"""The autotuning pipeline of LLM Compiler (section 4.1) over a corpus: random search, minimization, correctness gate,
broadcast of the most frequently optimal lists, and one ``TuningRecord`` per program.

Data flow, per phase an ``Executor.map`` over programs (so serial, pool and Ray runs give the same records):

1. ``run_search``: -O0/-Oz baselines, then random search; returns the program's candidates: distinct pass lists
   strictly smaller than -Oz, best first (the empty list included: as in the paper, "no passes" can be the answer).
2. ``run_minimize``: minimize the next candidate to a fixed point. The driver then asks the acceptance policy's
   gate (``AcceptancePolicy.check_list``, ``llmopt.verify.acceptance``); a rejected list counts as a gate
   rejection and the next candidate is minimized and gated; with no candidate left the program keeps
   ``default<Oz>``. ``default<Oz>`` and the empty list are accepted without asking the gate (the compiler's own
   pipeline, and no transformation at all).
   So a list is reported as best only after the gate accepted it.
3. ``run_broadcast``: the ``broadcast_top`` most frequent best lists (already gate-accepted) are tried on every
   program; strict improvements replace the program's best.

A fixed gate cannot catch a bug that only one program triggers, so the policy's per-program checks
(``AcceptancePolicy.check_program``: structural, differential and translation-validation checks against the
program's own -Oz build) must also accept a list before it becomes that program's best, after search and after
broadcast alike. Verdicts are also recorded in the run's store, so a resumed run asks nothing twice.

Every evaluation goes through the ``ResultStore``, so a killed run restarts where it stopped: phases are re-run, but
their evaluations are read back instead of measured (search and minimization are deterministic per seed).

Not covered: model-guided search (a later Searcher), and gating the broadcast lists again per program (they passed
the same program-independent gate already).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from llmopt.autotune.evaluator import ProgramEvaluator
from llmopt.autotune.minimize import CappedOracle, minimize
from llmopt.autotune.random_ import RandomSearchConfig, random_search
from llmopt.autotune.specs import ProgramSpec
from llmopt.autotune.store import ResultStore
from llmopt.errors import ConfigError, PassListError
from llmopt.metrics import BINARY_SIZE, Evaluation, MeasurerSpec, worker_measurer
from llmopt.parallel import Executor, SerialExecutor
from llmopt.passes import PassList
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

log = logging.getLogger(__name__)
OZ = "default<Oz>"
TRUSTED = frozenset({OZ, ""})  # the compiler's own -Oz and "no passes at all" need no gate


@dataclass(frozen=True)
class PhaseCap:
    """A per-program limit of one phase: at most ``evaluations`` (for the gate phase: lists checked) and at most
    ``seconds``; None: no limit of that kind. A phase that hits its cap keeps the best it has found so far."""

    evaluations: int | None = None
    seconds: float | None = None

    def __post_init__(self) -> None:
        if (self.evaluations is not None and self.evaluations < 0) or (self.seconds is not None and self.seconds <= 0):
            raise ConfigError(f"a phase cap needs evaluations >= 0 and seconds > 0, got {self}")


@dataclass(frozen=True)
class PhaseCaps:
    """Per-program caps of every phase (measured before: minimizing one large TU took tens of minutes and stalled a
    24-program run, so no phase may run unbounded on one program).

    ``random`` tightens the search budget (``RandomSearchConfig.budget``/``time_budget_s``); ``minimize`` is shared
    by the top candidates in rank order, so the most promising one may use it all; ``gate`` counts lists checked by
    the gate and guards (None: ``AutotuneConfig.gate_candidates_for(budget)``); ``broadcast`` counts lists
    evaluated on the program.
    """

    random: PhaseCap = field(default_factory=PhaseCap)
    minimize: PhaseCap = field(default_factory=lambda: PhaseCap(evaluations=3000, seconds=600.0))
    gate: PhaseCap = field(default_factory=lambda: PhaseCap(seconds=1800.0))
    broadcast: PhaseCap = field(default_factory=lambda: PhaseCap(seconds=600.0))


@dataclass(frozen=True)
class AutotuneConfig:
    """Settings of one autotuning run.

    Attributes:
        search: random search settings (budget, seed, list lengths).
        minimize: minimize candidate lists (redundancy elimination, canonical order, insertion search).
        insertion: include insertion search in minimization (the expensive step: |catalog| x positions).
        max_minimize_rounds: bound on minimization rounds.
        minimize_top: how many of the best random candidates are minimized (a candidate other than the best one
            often minimizes to a smaller list).
        gate_candidates: the least number of lists per program the gate may check before the program keeps its best
            so far (-Oz); it grows with the budget (``gate_candidates_for``): more random lists means more of the
            smallest ones are miscompiles.
        gate_candidates_per_1000: how many lists per 1,000 budget the gate may check (at least ``gate_candidates``).
        broadcast_top: N most frequently optimal lists tried on every program (0 disables broadcast).
        broadcast_guard_attempts: per program, how many broadcast lists its guard may reject before the program keeps
            its current best (a guard call can take a minute, and a program whose guard rejects one list usually
            rejects its neighbours for the same reason).
        caps: per-program caps of every phase, in evaluations and seconds.
    """

    search: RandomSearchConfig = field(default_factory=RandomSearchConfig)
    minimize: bool = True
    insertion: bool = True
    max_minimize_rounds: int = 8
    minimize_top: int = 3
    gate_candidates: int = 5
    gate_candidates_per_1000: float = 5.0
    broadcast_top: int = 100
    broadcast_guard_attempts: int = 3
    caps: PhaseCaps = field(default_factory=PhaseCaps)

    def __post_init__(self) -> None:
        if self.gate_candidates < 1:
            raise ConfigError(f"gate_candidates must be >= 1, got {self.gate_candidates}")
        if self.minimize_top < 1:
            raise ConfigError(f"minimize_top must be >= 1, got {self.minimize_top}")
        if self.gate_candidates_per_1000 < 0:
            raise ConfigError(f"gate_candidates_per_1000 must be >= 0, got {self.gate_candidates_per_1000}")
        if self.broadcast_top < 0:
            raise ConfigError(f"broadcast_top must be >= 0, got {self.broadcast_top}")
        if self.broadcast_guard_attempts < 1:
            raise ConfigError(f"broadcast_guard_attempts must be >= 1, got {self.broadcast_guard_attempts}")

    def gate_candidates_for(self, budget: int | None) -> int:
        """Lists the gate may check per program: ``gate_candidates`` at least, more for a larger budget (5 at
        1,000, 25 at 5,000 by default), never more than the gate cap's ``evaluations``."""
        scaled = math.ceil(self.gate_candidates_per_1000 * (budget or 0) / 1000)
        count = max(self.gate_candidates, scaled)
        cap = self.caps.gate.evaluations
        return count if cap is None else max(1, min(count, cap))

    def search_config(self) -> RandomSearchConfig:
        """The random search settings with the random phase's cap applied."""
        cap, search = self.caps.random, self.search
        budget = search.budget
        if cap.evaluations is not None:
            budget = cap.evaluations if budget is None else min(budget, cap.evaluations)
        seconds = search.time_budget_s
        if cap.seconds is not None:
            seconds = cap.seconds if seconds is None else min(seconds, cap.seconds)
        return replace(search, budget=budget, time_budget_s=seconds)

    def identity(self) -> dict[str, Any]:
        """Settings that decide which lists are drawn; a store made with other values cannot be resumed."""
        return {"seed": self.search.seed, "min_length": self.search.min_length, "max_length": self.search.max_length}


# -- worker tasks --------------------------------------------------------------------------------------------------
_STORES: dict[str, tuple[int, ResultStore]] = {}


def _worker_store(path: str) -> ResultStore:
    """This process's connection to the store at ``path``, reopened when the file was replaced (a new run on a
    deleted and re-created results directory must not write into the unlinked old file)."""
    cached = _STORES.get(path)
    inode = os.stat(path).st_ino if os.path.exists(path) else -1
    if cached is not None and cached[0] == inode:
        return cached[1]
    if cached is not None:
        cached[1].close()
    store = ResultStore(path)
    _STORES[path] = (os.stat(store.path).st_ino, store)
    return store


@dataclass(frozen=True)
class Candidate:
    """A pass list better than -Oz found by search: pipeline text, flat passes (None if not from the catalog), size."""

    pipeline: str
    passes: tuple[str, ...] | None
    size: float


@dataclass(frozen=True)
class SearchTask:
    program: ProgramSpec
    config: AutotuneConfig
    measurer: MeasurerSpec
    store: str


@dataclass(frozen=True)
class SearchOutcome:
    module_hash: str
    name: str
    o0: Evaluation
    oz: Evaluation
    clang_oz: Evaluation | None
    candidates: tuple[Candidate, ...]
    evaluations: int
    measured: int
    lists_drawn: int
    failures: dict[str, int]
    walltime_s: float


def run_search(task: SearchTask) -> SearchOutcome:
    """Worker: baselines and random search for one program. Cost: 2 + len(extra) + budget evaluations at most."""
    start = time.perf_counter()
    measurer = worker_measurer(task.measurer)
    module = task.program.to_module()
    evaluator = ProgramEvaluator(measurer, module, _worker_store(task.store), phase="baseline")
    oz, o0 = evaluator.evaluate(OZ), evaluator.evaluate("")
    clang_oz = None
    if task.program.clang_baseline and task.program.source:
        from llmopt.metrics import measure_clang_object

        clang_oz = measure_clang_object(measurer.toolchain, Path(task.program.source))
    result = random_search(evaluator, measurer.catalog.names, task.config.search_config())
    oz_size = evaluator.size(OZ)
    failures: Counter[str] = Counter()
    ranked: dict[str, Candidate] = {}
    # The empty list (the -O0 baseline) is a candidate too: some programs are smallest with no IR passes at all.
    for pipeline, passes in zip(("", *result.pipelines), ((), *result.passes), strict=True):
        ev = evaluator.evaluate(pipeline)
        if not ev.ok:
            failures[ev.status.value] += 1
            continue
        size = evaluator.size(pipeline)
        if size < oz_size and pipeline not in ranked:
            if passes is None:
                try:
                    passes = PassList.parse(pipeline, measurer.catalog).names
                except PassListError:
                    passes = None
            ranked[pipeline] = Candidate(pipeline, passes, size)
    # Best first; among equal sizes the shorter list, then the text, so the order never depends on draw order.
    order = sorted(ranked.values(), key=lambda c: (c.size, len(c.passes or ()), c.pipeline))
    return SearchOutcome(
        module_hash=module.hash,
        name=module.name,
        o0=o0,
        oz=oz,
        clang_oz=clang_oz,
        candidates=tuple(order[: task.config.gate_candidates_for(task.config.search.budget)]),
        evaluations=evaluator.evaluations,
        measured=evaluator.measured,
        lists_drawn=result.lists_drawn,
        failures=dict(failures),
        walltime_s=time.perf_counter() - start,
    )


@dataclass(frozen=True)
class MinimizeTask:
    program: ProgramSpec
    candidates: tuple[Candidate, ...]  # best first; minimized in this order under one shared cap
    config: AutotuneConfig
    measurer: MeasurerSpec
    store: str


@dataclass(frozen=True)
class MinimizeOutcome:
    minimized: tuple[Candidate, ...]  # one per candidate that was minimized (the input list when nothing changed)
    steps: tuple[dict[str, Any], ...]
    evaluations: int
    measured: int
    walltime_s: float
    capped: bool = False


def run_minimize(task: MinimizeTask) -> MinimizeOutcome:
    """Worker: minimize a program's top candidates to a fixed point, best first, under the minimize phase's cap
    (cost: see ``minimize``; at most the cap's evaluations and seconds over all of them)."""
    start = time.perf_counter()
    todo = [c for c in task.candidates if c.passes is not None]
    if not task.config.minimize or not todo:
        return MinimizeOutcome((), (), 0, 0, time.perf_counter() - start)
    measurer = worker_measurer(task.measurer)
    evaluator = ProgramEvaluator(measurer, task.program.to_module(), _worker_store(task.store), phase="minimize")
    cap = task.config.caps.minimize
    oracle = CappedOracle(evaluator, cap.evaluations, None if cap.seconds is None else time.monotonic() + cap.seconds)
    minimized: list[Candidate] = []
    steps: list[dict[str, Any]] = []
    for cand in todo:
        assert cand.passes is not None
        result = minimize(
            cand.passes,
            oracle,
            measurer.catalog.names,
            insertion=task.config.insertion,
            max_rounds=task.config.max_minimize_rounds,
        )
        steps.extend(asdict(s) for s in result.steps)
        if result.size < cand.size:
            minimized.append(Candidate(evaluator.pipeline_of(result.passes), result.passes, result.size))
        if oracle.capped:
            break
    return MinimizeOutcome(
        minimized=tuple(minimized),
        steps=tuple(steps),
        evaluations=evaluator.evaluations,
        measured=evaluator.measured,
        walltime_s=time.perf_counter() - start,
        capped=oracle.capped,
    )


@dataclass(frozen=True)
class BroadcastTask:
    program: ProgramSpec
    pipelines: tuple[str, ...]
    measurer: MeasurerSpec
    store: str
    seconds: float | None = None


@dataclass(frozen=True)
class BroadcastOutcome:
    sizes: tuple[float, ...]  # per pipeline, +inf on failure
    evaluations: int
    measured: int
    walltime_s: float


def run_broadcast(task: BroadcastTask) -> BroadcastOutcome:
    """Worker: evaluate the broadcast lists on one program, most frequent first, until the broadcast cap. Cost:
    len(pipelines) evaluations at most; lists past the cap's seconds are +inf (not tried)."""
    start = time.perf_counter()
    evaluator = ProgramEvaluator(
        worker_measurer(task.measurer), task.program.to_module(), _worker_store(task.store), phase="broadcast"
    )
    deadline = None if task.seconds is None else time.monotonic() + task.seconds
    sizes = tuple(
        evaluator.size(p) if deadline is None or time.monotonic() < deadline else math.inf for p in task.pipelines
    )
    return BroadcastOutcome(sizes, evaluator.evaluations, evaluator.measured, time.perf_counter() - start)


# -- records -------------------------------------------------------------------------------------------------------
@dataclass
class TuningRecord:
    """The autotuner's answer for one program, replayable from its fields.

    ``best_pipeline`` is text that ``opt -passes=`` and ``llmopt measure --passes`` accept; ``best`` its evaluation;
    ``oz``/``o0`` the baselines (opt ``default<Oz>`` and no passes, same codegen); ``clang_oz`` the real ``clang -Oz``
    object for C input in the size flavour.
    """

    module_hash: str
    name: str
    flavour: str | None
    source: str
    best_pipeline: str
    best: Evaluation
    oz: Evaluation
    o0: Evaluation
    clang_oz: Evaluation | None = None
    found_by: str = "oz"  # "oz", "search" or "broadcast"
    evaluations: int = 0  # distinct evaluations of this program in the store
    measured: int = 0  # of the evaluations made in this run, how many were computed (not read back)
    gate_rejections: int = 0
    guard_rejections: int = 0
    walltime_s: float = 0.0
    lists_drawn: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    minimization: list[dict[str, Any]] = field(default_factory=list)
    seed: int = 0

    @property
    def gain_over_oz(self) -> float | None:
        return BINARY_SIZE.improvement(self.best, self.oz)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "module_hash": self.module_hash,
            "flavour": self.flavour,
            "source": self.source,
            "best_passes": self.best_pipeline,
            "best_binary_size": self.best.binary_size,
            "oz_binary_size": self.oz.binary_size,
            "o0_binary_size": self.o0.binary_size,
            "clang_oz_binary_size": self.clang_oz.binary_size if self.clang_oz else None,
            "gain_over_oz": self.gain_over_oz,
            "found_by": self.found_by,
            "evaluations": self.evaluations,
            "measured": self.measured,
            "gate_rejections": self.gate_rejections,
            "guard_rejections": self.guard_rejections,
            "walltime_s": self.walltime_s,
            "lists_drawn": self.lists_drawn,
            "failures": self.failures,
            "minimization": self.minimization,
            "seed": self.seed,
            "toolchain": self.best.toolchain,
            "codegen": self.best.codegen,
            "best": self.best.to_json(include_ir=False),
            "oz": self.oz.to_json(include_ir=False),
            "o0": self.o0.to_json(include_ir=False),
            "clang_oz": self.clang_oz.to_json(include_ir=False) if self.clang_oz else None,
        }


@dataclass(frozen=True)
class BroadcastSummary:
    lists_broadcast: int
    programs_improved: int
    distinct_best_before: int
    distinct_best_after: int


@dataclass(frozen=True)
class AutotuneResult:
    records: tuple[TuningRecord, ...]
    broadcast: BroadcastSummary | None
    evaluations: int
    measured: int
    gate_rejections: int
    walltime_s: float
    gate_s: float = 0.0  # time spent in the gate and guards by this run (verdicts stored earlier cost nothing)
    guard_rejections: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "programs": [r.to_json() for r in self.records],
            "broadcast": asdict(self.broadcast) if self.broadcast else None,
            "evaluations": self.evaluations,
            "measured": self.measured,
            "gate_rejections": self.gate_rejections,
            "guard_rejections": self.guard_rejections,
            "walltime_s": self.walltime_s,
            "gate_s": self.gate_s,
        }


class _GateCache:
    """The policy's gate, asked at most once per pipeline over all runs on one store (the run's own record: the
    gate's shared ``GateVerdictStore`` caches across runs; this log keeps a resumed run from asking at all)."""

    def __init__(self, acceptance: AcceptancePolicy | None, store: ResultStore) -> None:
        self.acceptance, self.store, self.seconds, self.asked = acceptance, store, 0.0, 0

    def accepts(self, pipeline: str) -> bool:
        if self.acceptance is None or pipeline in TRUSTED:
            return True
        cached = self.store.get_verdict(pipeline)
        if cached is None:
            self.asked += 1
            start = time.perf_counter()
            verdict = self.acceptance.check_list(pipeline)
            self.seconds += time.perf_counter() - start
            cached = (verdict.accepted, verdict.reason[:600])
            self.store.put_verdict(pipeline, *cached)
        return cached[0]


class _GuardCache:
    """The policy's per-program checks, asked at most once per (program, pipeline) over all runs on one store."""

    def __init__(self, acceptance: AcceptancePolicy | None, store: ResultStore) -> None:
        self.acceptance, self.store, self.seconds = acceptance, store, 0.0

    def accepts(self, spec: ProgramSpec, module_hash: str, pipeline: str) -> bool:
        if self.acceptance is None or pipeline in TRUSTED:
            return True
        key = f"guard:{module_hash}:{pipeline}"
        cached = self.store.get_verdict(key)
        if cached is None:
            start = time.perf_counter()
            verdict: Verdict = self.acceptance.check_program(spec.to_module(), pipeline)
            self.seconds += time.perf_counter() - start
            cached = (verdict.accepted, verdict.reason[:600])
            self.store.put_verdict(key, *cached)
        return cached[0]


def _previous_best(store: ResultStore, module_hash: str, search: SearchOutcome) -> tuple[Candidate, str] | None:
    """The best a previous run on this store reported for the program (accepted then, so its verdicts are in the
    store), as a candidate with how it was found; None when it was -Oz or is not smaller than -Oz now."""
    record = store.get_record(module_hash)
    if not record or record.get("best_passes") in (None, OZ):
        return None
    pipeline = str(record["best_passes"])
    evaluation = store.get_evaluation(module_hash, pipeline, search.oz.codegen)
    size = BINARY_SIZE.value(evaluation) if evaluation is not None else None
    oz = BINARY_SIZE.value(search.oz)
    if size is None or oz is None or size >= oz:
        return None
    return Candidate(pipeline, None, float(size)), str(record.get("found_by", "search"))


def _gate_pool(
    module_hash: str,
    spec: ProgramSpec,
    ranked: list[Candidate],
    previous: tuple[Candidate, str] | None,
    limit: int,
    cap: PhaseCap,
    gate_cache: _GateCache,
    guard_cache: _GuardCache,
    rejections: Counter[str],
    guard_rejections: Counter[str],
) -> tuple[str, float, str] | None:
    """Check candidates smallest first until one passes the gate and the guards, at most ``limit`` lists and the
    gate cap's seconds. A previous run's accepted best is always checked when the cap stops the loop (its verdicts
    are stored, so that costs nothing): a larger budget never reports a worse best than a smaller one did."""
    start = time.monotonic()
    checked = 0
    for cand in ranked:
        if checked >= limit or (cap.seconds is not None and time.monotonic() - start >= cap.seconds):
            break
        checked += 1
        if not gate_cache.accepts(cand.pipeline):
            rejections[module_hash] += 1
            continue
        if not guard_cache.accepts(spec, module_hash, cand.pipeline):
            guard_rejections[module_hash] += 1
            continue
        found_by = previous[1] if previous is not None and cand.pipeline == previous[0].pipeline else "search"
        return cand.pipeline, cand.size, found_by
    if previous is not None and gate_cache.accepts(previous[0].pipeline):
        if guard_cache.accepts(spec, module_hash, previous[0].pipeline):
            return previous[0].pipeline, previous[0].size, previous[1]
    return None


def _check_store(store: ResultStore, config: AutotuneConfig, toolchain: str) -> None:
    wanted = {**config.identity(), "toolchain": toolchain}
    found = store.get_meta("settings")
    if found is None:
        store.set_meta("settings", wanted)
    elif found != wanted:
        raise ConfigError(
            f"{store.path} holds results made with {found}, this run uses {wanted}; "
            "resume with the same settings or choose another --out"
        )


def autotune(
    programs: Sequence[ProgramSpec],
    config: AutotuneConfig,
    measurer: MeasurerSpec,
    store: ResultStore,
    executor: Executor | None = None,
    acceptance: AcceptancePolicy | None = None,
) -> AutotuneResult:
    """Tune every program; write one ``TuningRecord`` per program to the store and return them.

    Args:
        programs: the corpus (distinct modules; duplicates by hash are tuned once).
        config: search, minimization, gate and broadcast settings.
        measurer: how workers build their measurer.
        store: results and resume log.
        executor: where tasks run (default: serially here).
        acceptance: the correctness checks (``llmopt.verify.acceptance.Acceptance``: the gate, then the per-program
            guards); None accepts every list (only for experiments).

    Raises:
        ConfigError: the store was made with other search settings.
    """
    start = time.perf_counter()
    executor = executor or SerialExecutor()
    _check_store(store, config, f"llvm-{measurer.version}")
    unique = list({p.to_module().hash: p for p in programs}.values())
    path = str(store.path)
    searches = executor.map(run_search, [SearchTask(p, config, measurer, path) for p in unique])
    gate_cache = _GateCache(acceptance, store)
    guard_cache = _GuardCache(acceptance, store)
    guard_rejections = Counter[str]()
    walltime = {s.module_hash: s.walltime_s for s in searches}
    measured = {s.module_hash: s.measured for s in searches}
    rejections = Counter[str]()
    minimization: dict[str, list[dict[str, Any]]] = {}
    best: dict[str, tuple[str, float, str]] = {
        s.module_hash: (OZ, BINARY_SIZE.value(s.oz) or math.inf, "oz") for s in searches
    }
    by_hash = {s.module_hash: s for s in searches}
    spec_of = {s.module_hash: p for s, p in zip(searches, unique, strict=True)}
    # Minimize each program's top candidates (one task per program: they share the minimize cap, best first).
    with_candidates = [h for h, s in by_hash.items() if s.candidates]
    tasks = [
        MinimizeTask(spec_of[h], by_hash[h].candidates[: config.minimize_top], config, measurer, path)
        for h in with_candidates
    ]
    pools: dict[str, list[Candidate]] = {}
    for h, outcome in zip(with_candidates, executor.map(run_minimize, tasks), strict=True):
        walltime[h] += outcome.walltime_s
        measured[h] += outcome.measured
        minimization.setdefault(h, []).extend(outcome.steps)
        pools[h] = list(outcome.minimized)
    previous = {h: _previous_best(store, h, s) for h, s in by_hash.items()}
    limit = config.gate_candidates_for(config.search.budget)
    for h, s in by_hash.items():
        pool = {c.pipeline: c for c in (*pools.get(h, ()), *s.candidates)}
        prev = previous[h]
        if prev is not None:
            pool.setdefault(prev[0].pipeline, prev[0])
        ranked = sorted(pool.values(), key=lambda c: (c.size, len(c.passes or ()), c.pipeline))
        best[h] = (
            _gate_pool(
                h,
                spec_of[h],
                ranked,
                prev,
                limit,
                config.caps.gate,
                gate_cache,
                guard_cache,
                rejections,
                guard_rejections,
            )
            or best[h]
        )
    summary = None
    if config.broadcast_top > 0:
        summary = _broadcast(
            config, measurer, path, executor, spec_of, best, walltime, measured, guard_cache, guard_rejections
        )
    records = []
    for h, s in by_hash.items():
        spec = spec_of[h]
        pipeline, _size, found_by = best[h]
        best_eval = store.get_evaluation(h, pipeline, s.oz.codegen) or s.oz
        record = TuningRecord(
            module_hash=h,
            name=s.name,
            flavour=spec.flavour,
            source=spec.source,
            best_pipeline=pipeline,
            best=best_eval,
            oz=s.oz,
            o0=s.o0,
            clang_oz=s.clang_oz,
            found_by=found_by,
            evaluations=store.count_evaluations(h),
            measured=measured[h],
            gate_rejections=rejections[h],
            guard_rejections=guard_rejections[h],
            walltime_s=walltime[h],
            lists_drawn=s.lists_drawn,
            failures=s.failures,
            minimization=minimization.get(h, []),
            seed=config.search.seed,
        )
        store.put_record(h, s.name, record.to_json())
        records.append(record)
    return AutotuneResult(
        records=tuple(records),
        broadcast=summary,
        evaluations=sum(r.evaluations for r in records),
        measured=sum(measured.values()),
        gate_rejections=sum(rejections.values()),
        guard_rejections=sum(guard_rejections.values()),
        walltime_s=time.perf_counter() - start,
        gate_s=gate_cache.seconds + guard_cache.seconds,
    )


def _broadcast(
    config: AutotuneConfig,
    measurer: MeasurerSpec,
    path: str,
    executor: Executor,
    spec_of: dict[str, ProgramSpec],
    best: dict[str, tuple[str, float, str]],
    walltime: dict[str, float],
    measured: dict[str, int],
    guard_cache: _GuardCache,
    guard_rejections: Counter[str],
) -> BroadcastSummary:
    """Try the N most frequent best lists on every program; keep strict improvements (mutates ``best``)."""
    distinct_before = len({b[0] for b in best.values()})
    counts = Counter(b[0] for b in best.values() if b[0] != OZ)
    # Most frequent first; ties by text so the choice is reproducible.
    width = config.broadcast_top
    if config.caps.broadcast.evaluations is not None:
        width = min(width, config.caps.broadcast.evaluations)
    top = tuple(p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:width])
    improved = 0
    if top:
        hashes = list(spec_of)
        seconds = config.caps.broadcast.seconds
        outcomes = executor.map(
            run_broadcast, [BroadcastTask(spec_of[h], top, measurer, path, seconds) for h in hashes]
        )
        for h, outcome in zip(hashes, outcomes, strict=True):
            walltime[h] += outcome.walltime_s
            measured[h] += outcome.measured
            current = best[h][1]
            # Strictly smaller only, the earliest (most frequent) list among equals, and one this program's guard
            # accepts (the gate accepted every broadcast list already, but not for this program).
            attempts = 0
            for choice in sorted(range(len(top)), key=lambda i: (outcome.sizes[i], i)):
                if outcome.sizes[choice] >= current or attempts >= config.broadcast_guard_attempts:
                    break
                attempts += 1
                if guard_cache.accepts(spec_of[h], h, top[choice]):
                    best[h] = (top[choice], outcome.sizes[choice], "broadcast")
                    improved += 1
                    break
                guard_rejections[h] += 1
    return BroadcastSummary(
        lists_broadcast=len(top),
        programs_improved=improved,
        distinct_best_before=distinct_before,
        distinct_best_after=len({b[0] for b in best.values()}),
    )


__all__ = [
    "AutotuneConfig",
    "AutotuneResult",
    "BroadcastSummary",
    "Candidate",
    "PhaseCap",
    "PhaseCaps",
    "TuningRecord",
    "autotune",
    "run_broadcast",
    "run_minimize",
    "run_search",
]
