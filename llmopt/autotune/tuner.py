"""The autotuning pipeline of LLM Compiler (section 4.1) over a corpus: random search, minimization, correctness gate,
broadcast of the most frequently optimal lists, and one ``TuningRecord`` per program.

Data flow, per phase an ``Executor.map`` over programs (so serial, pool and Ray runs give the same records):

1. ``run_search``: -O0/-Oz baselines, then random search; returns the program's candidates: distinct pass lists
   strictly smaller than -Oz, best first (the empty list included: as in the paper, "no passes" can be the answer).
2. ``run_minimize``: minimize the next candidate to a fixed point. The driver then asks the gate (a callable
   ``pipeline -> verdict`` with ``.passed``, or a bool); a rejected list counts as a gate rejection and the next
   candidate is minimized and gated; with no candidate left the program keeps ``default<Oz>``. ``default<Oz>`` and
   the empty list are accepted without asking the gate (the compiler's own pipeline, and no transformation at all).
   So a list is reported as best only after the gate accepted it.
3. ``run_broadcast``: the ``broadcast_top`` most frequent best lists (already gate-accepted) are tried on every
   program; strict improvements replace the program's best.

A fixed gate cannot catch a bug that only one program triggers, so a per-program ``guard`` (a callable
``(program, pipeline) -> verdict``, e.g. structural and translation-validation checks against the program's own -Oz
build) must also accept a list before it becomes that program's best, after search and after broadcast alike.

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
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.autotune.evaluator import ProgramEvaluator
from llmopt.autotune.minimize import minimize
from llmopt.autotune.random_ import RandomSearchConfig, random_search
from llmopt.autotune.specs import ProgramSpec
from llmopt.autotune.store import ResultStore
from llmopt.errors import ConfigError, PassListError
from llmopt.metrics import BINARY_SIZE, Evaluation, MeasurerSpec, worker_measurer
from llmopt.parallel import Executor, SerialExecutor
from llmopt.passes import PassList

log = logging.getLogger(__name__)
OZ = "default<Oz>"
TRUSTED = frozenset({OZ, ""})  # the compiler's own -Oz and "no passes at all" need no gate
Gate = Callable[[str], Any]
ProgramGuard = Callable[["ProgramSpec", str], Any]


@dataclass(frozen=True)
class AutotuneConfig:
    """Settings of one autotuning run.

    Attributes:
        search: random search settings (budget, seed, list lengths).
        minimize: minimize candidate lists (redundancy elimination, canonical order, insertion search).
        insertion: include insertion search in minimization (the expensive step: |catalog| x positions).
        max_minimize_rounds: bound on minimization rounds.
        gate_candidates: how many candidates per program may be tried when the gate rejects (then -Oz).
        broadcast_top: N most frequently optimal lists tried on every program (0 disables broadcast).
        broadcast_guard_attempts: per program, how many broadcast lists its guard may reject before the program keeps
            its current best (a guard call can take a minute, and a program whose guard rejects one list usually
            rejects its neighbours for the same reason).
    """

    search: RandomSearchConfig = field(default_factory=RandomSearchConfig)
    minimize: bool = True
    insertion: bool = True
    max_minimize_rounds: int = 8
    gate_candidates: int = 5
    broadcast_top: int = 100
    broadcast_guard_attempts: int = 3

    def __post_init__(self) -> None:
        if self.gate_candidates < 1:
            raise ConfigError(f"gate_candidates must be >= 1, got {self.gate_candidates}")
        if self.broadcast_top < 0:
            raise ConfigError(f"broadcast_top must be >= 0, got {self.broadcast_top}")
        if self.broadcast_guard_attempts < 1:
            raise ConfigError(f"broadcast_guard_attempts must be >= 1, got {self.broadcast_guard_attempts}")

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
    result = random_search(evaluator, measurer.catalog.names, task.config.search)
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
        candidates=tuple(order[: task.config.gate_candidates]),
        evaluations=evaluator.evaluations,
        measured=evaluator.measured,
        lists_drawn=result.lists_drawn,
        failures=dict(failures),
        walltime_s=time.perf_counter() - start,
    )


@dataclass(frozen=True)
class MinimizeTask:
    program: ProgramSpec
    candidate: Candidate
    config: AutotuneConfig
    measurer: MeasurerSpec
    store: str


@dataclass(frozen=True)
class MinimizeOutcome:
    pipeline: str
    size: float
    passes: tuple[str, ...] | None
    steps: tuple[dict[str, Any], ...]
    evaluations: int
    measured: int
    walltime_s: float


def run_minimize(task: MinimizeTask) -> MinimizeOutcome:
    """Worker: minimize one candidate to a fixed point (cost: see ``minimize``)."""
    start = time.perf_counter()
    cand = task.candidate
    if not task.config.minimize or cand.passes is None:
        return MinimizeOutcome(cand.pipeline, cand.size, cand.passes, (), 0, 0, time.perf_counter() - start)
    measurer = worker_measurer(task.measurer)
    evaluator = ProgramEvaluator(measurer, task.program.to_module(), _worker_store(task.store), phase="minimize")
    result = minimize(
        cand.passes,
        evaluator,
        measurer.catalog.names,
        insertion=task.config.insertion,
        max_rounds=task.config.max_minimize_rounds,
    )
    pipeline = evaluator.pipeline_of(result.passes)
    return MinimizeOutcome(
        pipeline=pipeline,
        size=result.size,
        passes=result.passes,
        steps=tuple(asdict(s) for s in result.steps),
        evaluations=evaluator.evaluations,
        measured=evaluator.measured,
        walltime_s=time.perf_counter() - start,
    )


@dataclass(frozen=True)
class BroadcastTask:
    program: ProgramSpec
    pipelines: tuple[str, ...]
    measurer: MeasurerSpec
    store: str


@dataclass(frozen=True)
class BroadcastOutcome:
    sizes: tuple[float, ...]  # per pipeline, +inf on failure
    evaluations: int
    measured: int
    walltime_s: float


def run_broadcast(task: BroadcastTask) -> BroadcastOutcome:
    """Worker: evaluate every broadcast list on one program. Cost: len(pipelines) evaluations at most."""
    start = time.perf_counter()
    evaluator = ProgramEvaluator(
        worker_measurer(task.measurer), task.program.to_module(), _worker_store(task.store), phase="broadcast"
    )
    sizes = tuple(evaluator.size(p) for p in task.pipelines)
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


def verdict_passed(verdict: Any) -> bool:
    """A gate's verdict as a bool: a bool itself, or an object with ``passed``."""
    return bool(verdict) if isinstance(verdict, bool) else bool(verdict.passed)


