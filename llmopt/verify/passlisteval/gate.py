"""PassListEval: the correctness gate every pass list must pass before it may be reported as best.

A candidate pipeline is applied with ``opt -passes=<pipeline>`` to the unoptimized IR of each self-testing program
(``suite.py``) and of each kept Csmith program (``csmith.py``); the result is lowered with ``llc`` at the flavour's
codegen level by default (``CodegenConfig.for_flavour``: ``-O2`` for ``size``, ``-O0`` for ``paper``), i.e. the way
the tuned object is really built, so a list that only breaks with the backend it ships with is caught), linked with
the program's driver
(compiled once at ``-O2``; Csmith programs carry their own ``main``) and run under a time limit. Any compile failure,
crash, timeout or wrong output (a failed self-check, or a Csmith checksum that differs from the ``-O0`` build's)
rejects the list. Verdicts are cached in one ``GateVerdictStore`` (``store.py``) per (pipeline text, LLVM identity,
flavour, codegen, suite fingerprint), the store every caller shares.

With ``engine_data_dir`` set, opt and llc do not run as processes: the persistent evaluation engine
(``llmopt.toolchain.engine``, one per gate thread) keeps every program's IR parsed, applies the pipeline and returns
the object in memory (the same lowering as ``Toolchain.lower`` with a PIC ``CodegenConfig``), so a check only links
and runs. A candidate the engine cannot build (an invalid pipeline, broken IR, a crash, a codegen error) fails the
same way the subprocess chain would; only the message differs (the engine cannot tell an opt crash from an llc crash).

Limits: a passing verdict means "no program of this suite exposed a bug", never "the list is correct"; that is why
each program's best result also gets per-program guards (``guards.py``). Run the gate in the IR flavour the search
uses: LLVM 19's ``function(newgvn,dse,newgvn)`` miscompiles 23 of the 118 programs in the ``size`` flavour and none
in the ``paper`` flavour (``attributor`` miscompiles 025_int_modular in both). In the ``size`` flavour a list without an
inliner (``always-inline``, ``inline`` or a ``default<>`` pipeline) also fails to link the C++ programs: libstdc++'s
``always_inline`` internals such as ``basic_string::_M_use_local_data`` are not exported by the shared library, so
such a list is a real failure for C++ code in that flavour. A timeout is re-run
once with four times the limit before it counts, since the machine may be shared. Verdicts from a gate with an
``ir_transform`` test hook are never cached.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from llmopt.errors import ConfigError
from llmopt.metrics import CodegenConfig
from llmopt.toolchain import Flavour, Toolchain, ToolRun, run_process
from llmopt.toolchain.engine.worker import EngineCrash, EngineTimeout, EngineWorker
from llmopt.verify.passlisteval.csmith import CsmithProgram, generate_csmith_programs, parse_checksum
from llmopt.verify.passlisteval.store import GateVerdictStore
from llmopt.verify.passlisteval.suite import (
    BuiltProgram,
    DirectLinker,
    SelfTestProgram,
    build_program,
    discover_programs,
    link_binary,
    suite_fingerprint,
)
from llmopt.verify.passlisteval.verdict import FailureKind, GateFailure, GateVerdict

DEFAULT_TIMEOUT_S = 5.0
DEFAULT_MAX_WORKERS = 2
TIMEOUT_CONFIRM_FACTOR = 4.0
CODEGEN_LEVELS = ("-O0", "-O1", "-O2", "-O3")
IRTransform = Callable[[str, str], str]
"""Test hook: ``(case name, optimized IR text) -> IR text`` applied between opt and llc."""


class PipelineLike(Protocol):
    """Anything that renders to opt's ``-passes=`` text (``llmopt.passes.PassList``)."""

    def to_pipeline(self) -> str: ...


class _Stop(Protocol):
    """What a running case polls to give up early (``threading.Event`` has the same method)."""

    def is_set(self) -> bool: ...


class _FirstFailure:
    """The lowest suite index that failed so far; programs after it stop, programs before it run to the end."""

    def __init__(self, count: int) -> None:
        self._index, self._lock = count, threading.Lock()

    def record(self, index: int) -> None:
        with self._lock:
            self._index = min(self._index, index)

    def after(self, index: int) -> _StopAfter:
        return _StopAfter(self, index)

    def stops(self, index: int) -> bool:
        return self._index < index


@dataclass(frozen=True)
class _StopAfter:
    """Set once a program before ``index`` failed."""

    first: _FirstFailure
    index: int

    def is_set(self) -> bool:
        return self.first.stops(self.index)


