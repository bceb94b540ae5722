"""The self-testing program suite of PassListEval: finding the programs, fingerprinting them, building them once.

Each program is a pair of files in ``programs/``: ``NNN_topic.c`` (or ``.cc``) holds the functions under test and is
the part compiled with a candidate pass list; ``NNN_topic_driver.c`` (or ``.cc``) holds ``main``, calls them, checks
the results and prints ``PASSED <name>: N checks`` as its last line, exiting 0 only when every check passed (the
macros are in ``programs/selftest.h``). A module may include a header ``NNN_topic.h`` that its driver shares.

What is built once per toolchain and cached on disk: the module's unoptimized IR per flavour (``paper`` or ``size``)
and the driver's object at ``-O2`` (the conservative build the paper links its unit tests with). Cache file names
carry the content hash of the sources they came from, so editing a program never reuses a stale build.

Limits: programs are trusted to be free of undefined behaviour (an optimizer may legally change what a program with
UB does, which would reject a correct pass list); they target the host (x86-64 Linux, libc, libm, libstdc++).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Flavour, Toolchain, ToolRun, compile_source, run_process, write_atomic

PROGRAMS_DIR = Path(__file__).parent / "programs"
SUITE_NAME = "passlisteval-programs-v1"
_MODULE_RE = re.compile(r"^(\d{3}_[a-z0-9_]+?)\.(c|cc|cpp)$")
_DRIVER_MARK = "_driver"
_SOURCE_SUFFIXES = (".c", ".cc", ".cpp")
COMPILE_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class SelfTestProgram:
    """One self-testing program: the module compiled with the candidate list and the driver that checks it."""

    name: str
    module_path: Path
    driver_path: Path

    @property
    def is_cxx(self) -> bool:
        """C++ programs are linked with clang++ so that libstdc++ comes along."""
        return self.module_path.suffix != ".c" or self.driver_path.suffix != ".c"

    @property
    def source_hash(self) -> str:
        """Hash of everything this program's build reads: module, driver and every header in its folder."""
        digest = hashlib.sha256()
        for path in (self.module_path, self.driver_path, *sorted(self.module_path.parent.glob("*.h"))):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()


def discover_programs(directory: Path = PROGRAMS_DIR, names: Iterable[str] | None = None) -> list[SelfTestProgram]:
    """The programs in ``directory``, sorted by name, optionally only those named (or name-prefixed, e.g. ``"001"``).

    Args:
        directory: folder holding ``NNN_topic.c`` / ``NNN_topic_driver.c`` pairs.
        names: program names or their number prefixes to keep; None keeps all.

    Returns:
        The programs in name order.

    Raises:
        ConfigError: a module has no driver, or a requested name matches no program.
    """
    programs = []
    for path in sorted(Path(directory).iterdir()):
        match = _MODULE_RE.match(path.name)
        if match is None or match.group(1).endswith(_DRIVER_MARK):
            continue
        stem = match.group(1)
        drivers = [path.with_name(stem + _DRIVER_MARK + s) for s in _SOURCE_SUFFIXES]
        driver = next((d for d in drivers if d.is_file()), None)
        if driver is None:
            raise ConfigError(f"{path} has no driver; add {drivers[0].name} (or .cc) holding main() and its checks")
        programs.append(SelfTestProgram(name=stem, module_path=path, driver_path=driver))
    if names is None:
        return programs
    wanted = list(names)
    kept = [p for p in programs if any(p.name == w or p.name.startswith(w + "_") or p.name[:3] == w for w in wanted)]
    unknown = [
        w for w in wanted if not any(p.name == w or p.name.startswith(w + "_") or p.name[:3] == w for p in programs)
    ]
    if unknown:
        raise ConfigError(
            f"no self-testing program named {unknown} in {directory}; "
            f"names look like {programs[0].name if programs else '001_topic'}"
        )
    return kept


def suite_fingerprint(programs: Sequence[SelfTestProgram]) -> str:
    """A short version string for a program selection: it changes whenever any source it depends on changes."""
    digest = hashlib.sha256(SUITE_NAME.encode())
    for program in programs:
        digest.update(program.name.encode() + b"\0" + program.source_hash.encode())
    return f"{SUITE_NAME}-{len(programs)}-{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class BuiltProgram:
    """A program ready for the gate: its unoptimized IR file and its driver object (both cached)."""

    program: SelfTestProgram
    ir_path: Path
    driver_object: Path

    @property
    def name(self) -> str:
        return self.program.name