def _verdict_detail(verdict: Any) -> str:
    failures = getattr(verdict, "failures", ()) or ()
    return "; ".join(str(getattr(f, "message", f))[:200] for f in list(failures)[:3])


class _GateCache:
    """The gate, asked at most once per pipeline over all runs on one store."""

    def __init__(self, gate: Gate | None, store: ResultStore) -> None:
        self.gate, self.store, self.seconds = gate, store, 0.0

    def accepts(self, pipeline: str) -> bool:
        if self.gate is None or pipeline in TRUSTED:
            return True
        cached = self.store.get_verdict(pipeline)
        if cached is None:
            start = time.perf_counter()
            verdict = self.gate(pipeline)
            self.seconds += time.perf_counter() - start
            cached = (verdict_passed(verdict), _verdict_detail(verdict))
            self.store.put_verdict(pipeline, *cached)
        return cached[0]


class _GuardCache:
    """The per-program guard, asked at most once per (program, pipeline) over all runs on one store."""

    def __init__(self, guard: ProgramGuard | None, store: ResultStore) -> None:
        self.guard, self.store, self.seconds = guard, store, 0.0

    def accepts(self, spec: ProgramSpec, module_hash: str, pipeline: str) -> bool:
        if self.guard is None or pipeline in TRUSTED:
            return True
        key = f"guard:{module_hash}:{pipeline}"
        cached = self.store.get_verdict(key)
        if cached is None:
            start = time.perf_counter()
            verdict = self.guard(spec, pipeline)
            self.seconds += time.perf_counter() - start
            cached = (verdict_passed(verdict), _verdict_detail(verdict))
            self.store.put_verdict(key, *cached)
        return cached[0]


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
    gate: Gate | None = None,
    guard: ProgramGuard | None = None,
) -> AutotuneResult:
    """Tune every program; write one ``TuningRecord`` per program to the store and return them.

    Args:
        programs: the corpus (distinct modules; duplicates by hash are tuned once).
        config: search, minimization, gate and broadcast settings.
        measurer: how workers build their measurer.
        store: results and resume log.
        executor: where tasks run (default: serially here).
        gate: correctness gate ``pipeline -> verdict``; None accepts every list (only for experiments).
        guard: per-program check ``(program, pipeline) -> verdict`` run after the gate; None accepts.

    Raises:
        ConfigError: the store was made with other search settings.
    """
    start = time.perf_counter()
    executor = executor or SerialExecutor()
    _check_store(store, config, f"llvm-{measurer.version}")
    unique = list({p.to_module().hash: p for p in programs}.values())
    path = str(store.path)
    searches = executor.map(run_search, [SearchTask(p, config, measurer, path) for p in unique])
    gate_cache = _GateCache(gate, store)
    guard_cache = _GuardCache(guard, store)
    guard_rejections = Counter[str]()
    walltime = {s.module_hash: s.walltime_s for s in searches}
    measured = {s.module_hash: s.measured for s in searches}
    rejections = Counter[str]()
    minimization: dict[str, list[dict[str, Any]]] = {}
    best: dict[str, tuple[str, float, str]] = {
        s.module_hash: (OZ, BINARY_SIZE.value(s.oz) or math.inf, "oz") for s in searches
    }
    next_index = {s.module_hash: 0 for s in searches}
    by_hash = {s.module_hash: s for s in searches}
    spec_of = {s.module_hash: p for s, p in zip(searches, unique, strict=True)}
    pending = [h for h, s in by_hash.items() if s.candidates]
    while pending:
        tasks = [
            MinimizeTask(spec_of[h], by_hash[h].candidates[next_index[h]], config, measurer, path) for h in pending
        ]
        outcomes = executor.map(run_minimize, tasks)
        still = []
        for h, outcome in zip(pending, outcomes, strict=True):
            walltime[h] += outcome.walltime_s
            measured[h] += outcome.measured
            minimization.setdefault(h, []).extend(outcome.steps)
            if gate_cache.accepts(outcome.pipeline):
                if guard_cache.accepts(spec_of[h], h, outcome.pipeline):
                    best[h] = (outcome.pipeline, outcome.size, "search")
                    continue
                guard_rejections[h] += 1
            else:
                rejections[h] += 1
            next_index[h] += 1
            if next_index[h] < len(by_hash[h].candidates):
                still.append(h)
        pending = still
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
    top = tuple(p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: config.broadcast_top])
    improved = 0
    if top:
        hashes = list(spec_of)
        outcomes = executor.map(run_broadcast, [BroadcastTask(spec_of[h], top, measurer, path) for h in hashes])
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
    "ProgramGuard",
    "TuningRecord",
    "autotune",
    "run_broadcast",
    "run_minimize",
    "run_search",
    "verdict_passed",
]
