"""The ranked coreset: a shipped, ordered set of accepted pass lists, the no-model baseline of every strategy.

Coreset-NVP (Liang et al. 2023) observed that a few dozen pass lists, chosen well, cover most of what per-program
search finds. Here the candidates are the autotuner's distinct best lists on *training* programs (``llmopt.autotune``
records), each checked by the real PassListEval gate (rejected lists are dropped and recorded as such), and the order
is greedy: each next list is the one that most improves the geometric-mean gain over ``-Oz`` of the best-of-so-far
over all training programs (-Oz itself always counts, so a list can only add). A strategy with budget B tries
``-Oz`` plus the first B-1 lists (the fixed order), or lets a model rank them.

The shipped file (``data/coreset-llvm<major>-v<N>.json``) holds the LLVM version and flavour, each list with its gate
verdict, the gain it added and the programs it was best on, the fitting command, and the size of every list on every
training program. That table makes leave-one-out exact and free: ``Coreset.excluding(...)`` refits the order without
some programs (and without the lists only they found), so a measurement never uses a coreset fitted on the program it
is measured on.

Limits: the gain is measured in binary size (.text + .data) in one flavour; a list's gate verdict is program
independent (a program's own guards still run in the strategy's selection step); lists are fitted on the project's own
small programs, so their order is a prior, not a promise, on other code.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from llmopt.autotune.evaluator import ProgramEvaluator
from llmopt.autotune.specs import ProgramSpec
from llmopt.autotune.store import ResultStore
from llmopt.autotune.tuner import PhaseCaps
from llmopt.errors import ConfigError, InputError
from llmopt.metrics import Measurer, MeasurerSpec, geomean
from llmopt.toolchain import Flavour, Toolchain
from llmopt.verify.acceptance import AcceptancePolicy

OZ = "default<Oz>"
FORMAT_VERSION = 1
DATA_DIR = Path(__file__).resolve().parent / "data"
LARGE_TABLE = 200  # fit programs above which the file is gzipped
# The size flavour's file keeps its original name; other flavours name theirs: coreset-llvm19-paper-v1.json.
# A release-fitted file (thousands of programs in its table) is gzipped: coreset-llvm19-paper-v1.json.gz.
_FILE_RE = re.compile(r"^coreset-llvm(\d+)(?:-([a-z]+))?-v(\d+)\.json(?:\.gz)?$")


def source_group(name: str) -> str:
    """The source program a module comes from: ``001_loop_sum`` for the TU ``001_loop_sum`` and for its functions
    ``001_loop_sum.sum_range`` (benchmark file stems) or ``001_loop_sum:sum_range`` (``split_functions`` names).
    Leave-one-out leaves out a whole group, so a TU is never measured with lists found on its own functions."""
    return re.split(r"[.:]", name, maxsplit=1)[0]


@dataclass(frozen=True)
class FitProgram:
    """One training program: its autotuned best and -Oz size (binary size), and the group left out together."""

    name: str
    module_hash: str
    group: str
    kind: str  # "function" or "tu"
    oz_size: int
    tuned_size: int
    tuned_pipeline: str
    found_by: str  # how the autotuner found its best: "search", "broadcast" or "oz"

    @property
    def tuned_ratio(self) -> float:
        return min(1.0, self.tuned_size / self.oz_size)


@dataclass(frozen=True)
class CoresetList:
    """One shipped list: its place in the order, what it added on the fit programs, and its gate verdict.

    Attributes:
        pipeline: canonical pipeline text.
        added_gain: geomean gain over -Oz (fraction) it added to the lists before it, on the fit programs.
        cumulative_gain: geomean gain of -Oz plus every list up to this one.
        best_on: fit programs whose autotuned best it is.
        found_on: of those, the ones where the autotuner's own search found it (not a broadcast): leave-one-out keeps
            a list only while one of these is still in the fit set, so no list leaks from a left-out program.
        accepted / verdict: the PassListEval gate's verdict (only accepted lists are shipped in the order).
    """

    pipeline: str
    added_gain: float
    cumulative_gain: float
    best_on: tuple[str, ...]
    found_on: tuple[str, ...]
    accepted: bool = True
    verdict: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "added_gain": self.added_gain,
            "cumulative_gain": self.cumulative_gain,
            "best_on": list(self.best_on),
            "found_on": list(self.found_on),
            "gate": {"accepted": self.accepted, "verdict": self.verdict},
        }


@dataclass(frozen=True)
class FitTable:
    """Everything the greedy order needs: the programs, and the size of each candidate list on each of them.

    ``sizes[pipeline][i]`` is program i's binary size after the list (None: the list failed on it).
    """

    programs: tuple[FitProgram, ...]
    sizes: Mapping[str, tuple[int | None, ...]]

    def __post_init__(self) -> None:
        for pipeline, row in self.sizes.items():
            if len(row) != len(self.programs):
                raise ConfigError(f"size row of {pipeline!r} has {len(row)} entries for {len(self.programs)} programs")

    def log_ratio(self, pipeline: str, index: int) -> float:
        """log(size / -Oz size) of one program, never above 0 (-Oz is always among the candidates)."""
        size = self.sizes[pipeline][index]
        if size is None:
            return 0.0
        return min(0.0, math.log(max(size, 1) / self.programs[index].oz_size))


def greedy_order(table: FitTable, pool: Iterable[str], indices: Sequence[int]) -> list[tuple[str, float, float]]:
    """Order ``pool`` greedily on the programs ``indices``: each next list is the one that most lowers the mean log
    of best-so-far / -Oz (so most raises the geomean gain); ties go to the list best on more programs, then the
    shorter text. Lists that add nothing follow, by their own geomean gain. Cost: O(len(pool)^2 * len(indices)).

    Returns:
        (pipeline, added gain, cumulative gain) per list, gains as fractions of -Oz size.
    """
    remaining = sorted(set(pool))
    count = max(1, len(indices))
    best = {i: 0.0 for i in indices}
    out: list[tuple[str, float, float]] = []
    gain = 0.0
    while remaining:
        scored = []
        for pipeline in remaining:
            logs = [min(best[i], table.log_ratio(pipeline, i)) for i in indices]
            wins = sum(table.log_ratio(pipeline, i) < 0 for i in indices)
            scored.append((sum(logs), -wins, len(pipeline), pipeline, logs))
        total, _, _, choice, logs = min(scored)
        new_gain = 1.0 - math.exp(total / count)
        if new_gain - gain <= 1e-12:
            break
        out.append((choice, new_gain - gain, new_gain))
        gain = new_gain
        best = dict(zip(indices, logs, strict=True))
        remaining.remove(choice)
    alone = sorted(
        remaining, key=lambda p: (sum(table.log_ratio(p, i) for i in indices), len(p), p)
    )  # lists that add nothing here may still suit a program a model ranks them for
    out.extend((p, 0.0, gain) for p in alone)
    return out


@dataclass(frozen=True)
class Coreset:
    """An ordered set of gate-accepted lists for one LLVM major and flavour (see the module docstring).

    Attributes:
        llvm_version / flavour: what the lists were tuned and gated with.
        lists: the order (accepted lists only).
        rejected: lists the gate rejected, with the reason (kept for the record, never proposed).
        table: the fit programs and every candidate's size on them (refits and leave-one-out use it).
        fitted_by: the command that made the file; settings: the autotuner's settings.
    """

    llvm_version: str
    flavour: Flavour
    lists: tuple[CoresetList, ...]
    table: FitTable
    rejected: tuple[CoresetList, ...] = ()
    fitted_by: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)
    version: int = FORMAT_VERSION
    held_out: frozenset[str] = frozenset()  # module hashes of fit programs this order was refitted without

    @property
    def llvm_major(self) -> int:
        return int(self.llvm_version.split(".")[0])

    @property
    def pipelines(self) -> tuple[str, ...]:
        return tuple(entry.pipeline for entry in self.lists)

    def top(self, count: int) -> tuple[str, ...]:
        """The first ``count`` lists of the order (fewer when the coreset is smaller)."""
        return self.pipelines[: max(0, count)]

    def candidates(self, budget: int) -> tuple[str, ...]:
        """What the fixed order tries at a budget of ``budget`` compilations: -Oz, then the top budget-1 lists."""
        if budget < 1:
            raise ConfigError(f"a budget counts compilations, -Oz included: at least 1, got {budget}")
        return (OZ, *self.top(budget - 1))

    def excluding(self, module_hashes: Iterable[str] = (), groups: Iterable[str] = ()) -> Coreset:
        """The coreset refitted without some programs: those with these module hashes, or of these source groups
        (``source_group``), and without every list that only they found. What a measurement on those programs
        must use (leave-one-out).

        Raises:
            ConfigError: nothing would be left to fit on.
        """
        hashes, names = set(module_hashes), set(groups)
        held_out = set(self.held_out) | {
            p.module_hash
            for p in self.table.programs
            if p.module_hash in hashes or p.group in names or source_group(p.name) in names
        }
        kept = [i for i, p in enumerate(self.table.programs) if p.module_hash not in held_out]
        if not kept:
            raise ConfigError("excluding every fit program leaves nothing to fit the coreset on")
        kept_names = {self.table.programs[i].name for i in kept}
        pool = [e.pipeline for e in self.lists if kept_names & set(e.found_on)]
        lists = _entries(self.table, pool, kept, {e.pipeline: e for e in self.lists})
        return replace(self, lists=lists, held_out=frozenset(held_out))

    def to_json(self) -> dict[str, Any]:
        programs = self.table.programs
        return {
            "format": "llmopt-coreset",
            "version": self.version,
            "llvm_version": self.llvm_version,
            "llvm_major": self.llvm_major,
            "flavour": self.flavour.value,
            "metric": "binary_size",
            "fitted_by": self.fitted_by,
            "settings": dict(self.settings),
            "fit": {
                "programs": len(programs),
                "functions": sum(p.kind == "function" for p in programs),
                "tus": sum(p.kind == "tu" for p in programs),
                "geomean_gain": self.lists[-1].cumulative_gain if self.lists else 0.0,
                "autotuner_geomean_gain": _tuned_gain(programs, range(len(programs))),
            },
            "lists": [e.to_json() for e in self.lists],
            "rejected": [e.to_json() for e in self.rejected],
            "programs": [
                {
                    "name": p.name,
                    "module_hash": p.module_hash,
                    "group": p.group,
                    "kind": p.kind,
                    "oz_size": p.oz_size,
                    "tuned_size": p.tuned_size,
                    "tuned_pipeline": p.tuned_pipeline,
                    "found_by": p.found_by,
                }
                for p in programs
            ],
            "sizes": {k: list(v) for k, v in self.table.sizes.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Coreset:
        """Raises: InputError: not a coreset file of a format version this code reads."""
        if data.get("format") != "llmopt-coreset" or data.get("version") != FORMAT_VERSION:
            raise InputError(
                f"not an llmopt coreset of format version {FORMAT_VERSION} "
                f"(format={data.get('format')!r}, version={data.get('version')!r})"
            )
        programs = tuple(FitProgram(**p) for p in data["programs"])
        table = FitTable(programs, {k: tuple(v) for k, v in data["sizes"].items()})
        return cls(
            llvm_version=data["llvm_version"],
            flavour=Flavour.parse(data["flavour"]),
            lists=tuple(_entry_of(e) for e in data["lists"]),
            rejected=tuple(_entry_of(e) for e in data.get("rejected", ())),
            table=table,
            fitted_by=data.get("fitted_by", ""),
            settings=data.get("settings", {}),
            version=data["version"],
        )

    def write(self, directory: Path = DATA_DIR) -> Path:
        """Write ``coreset-llvm<major>-v<version>.json`` (size flavour) or ``coreset-llvm<major>-<flavour>-v<version>
        .json`` in ``directory``; returns its path. A table of thousands of programs is written one list per line
        and gzipped (``.json.gz``, no timestamp, so a refit of the same table gives the same bytes): as plain JSON a
        release-fitted file is ~2 MB, mostly sizes."""
        from llmopt.toolchain import write_atomic

        tag = "" if self.flavour is Flavour.SIZE else f"-{self.flavour.value}"
        path = Path(directory) / f"coreset-llvm{self.llvm_major}{tag}-v{self.version}.json"
        data = self.to_json()
        if len(self.table.programs) <= LARGE_TABLE:
            write_atomic(path, json.dumps(data, indent=1) + "\n")
            return path
        else:
            sizes = data.pop("sizes")
            programs = data.pop("programs")
            head = json.dumps(data, indent=1)[:-2]
            rows = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, separators=(',', ':'))}" for k, v in sizes.items())
            progs = ",\n".join("  " + json.dumps(p, separators=(",", ":")) for p in programs)
            text = f'{head},\n "programs": [\n{progs}\n ],\n "sizes": {{\n{rows}\n }}\n}}\n'
        path = path.with_name(path.name + ".gz")
        write_atomic(path, gzip.compress(text.encode(), compresslevel=9, mtime=0))
        return path


def _entry_of(data: Mapping[str, Any]) -> CoresetList:
    gate = data.get("gate", {})
    return CoresetList(
        pipeline=data["pipeline"],
        added_gain=float(data["added_gain"]),
        cumulative_gain=float(data["cumulative_gain"]),
        best_on=tuple(data["best_on"]),
        found_on=tuple(data["found_on"]),
        accepted=bool(gate.get("accepted", True)),
        verdict=str(gate.get("verdict", "")),
    )


def _tuned_gain(programs: Sequence[FitProgram], indices: Iterable[int]) -> float:
    ratio = geomean([max(programs[i].tuned_ratio, 1e-9) for i in indices])
    return 0.0 if ratio is None else 1.0 - ratio


def _entries(
    table: FitTable, pool: Iterable[str], indices: Sequence[int], known: Mapping[str, CoresetList]
) -> tuple[CoresetList, ...]:
    """The greedy order of ``pool`` on ``indices`` as entries (provenance and verdicts from ``known``)."""
    out = []
    for pipeline, added, cumulative in greedy_order(table, pool, indices):
        entry = known[pipeline]
        out.append(replace(entry, added_gain=added, cumulative_gain=cumulative))
    return tuple(out)


# -- fitting -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingProgram:
    """A program to fit on: its spec (IR by value), its kind ("function"/"tu") and its leave-one-out group."""

    spec: ProgramSpec
    kind: str
    group: str


def collect_table(programs: Sequence[TrainingProgram], store: ResultStore, measurer: Measurer) -> FitTable:
    """The fit table from an autotune store: each program's record (its best and -Oz), and the size of every
    distinct best list on every program, read from the store or measured and stored there (phase "coreset"), so
    an interrupted fit resumes without measuring again. Programs whose -Oz failed or has size 0 are left out.

    Raises:
        InputError: a program has no tuning record in the store (run the autotuner first).
    """
    fit: list[FitProgram] = []
    modules = []
    seen: set[str] = set()
    for program in programs:
        module = program.spec.to_module()
        if module.hash in seen:  # the same IR twice (e.g. one function in two files) is one program, as in autotune
            continue
        seen.add(module.hash)
        record = store.get_record(module.hash)
        if record is None:
            raise InputError(f"{program.spec.name}: no tuning record in {store.path}; run the autotuner on it first")
        oz, best = record.get("oz_binary_size"), record.get("best_binary_size")
        if not oz or best is None:
            continue
        fit.append(
            FitProgram(
                name=program.spec.name,
                module_hash=module.hash,
                group=program.group,
                kind=program.kind,
                oz_size=int(oz),
                tuned_size=int(best),
                tuned_pipeline=str(record["best_passes"]),
                found_by=str(record.get("found_by", "search")),
            )
        )
        modules.append(module)
    pool = sorted({p.tuned_pipeline for p in fit if p.tuned_pipeline != OZ})
    sizes: dict[str, list[int | None]] = {p: [] for p in pool}
    for module in modules:
        evaluator = ProgramEvaluator(measurer, module, store, phase="coreset")
        for pipeline in pool:
            size = evaluator.size(pipeline)
            sizes[pipeline].append(None if math.isinf(size) else int(size))
    return FitTable(tuple(fit), {k: tuple(v) for k, v in sizes.items()})


def table_from_size_matrix(matrix: Any) -> FitTable:
    """The fit table of a training release's size matrix (``llmopt.data.release.SizeMatrix``, taken by its shape so
    this layer does not import ``data``): every program with its label, every gate-accepted list as a candidate.

    Why: a release measures ~50 accepted lists on thousands of real functions, a far larger fit set than the
    project's 95 benchmark programs, and one nobody measures the project benchmark on. A program is named
    ``package:function`` so ``source_group`` (and so leave-one-out) keeps a package together; its autotuned best
    counts as found by search unless the labeller took -Oz itself.
    """
    import numpy as np

    programs = []
    for p in matrix.programs:
        label = p["label"]
        oz = int(label["oz_binary_size"])
        best = int(label["best_binary_size"]) if label.get("best_binary_size") is not None else oz
        programs.append(
            FitProgram(
                name=f"{p.get('package') or 'unknown'}:{p['name']}",
                module_hash=str(p["module_hash"]),
                group=str(p.get("package") or "unknown"),
                kind="tu" if p.get("level") == "module" else "function",
                oz_size=oz,
                tuned_size=min(best, oz),
                tuned_pipeline=str(label.get("best_passes") or OZ),
                found_by="oz" if label.get("found_by") == "oz" else "search",
            )
        )
    sizes = np.asarray(matrix.sizes, dtype=float)
    rows = {
        pipeline: tuple(None if np.isnan(v) else int(v) for v in sizes[:, j]) for j, pipeline in enumerate(matrix.lists)
    }
    return FitTable(tuple(programs), rows)


def gate_lists(
    pipelines: Iterable[str], acceptance: AcceptancePolicy, store: ResultStore, *, progress: Any = None
) -> dict[str, tuple[bool, str]]:
    """The gate's verdict on each list, asked once per list and kept in the store's verdict table (the same one the
    autotuner's gate uses), so a resumed fit asks nothing twice. ``progress(pipeline, accepted, reason)`` is called
    after each list."""
    out = {}
    for pipeline in pipelines:
        cached = store.get_verdict(pipeline)
        if cached is None:
            verdict = acceptance.check_list(pipeline)
            cached = (verdict.accepted, verdict.reason[:600])
            store.put_verdict(pipeline, *cached)
        out[pipeline] = cached
        if progress is not None:
            progress(pipeline, *cached)
    return out


def fit_coreset(
    table: FitTable,
    verdicts: Mapping[str, tuple[bool, str]],
    *,
    llvm_version: str,
    flavour: Flavour,
    fitted_by: str = "",
    settings: Mapping[str, Any] | None = None,
) -> Coreset:
    """Order the gate-accepted lists of ``table`` greedily on all its programs.

    Args:
        table: the fit programs and candidate sizes (``collect_table``).
        verdicts: the gate's (accepted, reason) per candidate (``gate_lists``); a candidate without a verdict is
            not shipped.
        llvm_version / flavour: recorded in the file; ``load_coreset`` matches on them.
        fitted_by: the command that refits the file.
        settings: the autotuner's settings, recorded.
    """
    programs = table.programs
    best_on: dict[str, list[str]] = {}
    found_on: dict[str, list[str]] = {}
    for p in programs:
        best_on.setdefault(p.tuned_pipeline, []).append(p.name)
        if p.found_by != "broadcast":
            found_on.setdefault(p.tuned_pipeline, []).append(p.name)
    known = {
        pipeline: CoresetList(
            pipeline=pipeline,
            added_gain=0.0,
            cumulative_gain=0.0,
            best_on=tuple(best_on.get(pipeline, ())),
            found_on=tuple(found_on.get(pipeline, ())),
            accepted=verdicts.get(pipeline, (False, "not gated"))[0],
            verdict=verdicts.get(pipeline, (False, "not gated"))[1],
        )
        for pipeline in table.sizes
    }
    accepted = [p for p, e in known.items() if e.accepted]
    rejected = tuple(e for p, e in sorted(known.items()) if not e.accepted)
    return Coreset(
        llvm_version=llvm_version,
        flavour=flavour,
        lists=_entries(table, accepted, range(len(programs)), known),
        table=table,
        rejected=rejected,
        fitted_by=fitted_by,
        settings=dict(settings or {}),
    )


def load_programs(
    toolchain: Toolchain, functions: Iterable[Path], tus: Iterable[Path], flavour: Flavour = Flavour.SIZE
) -> list[TrainingProgram]:
    """Training programs from IR or C files: per-function modules and whole TUs, grouped by ``source_group``.

    Raises:
        InputError: a file is missing or not valid IR / does not compile.
    """
    from llmopt.toolchain import load_input

    out = []
    for kind, paths in (("function", functions), ("tu", tus)):
        for path in paths:
            module = load_input(toolchain, path, flavour)
            spec = ProgramSpec.from_module(module, source=str(path))
            out.append(TrainingProgram(spec, kind, source_group(path.stem)))
    return out


def tune_programs(
    programs: Sequence[TrainingProgram],
    store: ResultStore,
    measurer: MeasurerSpec,
    *,
    budget: int,
    seed: int = 0,
    workers: int | None = None,
    caps: PhaseCaps | None = None,
    acceptance: AcceptancePolicy | None = None,
    gate_candidates: int = 5,
) -> dict[str, Any]:
    """Run the autotuner (random search of ``budget`` lists, minimization, the gate, broadcast) on ``programs`` into
    ``store``. Resumable: a rerun reads finished evaluations and gate verdicts back.

    Args:
        caps: per-program phase caps (None: the autotuner's defaults).
        acceptance: the gate the autotuner asks before a list becomes a program's best (``Acceptance`` with the
            guards off, as ``scripts/fit_coreset.py`` builds it); None: ungated search. Measured on the benchmark:
            ungated, 30 of 95 programs' bests were lists the gate rejects (on TUs, often lists that delete code), so
            an ungated store gives neither honest candidates nor an honest autotuner gain to compare with.
        gate_candidates: smallest candidates per program the gate may check before the program keeps -Oz.

    Returns the settings to record in the coreset file.

    Raises:
        ConfigError: the store was made with other search settings.
    """
    from llmopt.autotune import AutotuneConfig, RandomSearchConfig, autotune
    from llmopt.parallel import make_executor

    config = AutotuneConfig(
        search=RandomSearchConfig(budget=budget, seed=seed), caps=caps or PhaseCaps(), gate_candidates=gate_candidates
    )
    with make_executor("pool", workers=workers) as executor:
        result = autotune([p.spec for p in programs], config, measurer, store, executor=executor, acceptance=acceptance)
    return {
        "budget": budget,
        "seed": seed,
        "gate": f"PassListEval gate, {gate_candidates} candidates per program" if acceptance else "none",
        "gate_rejections": result.gate_rejections,
        "minimize": config.minimize,
        "insertion": config.insertion,
        "broadcast_top": config.broadcast_top,
        "caps": asdict(config.caps),
        "programs": len(result.records),
        "evaluations": result.evaluations,
    }


def tu_caps(minimize_evaluations: int = 200, seconds: float = 60.0) -> PhaseCaps:
    """Phase caps for whole TUs: minimizing a large TU to a fixed point takes tens of minutes (insertion search is
    |catalog| evaluations per position), so TUs get a short minimization and broadcast."""
    from llmopt.autotune import PhaseCap

    return PhaseCaps(
        minimize=PhaseCap(evaluations=minimize_evaluations, seconds=seconds), broadcast=PhaseCap(seconds=seconds)
    )


def tune_training_set(
    programs: Sequence[TrainingProgram],
    store: ResultStore,
    measurer: MeasurerSpec,
    *,
    budget: int,
    seed: int = 0,
    workers: int | None = None,
    caps_for_tus: PhaseCaps | None = None,
    acceptance: AcceptancePolicy | None = None,
    gate_candidates: int = 5,
    progress: Any = None,
) -> dict[str, Any]:
    """``tune_programs`` on the functions (default caps) and then on the TUs (``caps_for_tus``, default
    ``tu_caps()``), two runs on one store (broadcast stays within a kind); the settings of both, by kind."""
    settings = {}
    for kind, caps in (("function", None), ("tu", caps_for_tus or tu_caps())):
        chosen = [p for p in programs if p.kind == kind]
        if chosen:
            if progress is not None:
                progress(f"autotune: {len(chosen)} {kind} programs")
            settings[kind] = tune_programs(
                chosen,
                store,
                measurer,
                budget=budget,
                seed=seed,
                workers=workers,
                caps=caps,
                acceptance=acceptance,
                gate_candidates=gate_candidates,
            )
    return settings


def prepare_fit(
    programs: Sequence[TrainingProgram],
    store: ResultStore,
    toolchain: Toolchain,
    data_dir: Path,
    *,
    budget: int,
    seed: int = 0,
    workers: int | None = None,
    caps_for_tus: PhaseCaps | None = None,
    flavour: Flavour = Flavour.SIZE,
    gated: bool = True,
    gate_candidates: int = 3,
    progress: Any = None,
) -> tuple[FitTable, dict[str, tuple[bool, str]], dict[str, Any]]:
    """Everything ``fit_coreset`` needs, resumable through ``store``: the gated autotuner on ``programs``
    (``tune_training_set``; the real PassListEval gate in ``flavour``, guards off), the size table, and the gate's
    verdict on every candidate list (all cached: the autotuner already asked about its bests).

    ``gated`` False: ungated search and every list marked "not gated" (experiments only).

    Returns:
        (table, verdicts, autotuner settings by kind).
    """
    from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GuardConfig

    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    config = AcceptanceConfig(flavour=flavour, guards=GuardConfig(enabled=False))
    with Acceptance(toolchain, config, data_dir) as acceptance:
        settings = tune_training_set(
            programs,
            store,
            spec,
            budget=budget,
            seed=seed,
            workers=workers,
            caps_for_tus=caps_for_tus,
            acceptance=acceptance if gated else None,
            gate_candidates=gate_candidates,
            progress=progress,
        )
        with Measurer(toolchain, data_dir=data_dir) as measurer:
            table = collect_table(programs, store, measurer)
        if progress is not None:
            progress(f"size table: {len(table.sizes)} distinct best lists x {len(table.programs)} programs")
        if not gated:
            return table, {p: (True, "not gated") for p in table.sizes}, settings
        verdicts = gate_lists(sorted(table.sizes), acceptance, store)
    return table, verdicts, settings


# -- leave-one-out ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HeldOutRatios:
    """One program measured with a coreset fitted without its group: size / -Oz at each budget, the autotuner's own
    ratio, and the best any list of that coreset reaches (a perfect ranker over the same lists)."""

    program: FitProgram
    by_budget: Mapping[int, float]
    oracle: float
    lists: int  # size of the coreset fitted without this program's group


def leave_one_out(coreset: Coreset, budgets: Sequence[int]) -> list[HeldOutRatios]:
    """For every source group: refit without it (``Coreset.excluding``) and measure its programs at each budget
    (-Oz plus the top B-1 lists), from the coreset's size table (no compilation). Cost: one greedy fit per group."""
    table = coreset.table
    out = []
    for group in sorted({p.group for p in table.programs}):
        held = coreset.excluding(groups=[group])
        for i, program in enumerate(table.programs):
            if program.group != group:
                continue

            def ratio(pipelines: Sequence[str], index: int = i) -> float:
                return math.exp(min([0.0, *(table.log_ratio(p, index) for p in pipelines if p != OZ)]))

            out.append(
                HeldOutRatios(
                    program=program,
                    by_budget={b: ratio(held.candidates(b)) for b in budgets},
                    oracle=ratio(held.pipelines),
                    lists=len(held.lists),
                )
            )
    return out


# -- loading ------------------------------------------------------------------------------------------------------
def available_coresets(directory: Path = DATA_DIR) -> list[tuple[int, int, Path]]:
    """(LLVM major, version, path) of every coreset file in ``directory``."""
    found = []
    for path in sorted(Path(directory).glob("coreset-llvm*-v*.json*")):
        m = _FILE_RE.match(path.name)
        if m:
            found.append((int(m.group(1)), int(m.group(3)), path))
    return found


def read_coreset_file(path: Path) -> dict[str, Any]:
    """The JSON of a coreset file, plain or gzipped (``Coreset.write`` gzips release-fitted ones)."""
    raw = Path(path).read_bytes()
    return json.loads(gzip.decompress(raw) if path.name.endswith(".gz") else raw)


def load_coreset(toolchain: Toolchain, flavour: Flavour | str, directory: Path = DATA_DIR) -> Coreset:
    """The newest shipped coreset for the installed LLVM major and ``flavour``.

    Raises:
        ConfigError: none matches (one line naming what is shipped and the command that fits one).
    """
    wanted = Flavour.parse(flavour)
    shipped = []
    for major, _version, path in sorted(available_coresets(directory), key=lambda t: -t[1]):
        data = read_coreset_file(path)
        shipped.append(f"LLVM {major} ({data.get('flavour')})")
        if major == toolchain.major and data.get("flavour") == wanted.value:
            return Coreset.from_json(data)
    have = ", ".join(shipped) or "none"
    raise ConfigError(
        f"no ranked coreset for LLVM {toolchain.major} in the {wanted.value} flavour (shipped: {have}); fit one with "
        f"`python scripts/fit_coreset.py --flavour {wanted.value}`"
    )


def describe(coreset: Coreset) -> str:
    """A few lines for logs: version, fit set, and the first lists with their added gain."""
    head = (
        f"coreset v{coreset.version}, LLVM {coreset.llvm_version}, {coreset.flavour.value} flavour, "
        f"{len(coreset.lists)} lists ({len(coreset.rejected)} rejected by the gate), "
        f"fitted on {len(coreset.table.programs)} programs"
    )
    rows = [f"  {i + 1:2d}. +{e.added_gain * 100:.2f} % {e.pipeline[:90]}" for i, e in enumerate(coreset.lists[:10])]
    return "\n".join([head, *rows])


__all__ = [
    "DATA_DIR",
    "FORMAT_VERSION",
    "Coreset",
    "CoresetList",
    "FitProgram",
    "FitTable",
    "HeldOutRatios",
    "TrainingProgram",
    "available_coresets",
    "collect_table",
    "describe",
    "fit_coreset",
    "gate_lists",
    "greedy_order",
    "leave_one_out",
    "load_coreset",
    "load_programs",
    "prepare_fit",
    "read_coreset_file",
    "source_group",
    "table_from_size_matrix",
    "tu_caps",
    "tune_programs",
    "tune_training_set",
]