def build_program(
    toolchain: Toolchain, program: SelfTestProgram, build_dir: Path, flavour: Flavour = Flavour.PAPER
) -> BuiltProgram:
    """Compile a program's module to unoptimized IR (``flavour``) and its driver to an ``-O2`` object, once.

    Args:
        toolchain: the LLVM to build with (its identity is part of the cache path).
        program: the program.
        build_dir: cache root; files go under ``<build_dir>/<llvm identity>/``.
        flavour: the IR flavour of the module.

    Returns:
        Paths of the cached IR and driver object.

    Raises:
        InputError: the module or the driver does not compile (the suite itself is broken).
    """
    key = program.source_hash[:16]
    root = Path(build_dir) / toolchain.identity
    # Size-flavour IR comes from `clang -Oz -disable-llvm-passes`, before clang's mandatory always-inliner (which
    # every clang pipeline runs, -O0 included). A candidate list without `always-inline` would leave calls to
    # always_inline header functions that no library exports (libstdc++'s `_M_use_local_data`), and every C++ program
    # would fail to link for a reason that has nothing to do with the list; so the gate inlines those first.
    mandatory_inline = flavour is Flavour.SIZE
    ir_path = root / f"ir-{flavour.value}{'-ai' if mandatory_inline else ''}" / f"{program.name}-{key}.ll"
    driver_object = root / "drivers" / f"{program.name}-{key}.o"
    include = ["-I", str(program.module_path.parent)]
    if not ir_path.is_file():
        module = compile_source(
            toolchain, program.module_path, flavour, extra_args=["-w", *include], timeout_s=COMPILE_TIMEOUT_S
        )
        text = module.text
        if mandatory_inline:
            run = toolchain.optimize_ir(text, "always-inline", timeout_s=COMPILE_TIMEOUT_S)
            if not run.ok:
                raise InputError(f"{program.module_path}: always-inline failed: {run.first_error_line()}")
            text = run.stdout_text
        write_atomic(ir_path, text)
    if not driver_object.is_file():
        tool = "clang" if program.driver_path.suffix == ".c" else "clang++"
        # A name of our own: two gates (threads or processes) may build the same driver at once.
        tmp = driver_object.with_name(f"{driver_object.name}.{os.getpid()}.{threading.get_ident()}.partial")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        run = toolchain.run(
            tool,
            ["-O2", "-g0", "-w", "-c", *include, str(program.driver_path), "-o", str(tmp)],
            timeout_s=COMPILE_TIMEOUT_S,
        )
        if not run.ok:
            tmp.unlink(missing_ok=True)
            raise InputError(f"{program.driver_path}: driver does not compile: {run.first_error_line()}")
        try:
            write_atomic(driver_object, tmp.read_bytes())
        finally:
            tmp.unlink(missing_ok=True)
    return BuiltProgram(program=program, ir_path=ir_path, driver_object=driver_object)


def link_binary(
    toolchain: Toolchain, objects: Sequence[Path], output: Path, cxx: bool, timeout_s: float = COMPILE_TIMEOUT_S
) -> ToolRun:
    """Link objects into an executable with the toolchain's clang driver (libm always; libstdc++ for C++)."""
    tool = "clang++" if cxx else "clang"
    return toolchain.run(tool, [*map(str, objects), "-o", str(output), "-lm"], timeout_s=timeout_s)


_OBJ_MARK = "__llmopt_link_object_{}__.o"
_OUT_MARK = "__llmopt_link_output__"


class DirectLinker:
    """Links like ``link_binary`` but runs the linker itself, without the clang driver process in front of it.

    Why: the gate links 128 programs per check and the driver (a process that only works out the linker's command
    line) was half of each link's time. The command line is asked from the driver once per (C or C++, object count)
    with ``-###`` on placeholder objects, then reused with the real paths; the linker and its arguments are exactly
    the ones the driver would have run. When the driver's plan cannot be read, ``link_binary`` is used.
    """

    def __init__(self, toolchain: Toolchain) -> None:
        self.toolchain = toolchain
        self._plans: dict[tuple[bool, int], list[str] | None] = {}
        self._lock = threading.Lock()

    def _plan(self, cxx: bool, count: int) -> list[str] | None:
        import shlex
        import tempfile

        with self._lock:
            if (cxx, count) in self._plans:
                return self._plans[(cxx, count)]
            with tempfile.TemporaryDirectory(prefix="llmopt-link-") as tmp:
                marks = [Path(tmp) / _OBJ_MARK.format(i) for i in range(count)]
                for mark in marks:
                    mark.write_bytes(b"")
                run = self.toolchain.run(
                    "clang++" if cxx else "clang",
                    ["-###", *map(str, marks), "-o", str(Path(tmp) / _OUT_MARK), "-lm"],
                    timeout_s=COMPILE_TIMEOUT_S,
                )
                lines = [ln for ln in run.stderr.decode(errors="replace").splitlines() if ln.startswith(' "')]
                plan = None
                if run.ok and len(lines) == 1:  # one job: the link (nothing to compile)
                    argv = shlex.split(lines[0])
                    prefix = str(Path(tmp)) + "/"
                    plan = [a.replace(prefix, "") for a in argv]
                    if not all(_OBJ_MARK.format(i) in plan for i in range(count)) or _OUT_MARK not in plan:
                        plan = None
            self._plans[(cxx, count)] = plan
            return plan

    def link(self, objects: Sequence[Path], output: Path, cxx: bool, timeout_s: float = COMPILE_TIMEOUT_S) -> ToolRun:
        plan = self._plan(cxx, len(objects))
        if plan is None:
            return link_binary(self.toolchain, objects, output, cxx, timeout_s)
        names = {_OBJ_MARK.format(i): str(o) for i, o in enumerate(objects)} | {_OUT_MARK: str(output)}
        return run_process([names.get(a, a) for a in plan], timeout_s=timeout_s)


__all__ = [
    "PROGRAMS_DIR",
    "SUITE_NAME",
    "BuiltProgram",
    "DirectLinker",
    "SelfTestProgram",
    "build_program",
    "discover_programs",
    "link_binary",
    "suite_fingerprint",
]