@dataclass(frozen=True)
class GateStatistics:
    """Counters of one gate instance (``rejected`` counts distinct pipelines)."""

    checked: int
    rejected: int
    cache_hits: int


@dataclass(frozen=True)
class _Case:
    """One thing to build and run per candidate: a self-testing program or a Csmith program."""

    name: str
    ir_path: Path
    driver_object: Path | None
    cxx: bool
    expected_checksum: str | None = None
    ir_text: bytes = b""  # read once when the engine builds the candidates
    ir_key: str = ""  # the engine's module id: the content hash of the IR


@dataclass
class _Counters:
    checked: int = 0
    cache_hits: int = 0
    rejected: set[str] = field(default_factory=set)


class PassListGate:
    """Checks pass lists against the self-testing suite and Csmith programs (the paper's PassListEval).

    Building the suite (one clang call per module and per driver, Csmith generation) happens on the first ``check``
    and is cached under ``cache_dir``, so later gates over the same cache start at once.

    Example:
        >>> gate = PassListGate(Toolchain.discover(), Path("/tmp/gate"))          # doctest: +SKIP
        >>> gate.check("default<Oz>").passed                                       # doctest: +SKIP
        True
    """

    def __init__(
        self,
        toolchain: Toolchain,
        cache_dir: str | Path,
        programs: Sequence[SelfTestProgram] | None = None,
        csmith_count: int = 0,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        *,
        flavour: Flavour | str = Flavour.PAPER,
        codegen_level: str | None = None,
        stop_at_first_failure: bool = True,
        max_workers: int = DEFAULT_MAX_WORKERS,
        csmith_first_seed: int = 1,
        compile_timeout_s: float = 60.0,
        confirm_timeouts: bool = True,
        ir_transform: IRTransform | None = None,
        verdict_store: GateVerdictStore | None = None,
        engine_data_dir: str | Path | None = None,
    ) -> None:
        """Configure a gate (nothing is built until the first ``check``).

        Args:
            toolchain: the LLVM whose opt/llc/clang build the candidates.
            cache_dir: root of the build, Csmith and verdict caches.
            programs: the self-testing programs to use; None means the whole suite in ``programs/``.
            csmith_count: how many Csmith programs to add (0: none).
            timeout_s: run-time limit of one test binary.
            flavour: IR flavour the modules are compiled to before the candidate runs.
            codegen_level: llc optimization level for the candidate's object; None: the flavour's own
                (``CodegenConfig.for_flavour``), the level the measurements use.
            stop_at_first_failure: stop trying programs once one fails (fast reject); False runs all.
            max_workers: threads driving programs in parallel (each spawns one process at a time).
            csmith_first_seed: first Csmith seed tried.
            compile_timeout_s: limit of one opt/llc/link call.
            confirm_timeouts: re-run a timed-out binary once with 4x the limit before rejecting.
            ir_transform: test hook applied to each optimized module; disables the verdict cache and the engine.
            verdict_store: where verdicts are cached; None: ``<cache_dir>/verdicts.sqlite``. Pass the shared one
                (``GateVerdictStore.for_data_dir``) so every caller reuses every verdict.
            engine_data_dir: the settings data dir holding the evaluation engine; when given, opt and llc run in
                the persistent engine instead of as processes (built there on first use). None: processes.

        Raises:
            ConfigError: a numeric setting is out of range or the codegen level is unknown.
        """
        if timeout_s <= 0 or compile_timeout_s <= 0:
            raise ConfigError(
                f"time limits must be positive (timeout_s={timeout_s}, "
                f"compile_timeout_s={compile_timeout_s}); use e.g. timeout_s=5"
            )
        if max_workers < 1:
            raise ConfigError(f"max_workers must be at least 1, got {max_workers}")
        if csmith_count < 0:
            raise ConfigError(f"csmith_count must be >= 0, got {csmith_count}")
        if codegen_level is None:
            codegen_level = f"-O{CodegenConfig.for_flavour(flavour).opt_level}"
        if codegen_level not in CODEGEN_LEVELS:
            raise ConfigError(f"unknown codegen level {codegen_level!r}; use one of {', '.join(CODEGEN_LEVELS)}")
        self.toolchain = toolchain
        self.cache_dir = Path(cache_dir)
        self.programs = list(programs) if programs is not None else discover_programs()
        self.csmith_count = csmith_count
        self.timeout_s = timeout_s
        self.flavour = Flavour.parse(flavour)
        self.codegen_level = codegen_level
        # Gate programs are linked into position-independent executables, as clang -c would build them.
        self._codegen = CodegenConfig(opt_level=int(codegen_level[2:]), relocation_model="pic")
        self.stop_at_first_failure = stop_at_first_failure
        self.max_workers = max_workers
        self.csmith_first_seed = csmith_first_seed
        self.compile_timeout_s = compile_timeout_s
        self.confirm_timeouts = confirm_timeouts
        self.ir_transform = ir_transform
        self.verdict_store = verdict_store or GateVerdictStore(self.cache_dir / "verdicts.sqlite")
        self.engine_binary: Path | None = None
        if engine_data_dir is not None and ir_transform is None:
            from llmopt.toolchain.engine import ensure_engine

            self.engine_binary = ensure_engine(toolchain, Path(engine_data_dir))
        # The engine path also links without the clang driver process (half of each link's time).
        self._linker = DirectLinker(toolchain) if self.engine_binary is not None else None
        self._engines: list[EngineWorker] = []
        self._local = threading.local()
        self._cases: list[_Case] | None = None
        self._csmith: list[CsmithProgram] = []
        self._fingerprint = ""
        self._counters = _Counters()
        self._lock = threading.Lock()
        self._prepare_lock = threading.Lock()

    # ------------------------------------------------------------------------------------------------ public API

    @property
    def rejected_count(self) -> int:
        """How many distinct pipelines this gate instance has rejected (cached verdicts included)."""
        return len(self._counters.rejected)

    @property
    def statistics(self) -> GateStatistics:
        return GateStatistics(
            checked=self._counters.checked, rejected=self.rejected_count, cache_hits=self._counters.cache_hits
        )

    @property
    def fingerprint(self) -> str:
        """Version of the suite this gate checks against (programs, Csmith checksums, flavour, codegen)."""
        self.prepare()
        return self._fingerprint

    def prepare(self) -> None:
        """Build every program's IR and driver object and generate the Csmith programs (idempotent, cached).

        Raises:
            InputError: a program of the suite does not compile.
            ConfigError: csmith is needed but not installed.
        """
        with self._prepare_lock:
            if self._cases is None:
                self._prepare_locked()

    def _prepare_locked(self) -> None:
        build_dir = self.cache_dir / "build"
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            built: list[BuiltProgram] = list(
                pool.map(lambda p: build_program(self.toolchain, p, build_dir, self.flavour), self.programs)
            )
        cases = [
            _Case(name=b.name, ir_path=b.ir_path, driver_object=b.driver_object, cxx=b.program.is_cxx) for b in built
        ]
        if self.csmith_count:
            self._csmith = generate_csmith_programs(
                self.toolchain, self.cache_dir / "csmith", self.csmith_count, first_seed=self.csmith_first_seed
            )
            for program in self._csmith:
                cases.append(
                    _Case(
                        name=program.name,
                        ir_path=program.ir_path(self.toolchain, self.flavour),
                        driver_object=None,
                        cxx=False,
                        expected_checksum=program.checksum,
                    )
                )
        if self.engine_binary is not None:
            for i, case in enumerate(cases):
                text = case.ir_path.read_bytes()
                cases[i] = _replace_ir(case, text)
        parts = [suite_fingerprint(self.programs), self.flavour.value, self.codegen_level]
        parts += [f"{p.name}={p.checksum}" for p in self._csmith]
        self._fingerprint = f"{parts[0]}+{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:12]}"
        self._cases = cases

    def check(self, pipeline: str | PipelineLike, *, run_all: bool | None = None) -> GateVerdict:
        """Decide whether a pipeline may be reported: build and run every program with it.

        Args:
            pipeline: opt ``-passes=`` text or an object with ``to_pipeline()`` (``PassList``).
            run_all: override ``stop_at_first_failure`` for this call (True: try every program).

        Returns:
            The verdict; expected failures (invalid pipeline, crash, miscompile) are in it, never raised.

        Raises:
            InputError: a program of the suite itself does not compile.
        """
        text = pipeline if isinstance(pipeline, str) else pipeline.to_pipeline()
        stop_early = self.stop_at_first_failure if run_all is None else not run_all
        self.prepare()
        assert self._cases is not None
        if self.ir_transform is None:
            cached = self.verdict_store.get(
                text, self.toolchain.identity, self.flavour.value, self.codegen_level, self._fingerprint
            )
            # a partial (fast-reject) verdict answers a fast check, not a request to run everything
            if cached is not None and (cached.complete or stop_early):
                self._record(cached, hit=True)
                return cached
        verdict = self._run_cases(text, self._cases, stop_early)
        if self.ir_transform is None:
            self.verdict_store.put(verdict, self.flavour.value, self.codegen_level)
        self._record(verdict, hit=False)
        return verdict

    # ------------------------------------------------------------------------------------------------ internals

    def _record(self, verdict: GateVerdict, hit: bool) -> None:
        with self._lock:
            self._counters.checked += 1
            self._counters.cache_hits += int(hit)
            if not verdict.passed:
                self._counters.rejected.add(verdict.pipeline)

    def close(self) -> None:
        """Stop the gate's engines (a later ``check`` starts them again)."""
        with self._lock:
            engines, self._engines = self._engines, []
            self._local = threading.local()
        for engine in engines:
            engine.close()

    def __enter__(self) -> PassListGate:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _engine(self) -> EngineWorker:
        """This thread's engine (an ``EngineWorker`` is not thread-safe; the gate runs ``max_workers`` threads)."""
        engine = getattr(self._local, "engine", None)
        if engine is None:
            assert self.engine_binary is not None
            engine = EngineWorker(self.engine_binary)
            self._local.engine = engine
            with self._lock:
                self._engines.append(engine)
        return engine

    def _build_with_engine(self, pipeline: str, case: _Case, obj: Path) -> GateFailure | None:
        """opt + llc in the engine; the object lands at ``obj``."""
        try:
            reply = self._engine().evaluate(
                case.ir_key,
                case.ir_text,
                pipeline,
                self._codegen,
                latency=False,
                memo=False,
                want_object=True,
                timeout_s=2 * self.compile_timeout_s,
            )
        except EngineTimeout:
            return GateFailure(case.name, FailureKind.TIMEOUT, f"opt+llc ran past {2 * self.compile_timeout_s:.0f} s")
        except EngineCrash as e:
            lines = str(e).splitlines()
            if e.signal is None:  # report_fatal_error exits 1: opt reports the same as a compile error
                error = next((ln.strip() for ln in lines if "ERROR" in ln), lines[0] if lines else "engine exited")
                return GateFailure(case.name, FailureKind.COMPILE_ERROR, error[:300], "opt")
            where = next((ln.strip() for ln in lines if "Running pass" in ln), "")
            message = f"engine killed by signal {e.signal}" + (f" ({where})" if where else "")
            return GateFailure(case.name, FailureKind.CRASH, message, "opt")
        status = reply.status
        if status != "ok":
            stage = "llc" if status == "codegen_error" else "opt"
            message_lines = str(reply.header.get("message", status)).strip().splitlines()
            return GateFailure(case.name, FailureKind.COMPILE_ERROR, (message_lines or [status])[0][:300], stage)
        obj.write_bytes(reply.object_bytes)
        return None

    def _run_cases(self, pipeline: str, cases: Sequence[_Case], stop_early: bool) -> GateVerdict:
        # Stopping early is deterministic: a failure stops only the programs after it in suite order, so the verdict
        # (the first failing program, and whether it is complete) does not depend on which thread finished first.
        start = time.perf_counter()
        order = {case.name: i for i, case in enumerate(cases)}
        first_failure = _FirstFailure(len(cases))
        failures: list[GateFailure] = []
        ran = 0

        def one(case: _Case) -> GateFailure | None:
            nonlocal ran
            stop = first_failure.after(order[case.name])
            if stop.is_set():
                return None
            with self._lock:
                ran += 1
            failure = self._check_case(pipeline, case, workdir, stop)
            if failure is not None and stop_early:
                first_failure.record(order[case.name])
            return failure

        with tempfile.TemporaryDirectory(prefix="llmopt-gate-") as tmp:
            workdir = Path(tmp)
            with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
                for failure in pool.map(one, cases):
                    if failure is not None:
                        failures.append(failure)
        failures.sort(key=lambda f: order[f.program])
        if stop_early and failures:
            failures = failures[:1]
        return GateVerdict(
            pipeline=pipeline,
            passed=not failures,
            failures=tuple(failures),
            walltime_s=time.perf_counter() - start,
            programs_checked=ran,
            complete=not (stop_early and failures and ran < len(cases)),
            toolchain=self.toolchain.identity,
            suite=self._fingerprint,
        )

    def _check_case(self, pipeline: str, case: _Case, workdir: Path, stop: _Stop) -> GateFailure | None:
        base = workdir / case.name
        obj = base.with_suffix(".o")
        if self.engine_binary is not None:
            failure = self._build_with_engine(pipeline, case, obj)
            if failure is not None:
                return failure
        else:
            failure = self._build_with_processes(pipeline, case, base, obj, stop)
            if failure is not None or stop.is_set():
                return failure
        binary = base.with_suffix(".exe")
        objects = [obj] + ([case.driver_object] if case.driver_object is not None else [])
        if self._linker is not None:
            run = self._linker.link(objects, binary, case.cxx, timeout_s=self.compile_timeout_s)
        else:
            run = link_binary(self.toolchain, objects, binary, case.cxx, timeout_s=self.compile_timeout_s)
        if not run.ok:
            return _tool_failure(case.name, "link", run)
        if stop.is_set():
            return None
        run = run_process([binary], timeout_s=self.timeout_s, cwd=workdir, die_with_parent=True)
        if run.timed_out and self.confirm_timeouts:
            run = run_process(
                [binary], timeout_s=self.timeout_s * TIMEOUT_CONFIRM_FACTOR, cwd=workdir, die_with_parent=True
            )
        return _judge_run(case, run)

    def _build_with_processes(
        self, pipeline: str, case: _Case, base: Path, obj: Path, stop: _Stop
    ) -> GateFailure | None:
        """opt and llc as processes (the path without an engine, and the one the ``ir_transform`` hook needs)."""
        optimized = base.with_suffix(".opt.ll" if self.ir_transform else ".opt.bc")
        emit: Literal["text", "bitcode"] = "text" if self.ir_transform is not None else "bitcode"
        run = self.toolchain.optimize_ir(
            case.ir_path, pipeline, emit=emit, out=optimized, timeout_s=self.compile_timeout_s
        )
        if not run.ok:
            return _tool_failure(case.name, "opt", run)
        if self.ir_transform is not None:
            optimized.write_text(self.ir_transform(case.name, optimized.read_text()))
        if stop.is_set():
            return None
        run = self.toolchain.lower(optimized, self._codegen, out=obj, timeout_s=self.compile_timeout_s)
        if not run.ok:
            return _tool_failure(case.name, "llc", run)
        return None


