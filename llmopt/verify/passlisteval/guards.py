"""Per-program guards for a best result: cheap checks that the winning pass list did not break *this* program.

A fixed test suite (``gate.py``) cannot catch an optimizer bug that only one program triggers, and a size search
rewards exactly such bugs: a loop whose exit test is wrongly folded to true makes everything after it unreachable,
and dead code is small. (Measured on lz4's ``datagen.c``: ``newgvn,dse,newgvn,default<Os>`` "won" 29.7 % that way.)
So each program's best result is compared with its own ``-Oz`` build:

* ``structural_guard``: external functions the ``-Oz`` build still references (``fwrite`` ...) must not vanish,
  functions that can return in ``-Oz`` must still be able to return, and externally visible functions must stay
  defined. Works on optimized IR modules or on object files (``llvm-nm`` / ``llvm-objdump``).
* ``differential_guard``: when the program is runnable (it has ``main`` or comes with a driver), both builds run
  under a time limit and must print the same output and exit the same way.
* ``translation_guard``: any ``llmopt.verify`` ``Verifier`` (SMT, Alive2) per function, once one is available.

Limits: the structural guard is a heuristic. It allows a vanished library call when a call of the same family
remains (libcall simplification legitimately turns ``printf`` into ``puts``), but may still reject a legitimate
transformation, which only costs size (the caller falls back to ``-Oz``). It proves nothing; it catches the
"program got smaller because it stopped working" class cheaply. The differential guard only sees the behaviour its
driver exercises.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from llmopt.metrics import CodegenConfig, Measurer
from llmopt.toolchain import IRModule, Toolchain, ToolRun, run_process
from llmopt.verify.base import Verifier
from llmopt.verify.result import Verdict

DEFAULT_RUN_TIMEOUT_S = 10.0
TOOL_TIMEOUT_S = 120.0

# Library calls that LLVM's libcall simplification rewrites into one another; a vanished member is fine while
# another member of its family is still called.
LIBCALL_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "printf",
            "puts",
            "putchar",
            "fputs",
            "fputc",
            "putc",
            "fwrite",
            "fprintf",
            "vprintf",
            "vfprintf",
            "putchar_unlocked",
            "fputc_unlocked",
            "fputs_unlocked",
            "fwrite_unlocked",
            "iprintf",
            "siprintf",
        }
    ),
    frozenset(
        {
            "sprintf",
            "snprintf",
            "strcpy",
            "stpcpy",
            "strncpy",
            "memcpy",
            "memmove",
            "memset",
            "bzero",
            "strcat",
            "strncat",
            "__memcpy_chk",
            "__memset_chk",
            "__strcpy_chk",
            "__sprintf_chk",
        }
    ),
    frozenset(
        {
            "strcmp",
            "strncmp",
            "memcmp",
            "bcmp",
            "strlen",
            "strnlen",
            "strchr",
            "strrchr",
            "memchr",
            "strstr",
            "strspn",
            "strcspn",
            "strpbrk",
        }
    ),
    frozenset({"malloc", "calloc", "realloc", "free", "_Znwm", "_Znam", "_ZdlPv", "_ZdaPv", "_ZdlPvm"}),
    frozenset(
        {
            "sqrt",
            "sqrtf",
            "pow",
            "powf",
            "exp",
            "exp2",
            "expf",
            "exp2f",
            "ldexp",
            "ldexpf",
            "fabs",
            "fabsf",
            "floor",
            "ceil",
            "round",
            "trunc",
            "floorf",
            "ceilf",
            "roundf",
            "truncf",
            "fmin",
            "fmax",
        }
    ),
)


class GuardStatus(str, Enum):
    PASSED = "passed"  # nothing suspicious found (not a proof)
    REJECTED = "rejected"  # the candidate is broken or suspicious; fall back to -Oz
    INCONCLUSIVE = "inconclusive"  # the guard could not decide (tool failed, reference itself misbehaves)


@dataclass(frozen=True)
class GuardResult:
    """One guard's finding about one candidate.

    Attributes:
        guard: which guard ("structural", "differential", "translation").
        status: passed / rejected / inconclusive.
        violations: each concrete reason to reject, one line each.
        message: a one-line summary (why inconclusive, what was compared).
        walltime_s: time the guard took.
    """

    guard: str
    status: GuardStatus
    violations: tuple[str, ...] = ()
    message: str = ""
    walltime_s: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status is GuardStatus.PASSED

    @property
    def rejected(self) -> bool:
        return self.status is GuardStatus.REJECTED


@dataclass(frozen=True)
class GuardReport:
    """All guards run on one candidate; it is accepted when none rejected it."""

    results: tuple[GuardResult, ...]

    @property
    def accepted(self) -> bool:
        return not any(r.rejected for r in self.results)

    @property
    def violations(self) -> tuple[str, ...]:
        return tuple(f"{r.guard}: {v}" for r in self.results for v in r.violations)


@dataclass(frozen=True)
class StructuralFacts:
    """What the structural guard compares, read from an IR module or an object file."""

    external_references: frozenset[str]  # functions called or referenced but not defined here
    returning_functions: frozenset[str]  # defined functions with at least one way to return
    exported_functions: frozenset[str]  # defined, externally visible functions
    defined_functions: frozenset[str]


# --------------------------------------------------------------------------------------------------------------------
# Reading facts

_IR_DEFINE_RE = re.compile(r'^define\b([^@]*)@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(')
_IR_DECLARE_RE = re.compile(r'^declare\b[^@]*@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(', re.MULTILINE)
_IR_GLOBAL_REF_RE = re.compile(r'@("(?:[^"\\]|\\.)*"|[-\w$.]+)')
_LOCAL_LINKAGES = ("internal", "private")


def ir_structural_facts(module: IRModule | str) -> StructuralFacts:
    """Read the structural facts from textual IR (as ``opt -S`` prints it)."""
    text = module.text if isinstance(module, IRModule) else module
    declared = {n for n in _IR_DECLARE_RE.findall(text) if not n.startswith("llvm.")}
    referenced: set[str] = set()
    returning: set[str] = set()
    exported: set[str] = set()
    defined: set[str] = set()
    current: str | None = None
    for line in text.splitlines():
        if current is None:
            match = _IR_DEFINE_RE.match(line)
            if match:
                current = match.group(2)
                defined.add(current)
                if not any(word in match.group(1).split() for word in _LOCAL_LINKAGES):
                    exported.add(current)
            elif line.startswith("@"):  # global initializers may hold function pointers (tables of callbacks)
                referenced.update(n for n in _IR_GLOBAL_REF_RE.findall(line) if n in declared)
            continue
        if line.startswith("}"):
            current = None
            continue
        stripped = line.strip()
        if stripped.startswith(("ret ", "resume ")) or stripped == "ret void":
            returning.add(current)
        referenced.update(n for n in _IR_GLOBAL_REF_RE.findall(stripped) if n in declared)
    return StructuralFacts(frozenset(referenced), frozenset(returning), frozenset(exported), frozenset(defined))


_OBJDUMP_SYMBOL_RE = re.compile(r"^[0-9a-f]+ <(.+)>:$")
_OBJDUMP_TARGET_RE = re.compile(r"<([^>+]+)(?:\+0x[0-9a-f]+)?>\s*$")


def object_structural_facts(toolchain: Toolchain, object_path: str | Path) -> StructuralFacts | str:
    """Read the structural facts from an object file with ``llvm-nm`` and ``llvm-objdump``.

    A function can return when its code holds a ``ret``, a jump carrying a relocation (a tail call to another
    object) or a jump to another symbol of this object (a tail call to a local function).

    Returns:
        The facts, or a one-line reason when a tool failed (the guard then answers INCONCLUSIVE).
    """
    nm = toolchain.run("llvm-nm", ["--no-sort", str(object_path)], timeout_s=TOOL_TIMEOUT_S)
    if not nm.ok:
        return f"llvm-nm failed: {nm.describe()}"
    undefined, exported, defined = set(), set(), set()
    for line in nm.stdout_text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("U", "w"):
            undefined.add(parts[1])
        elif len(parts) == 3 and parts[1] in ("T", "t", "W"):
            defined.add(parts[2])
            if parts[1] != "t":
                exported.add(parts[2])
    dump = toolchain.run("llvm-objdump", ["-d", "-r", "--no-show-raw-insn", str(object_path)], timeout_s=TOOL_TIMEOUT_S)
    if not dump.ok:
        return f"llvm-objdump failed: {dump.describe()}"
    returning: set[str] = set()
    current: str | None = None
    last_was_jump = False
    for line in dump.stdout_text.splitlines():
        header = _OBJDUMP_SYMBOL_RE.match(line.strip())
        if header:
            current, last_was_jump = header.group(1), False
            continue
        if current is None or ":" not in line:
            continue
        body = line.split(":", 1)[1].split()
        if not body:
            continue
        if body[0].startswith("R_"):  # relocation line belonging to the previous instruction
            if last_was_jump:
                returning.add(current)
            continue
        mnemonic = body[0]
        if mnemonic in ("ret", "retq", "retl"):
            returning.add(current)
        last_was_jump = mnemonic in ("jmp", "jmpq", "b")
        target = _OBJDUMP_TARGET_RE.search(line) if last_was_jump else None
        if target and target.group(1) != current:  # a tail call to a local function carries no relocation
            returning.add(current)
    return StructuralFacts(frozenset(undefined), frozenset(returning), frozenset(exported), frozenset(defined))


def _facts(toolchain: Toolchain, item: IRModule | str | Path) -> StructuralFacts | str:
    if isinstance(item, IRModule):
        return ir_structural_facts(item)
    return object_structural_facts(toolchain, item)


def _family_covers(symbol: str, remaining: frozenset[str]) -> bool:
    return any(symbol in family and family & remaining for family in LIBCALL_FAMILIES)


# --------------------------------------------------------------------------------------------------------------------
# Guards


def structural_guard(
    toolchain: Toolchain, reference: IRModule | str | Path, candidate: IRModule | str | Path
) -> GuardResult:
    """Compare a candidate with the program's ``-Oz`` build on facts that a miscompile tends to destroy.

    Args:
        toolchain: provides llvm-nm/llvm-objdump when objects are given.
        reference: the ``-Oz`` result, as an optimized ``IRModule`` or an object file path.
        candidate: the candidate result, same kind as ``reference``.

    Returns:
        REJECTED with one violation per vanished external reference, per function that can no longer return and
        per exported function that disappeared; PASSED otherwise; INCONCLUSIVE if an object could not be read.
    """
    start = time.perf_counter()
    ref = _facts(toolchain, reference)
    cand = _facts(toolchain, candidate)
    if isinstance(ref, str) or isinstance(cand, str):
        return GuardResult(
            "structural",
            GuardStatus.INCONCLUSIVE,
            message=ref if isinstance(ref, str) else str(cand),
            walltime_s=time.perf_counter() - start,
        )
    violations = []
    for symbol in sorted(ref.external_references - cand.external_references):
        if not _family_covers(symbol, cand.external_references):
            violations.append(f"external call target {symbol} kept by -Oz has vanished")
    for name in sorted(ref.returning_functions & cand.defined_functions - cand.returning_functions):
        violations.append(f"function {name} returns in -Oz but can no longer return")
    for name in sorted(ref.exported_functions - cand.defined_functions):
        violations.append(f"exported function {name} is no longer defined")
    status = GuardStatus.REJECTED if violations else GuardStatus.PASSED
    message = (
        f"compared {len(ref.external_references)} external references and "
        f"{len(ref.returning_functions)} returning functions"
    )
    return GuardResult("structural", status, tuple(violations), message, time.perf_counter() - start)


def _build_executable(
    toolchain: Toolchain,
    module: IRModule,
    extra_objects: Sequence[Path],
    workdir: Path,
    tag: str,
    codegen_level: str,
    cxx: bool,
) -> Path | ToolRun:
    source = workdir / f"{tag}.ll"
    source.write_text(module.text)
    obj = workdir / f"{tag}.o"
    codegen = CodegenConfig(opt_level=int(codegen_level[2:]), relocation_model="pic")  # linked as a PIE
    run = toolchain.lower(source, codegen, out=obj, timeout_s=TOOL_TIMEOUT_S)
    if not run.ok:
        return run
    binary = workdir / f"{tag}.exe"
    run = toolchain.run(
        "clang++" if cxx else "clang",
        [str(obj), *map(str, extra_objects), "-o", str(binary), "-lm"],
        timeout_s=TOOL_TIMEOUT_S,
    )
    return binary if run.ok else run


def differential_guard(
    toolchain: Toolchain,
    reference: IRModule,
    candidate: IRModule,
    driver: str | Path | None = None,
    *,
    arguments: Sequence[str] = (),
    stdin: bytes | None = None,
    timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
    codegen_level: str = "-O2",
) -> GuardResult:
    """Run the ``-Oz`` build and the candidate build of a program and compare what they do.

    Args:
        toolchain: builds and links both.
        reference: the ``-Oz`` optimized module.
        candidate: the candidate's optimized module.
        driver: C/C++ source or object file holding ``main`` (compiled at ``-O2``); None when the module has ``main``.
        arguments: command-line arguments for both runs.
        stdin: bytes fed to both runs.
        timeout_s: limit of each run; the candidate running past it while the reference finished is a rejection.
        codegen_level: llc level for both modules.

    Returns:
        PASSED when stdout and exit status match; REJECTED on a difference, a crash, a timeout or a candidate that
        does not build; INCONCLUSIVE when the reference itself fails to build, crashes or times out.
    """
    start = time.perf_counter()

    def result(status: GuardStatus, message: str, violations: tuple[str, ...] = ()) -> GuardResult:
        return GuardResult("differential", status, violations, message, time.perf_counter() - start)

    with tempfile.TemporaryDirectory(prefix="llmopt-guard-") as tmp:
        workdir = Path(tmp)
        extra: list[Path] = []
        cxx = "__gxx_personality" in reference.text or "_ZNSt" in reference.text
        if driver is not None:
            driver = Path(driver)
            cxx = cxx or driver.suffix in (".cc", ".cpp", ".cxx")
            if driver.suffix == ".o":
                extra.append(driver)
            else:
                obj = workdir / "driver.o"
                run = toolchain.run(
                    "clang++" if cxx else "clang",
                    ["-O2", "-w", "-c", "-I", str(driver.parent), str(driver), "-o", str(obj)],
                    timeout_s=TOOL_TIMEOUT_S,
                )
                if not run.ok:
                    return result(GuardStatus.INCONCLUSIVE, f"driver does not compile: {run.first_error_line()}")
                extra.append(obj)
        ref_bin = _build_executable(toolchain, reference, extra, workdir, "reference", codegen_level, cxx)
        if isinstance(ref_bin, ToolRun):
            return result(GuardStatus.INCONCLUSIVE, f"reference does not build: {ref_bin.describe()}")
        cand_bin = _build_executable(toolchain, candidate, extra, workdir, "candidate", codegen_level, cxx)
        if isinstance(cand_bin, ToolRun):
            return result(
                GuardStatus.REJECTED, "candidate does not build", (f"candidate does not build: {cand_bin.describe()}",)
            )
        ref_run = run_process(
            [ref_bin, *arguments], input=stdin, timeout_s=timeout_s, cwd=workdir, die_with_parent=True
        )
        if ref_run.timed_out or ref_run.crashed:
            return result(GuardStatus.INCONCLUSIVE, f"the -Oz build itself fails: {ref_run.describe()}")
        cand_run = run_process(
            [cand_bin, *arguments], input=stdin, timeout_s=timeout_s, cwd=workdir, die_with_parent=True
        )
    violations = _compare_runs(ref_run, cand_run)
    if violations:
        return result(GuardStatus.REJECTED, violations[0], tuple(violations))
    return result(GuardStatus.PASSED, f"same output ({len(ref_run.stdout)} bytes) and exit code {ref_run.returncode}")


def _compare_runs(reference: ToolRun, candidate: ToolRun) -> list[str]:
    if candidate.timed_out:
        return [
            (f"candidate ran past {candidate.walltime_s:.1f} s; the -Oz build finished in {reference.walltime_s:.2f} s")
        ]
    if candidate.crashed:
        return [f"candidate was killed by signal {candidate.signal}; the -Oz build exited {reference.returncode}"]
    out = []
    if candidate.returncode != reference.returncode:
        out.append(f"exit code {candidate.returncode}, -Oz build exited {reference.returncode}")
    if candidate.stdout != reference.stdout:
        ref_lines = reference.stdout_text.splitlines()
        cand_lines = candidate.stdout_text.splitlines()
        for i in range(max(len(ref_lines), len(cand_lines))):
            ref_line = ref_lines[i] if i < len(ref_lines) else "<end of output>"
            cand_line = cand_lines[i] if i < len(cand_lines) else "<end of output>"
            if ref_line != cand_line:
                out.append(f"stdout line {i + 1}: {cand_line[:120]!r}, -Oz build printed {ref_line[:120]!r}")
                break
        else:
            out.append("stdout differs (line endings or trailing bytes)")
    return out


def translation_guard(
    verifier: Verifier, source: IRModule, candidate: IRModule, timeout_s: float = DEFAULT_RUN_TIMEOUT_S
) -> GuardResult:
    """Translation validation of every function of ``source`` against ``candidate`` with any ``Verifier``.

    Args:
        verifier: e.g. the SMT or Alive2 verifier of ``llmopt.verify``.
        source: the unoptimized input (or the ``-Oz`` result) the candidate must refine.
        candidate: the candidate's optimized module.
        timeout_s: per-function limit handed to the verifier.

    Returns:
        REJECTED if any function is NOT_EQUIVALENT; PASSED if all are EQUIVALENT; INCONCLUSIVE otherwise.
    """
    start = time.perf_counter()
    results = verifier.verify(source, candidate, timeout_s=timeout_s)
    refuted = tuple(f"function {r.function}: {r.reason}" for r in results if r.verdict is Verdict.NOT_EQUIVALENT)
    if refuted:
        status = GuardStatus.REJECTED
    elif results and all(r.verdict is Verdict.EQUIVALENT for r in results):
        status = GuardStatus.PASSED
    else:
        status = GuardStatus.INCONCLUSIVE
    undecided = [r for r in results if r.verdict not in (Verdict.EQUIVALENT, Verdict.NOT_EQUIVALENT)]
    message = f"{verifier.name or type(verifier).__name__}: {len(results)} functions, {len(undecided)} undecided"
    if undecided:
        message += f" (first: {undecided[0].function}: {undecided[0].reason})"
    return GuardResult("translation", status, refuted, message, time.perf_counter() - start)


def run_guards(
    toolchain: Toolchain,
    reference: IRModule,
    candidate: IRModule,
    *,
    driver: str | Path | None = None,
    verifier: Verifier | None = None,
    source: IRModule | None = None,
    timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
    codegen: CodegenConfig | None = None,
) -> GuardReport:
    """Every guard that applies to one program's best result.

    Args:
        toolchain: the LLVM that built both modules.
        reference: the program's ``-Oz`` optimized module.
        candidate: the best candidate's optimized module.
        driver: a driver with ``main`` (source or object); the differential guard also runs when the module
            defines ``main`` itself.
        verifier: when given, translation validation runs too (against ``source``, else ``reference``).
        source: the unoptimized input for translation validation.
        timeout_s: run-time limit of the differential guard and per-function limit of the verifier.
        codegen: how the differential guard lowers both modules (the flavour's codegen); None: ``-O2``.

    Returns:
        The report; ``accepted`` is False when any guard rejected the candidate.
    """
    results = [structural_guard(toolchain, reference, candidate)]
    if driver is not None or "main" in reference.defined_functions:
        level = f"-O{(codegen or CodegenConfig()).opt_level}"
        results.append(
            differential_guard(toolchain, reference, candidate, driver, timeout_s=timeout_s, codegen_level=level)
        )
    if verifier is not None:
        results.append(translation_guard(verifier, source or reference, candidate, timeout_s=timeout_s))
    return GuardReport(tuple(results))


def guard_pass_list(
    measurer: Measurer,
    module: IRModule,
    pipeline: str,
    *,
    reference_pipeline: str = "default<Oz>",
    codegen: CodegenConfig | None = None,
    driver: str | Path | None = None,
    verifier: Verifier | None = None,
    timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
) -> GuardReport:
    """Guard one program's best pass list end to end: optimize with it and with ``-Oz``, then ``run_guards``.

    Both optimized modules come from the ``Measurer`` (its engine and its cache: the search measured both already,
    so this usually costs nothing), and both are lowered with ``codegen``, the flavour's own codegen: the guard
    tests the object the user will ship.

    Args:
        measurer: the measurer the search used (same LLVM, same cache).
        module: the program's unoptimized IR (the input the search optimized).
        pipeline: the best list's ``-passes=`` text (``PassList.to_pipeline()``).
        reference_pipeline: what the candidate is compared with (the ``-Oz`` baseline).
        codegen: how the differential guard lowers both modules; None: ``measurer.codegen_for(module)``.
        driver: a driver with ``main`` for the differential guard, when the program has one.
        verifier: a translation validator; it checks the candidate against the unoptimized ``module``.
        timeout_s: run-time limit of the differential guard and per-function verifier limit.

    Returns:
        The report; when the candidate does not optimize (an invalid list, a crash) it holds one REJECTED "optimize"
        result, and when the reference does not, one INCONCLUSIVE result.
    """
    codegen = codegen or measurer.codegen_for(module)
    optimized = {}
    for tag, passes in (("reference", reference_pipeline), ("candidate", pipeline)):
        ev = measurer.measure_pipeline(module, passes, codegen=codegen, want_ir=True)
        if (not ev.ok or ev.ir is None) and tag == "reference":
            return GuardReport((GuardResult("optimize", GuardStatus.INCONCLUSIVE, message=ev.message),))
        if not ev.ok or ev.ir is None:
            reason = f"{ev.status.value}: {ev.message}".strip()
            return GuardReport((GuardResult("optimize", GuardStatus.REJECTED, (reason,), reason),))
        optimized[tag] = module.with_text(ev.ir)
    return run_guards(
        measurer.toolchain,
        optimized["reference"],
        optimized["candidate"],
        driver=driver,
        verifier=verifier,
        source=module if verifier is not None else None,
        timeout_s=timeout_s,
        codegen=codegen,
    )


__all__ = [
    "LIBCALL_FAMILIES",
    "GuardReport",
    "GuardResult",
    "GuardStatus",
    "StructuralFacts",
    "differential_guard",
    "guard_pass_list",
    "ir_structural_facts",
    "object_structural_facts",
    "run_guards",
    "structural_guard",
    "translation_guard",
]