def _replace_ir(case: _Case, text: bytes) -> _Case:
    from dataclasses import replace

    return replace(case, ir_text=text, ir_key=f"gate-{hashlib.sha256(text).hexdigest()[:24]}")


def _tool_failure(name: str, stage: str, run: ToolRun) -> GateFailure:
    if run.timed_out:
        kind = FailureKind.TIMEOUT
    elif run.crashed:
        kind = FailureKind.CRASH
    else:
        kind = FailureKind.COMPILE_ERROR
    message = run.describe()
    if kind is FailureKind.CRASH:
        # LLVM's crash report names the pass it was running; that is what an autotuner wants to know.
        where = next((ln.strip() for ln in run.stderr_tail.splitlines() if "Running pass" in ln), "")
        message = f"{Path(run.command[0]).name} killed by signal {run.signal}" + (f" ({where})" if where else "")
    return GateFailure(program=name, kind=kind, message=message, stage=stage)


def _judge_run(case: _Case, run: ToolRun) -> GateFailure | None:
    """Turn a test binary's run into a failure, or None when it passed its checks (or matched its checksum)."""
    if run.timed_out:
        return GateFailure(case.name, FailureKind.TIMEOUT, f"ran past {run.walltime_s:.1f} s", "run")
    if run.crashed:
        return GateFailure(case.name, FailureKind.CRASH, f"killed by signal {run.signal}", "run")
    lines = [ln for ln in run.stdout_text.splitlines() if ln.strip()]
    last = lines[-1] if lines else "(no output)"
    if case.expected_checksum is not None:
        checksum = parse_checksum(run.stdout_text)
        if run.returncode != 0 or checksum != case.expected_checksum:
            return GateFailure(
                case.name,
                FailureKind.WRONG_OUTPUT,
                f"checksum {checksum} (exit {run.returncode}), -O0 build printed {case.expected_checksum}",
                "run",
            )
        return None
    if run.returncode != 0 or not last.startswith("PASSED"):
        first_fail = next((ln for ln in lines if ln.startswith("FAIL ")), last)
        return GateFailure(case.name, FailureKind.WRONG_OUTPUT, f"exit {run.returncode}: {first_fail[:300]}", "run")
    return None


__all__ = [
    "FailureKind",
    "GateFailure",
    "GateStatistics",
    "GateVerdict",
    "IRTransform",
    "PassListGate",
    "PipelineLike",
]
