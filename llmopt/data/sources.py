"""Corpus sources: where C/C++ translation units come from, under a versioned name, with provenance and licence.

A ``Source`` lists its work as ``SourceItem``s (cheap, done once in the parent process) and turns one item into
``TranslationUnit``s in a worker (``prepare``: download, unpack, configure, generate). Items are the unit of resume,
parallelism and splitting: an item belongs to exactly one *package*, and a package to exactly one split.

Built-ins here: a directory of C/C++ files, a ``compile_commands.json``, and seeded Csmith programs; Debian source
packages live in ``llmopt.data.debian``. All of them are registered in ``SOURCE_KINDS`` at the end of this module
(``create_source`` looks up by name); a third-party source subclasses ``Source`` and calls ``register_source``.

Limits: sources never compile anything themselves (``llmopt.data.extract`` does), and preparation failures are recorded
on the ``PreparedItem`` rather than raised, so one broken package never stops a corpus build. Held-out packages (see
``llmopt.data.heldout``) are refused at construction time, i.e. before any work is done.
"""

from __future__ import annotations

import hashlib
import json
import shlex
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from llmopt.data.heldout import check_not_heldout, vendored_heldout_component
from llmopt.errors import ConfigError
from llmopt.registry import Registry
from llmopt.toolchain import Toolchain, run_process, write_atomic
from llmopt.toolchain.ir import C_SUFFIXES, CXX_SUFFIXES

SOURCE_SUFFIXES = C_SUFFIXES | CXX_SUFFIXES
CSMITH_INCLUDE_DIR = Path("/usr/include/csmith")


@dataclass(frozen=True)
class SourceItem:
    """One unit of work of a source: resumable, parallel and assigned to one split through its package.

    Attributes:
        source: the versioned name of the source that made it (e.g. ``debian-bookworm-v1``).
        key: unique within the source and safe as a file name.
        package: the split unit; every item of one package lands in the same split.
        spec: source-specific parameters the worker needs (JSON-serializable).
    """

    source: str
    key: str
    package: str
    spec: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class TranslationUnit:
    """One file to compile, with the extra clang arguments its build would use (include paths, defines)."""

    path: Path
    relpath: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemFailure:
    """Something that did not make it into the corpus, and why (stage: fetch, configure, collect, compile, split)."""

    stage: str
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "path": self.path, "reason": self.reason}


@dataclass
class PreparedItem:
    """What ``Source.prepare`` produced: units to compile, failures so far, licence and provenance of the item.

    ``status`` is "ok" when there are units to compile, "failed" when the item produced nothing (the failures say why).
    """

    units: list[TranslationUnit]
    licence: str
    provenance: dict[str, str]
    failures: list[ItemFailure] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "ok" if self.units else "failed"


class Source(ABC):
    """A corpus source. Subclasses set ``kind`` and ``version`` and implement ``items`` and ``prepare``.

    The versioned ``name`` goes into every row and the dataset card; bump ``version`` whenever a change makes the same
    arguments produce different units (new flags, new file filters), so old and new corpora never mix silently.
    """

    kind: ClassVar[str]
    version: ClassVar[int] = 1

    @property
    def name(self) -> str:
        return f"{self.kind}-v{self.version}"

    @abstractmethod
    def items(self) -> list[SourceItem]:
        """Enumerate the work (cheap; runs in the parent process)."""

    @abstractmethod
    def prepare(self, item: SourceItem, workdir: Path, toolchain: Toolchain) -> PreparedItem:
        """Materialize one item's translation units under ``workdir`` (runs in a worker; never raises for bad input)."""

    def describe(self) -> dict[str, Any]:
        """Parameters that identify this source, for the dataset card and the build manifest."""
        return {"name": self.name, "kind": self.kind}


def safe_key(text: str) -> str:
    """A file-name-safe key: readable prefix plus a short hash so distinct texts never collide."""
    readable = "".join(c if c.isalnum() or c in "-_." else "_" for c in text)[:60].strip("._") or "item"
    return f"{readable}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def collect_units(
    root: Path, base_args: Sequence[str] = (), max_units: int | None = None, skip_dirs: Sequence[str] = ()
) -> tuple[list[TranslationUnit], list[ItemFailure]]:
    """C/C++ files under ``root`` (sorted), skipping vendored held-out libraries and ``skip_dirs``.

    Returns:
        The units (each with ``base_args``) and a failure record for every file left out and why.
    """
    units: list[TranslationUnit] = []
    failures: list[ItemFailure] = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if any(rel == d or rel.startswith(d.rstrip("/") + "/") for d in skip_dirs):
            continue
        vendored = vendored_heldout_component(rel)
        if vendored is not None:
            failures.append(ItemFailure("collect", rel, f"vendored held-out library ({vendored}/)"))
            continue
        if max_units is not None and len(units) >= max_units:
            failures.append(ItemFailure("collect", rel, f"over the per-item cap of {max_units} units"))
            continue
        units.append(TranslationUnit(path=path, relpath=rel, args=tuple(base_args)))
    return units, failures


def header_include_args(root: Path, limit: int = 64) -> list[str]:
    """Include flags for a tree without a build: ``-I`` for the root and ``include`` directories, ``-iquote`` for the
    other header directories and their parents (shallowest first).

    A cheap stand-in for a build's include flags. Parents make ``#include "pkg/header.h"`` work for headers kept in
    ``src/pkg/``; only ``-iquote`` is used for them, because a package's own ``string.h`` wrapper reached through
    ``-I`` would shadow the system header for ``#include <string.h>`` (and recurse through ``#include_next``). They
    are also given as ``-idirafter``, searched after the system directories, for angled includes of package headers.
    """
    dirs = {root}
    for header in root.rglob("*.h"):
        if vendored_heldout_component(header.relative_to(root).as_posix()) is None:
            for directory in (header.parent, *header.parent.parents):
                if directory == root or root not in directory.parents:
                    break
                dirs.add(directory)
    ordered = sorted(dirs, key=lambda d: (len(d.relative_to(root).parts), str(d)))[:limit]
    args = [f"-I{d}" if d == root or d.name == "include" else f"-iquote{d}" for d in ordered]
    # The same directories once more after the system ones, so `#include <internal.h>` of a package header resolves
    # too (it did not reach -iquote directories), while <string.h> still finds the system header first.
    return args + [arg for d in ordered if d != root and d.name != "include" for arg in ("-idirafter", str(d))]


# ----------------------------------------------------------------------------------------------------------------
# Directory


class DirectorySource(Source):
    """C/C++ files in a directory. Each immediate subdirectory with sources is one package; loose files another.

    Args:
        root: the directory.
        licence: recorded on every row (the directory cannot tell).
        extra_args: clang arguments for every file (``-I<item dir>`` is always added).
        allow_heldout: admit held-out package names (evaluation suites only).

    Raises:
        ConfigError: the directory is missing, or it or one of its packages is held out.
    """

    kind = "dir"

    def __init__(
        self,
        root: str | Path,
        licence: str = "unknown",
        extra_args: Sequence[str] = (),
        allow_heldout: bool = False,
        max_units: int | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise ConfigError(f"directory source {self.root} does not exist or is not a directory")
        self.licence = licence
        self.extra_args = tuple(extra_args)
        self.max_units = max_units
        check_not_heldout(self.root.name, allow_heldout=allow_heldout, where="directory source")
        for sub in self._subdirs():
            check_not_heldout(sub.name, allow_heldout=allow_heldout, where=f"directory source {self.root}")

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.root.name}-v{self.version}"

    def _subdirs(self) -> list[Path]:
        return sorted(
            d for d in self.root.iterdir() if d.is_dir() and any(p.suffix in SOURCE_SUFFIXES for p in d.rglob("*"))
        )

    def items(self) -> list[SourceItem]:
        items = [
            SourceItem(self.name, safe_key(d.name), f"{self.root.name}/{d.name}", {"dir": str(d), "deep": True})
            for d in self._subdirs()
        ]
        if any(p.suffix in SOURCE_SUFFIXES for p in self.root.iterdir() if p.is_file()):
            items.append(
                SourceItem(self.name, safe_key("_top"), self.root.name, {"dir": str(self.root), "deep": False})
            )
        return items

    def prepare(self, item: SourceItem, workdir: Path, toolchain: Toolchain) -> PreparedItem:
        directory = Path(item.spec["dir"])
        args = [f"-I{directory}", *self.extra_args]
        if item.spec["deep"]:
            units, failures = collect_units(directory, args, self.max_units)
        else:
            units = [
                TranslationUnit(p, p.name, tuple(args))
                for p in sorted(directory.iterdir())
                if p.is_file() and p.suffix in SOURCE_SUFFIXES
            ]
            failures = []
        return PreparedItem(units, self.licence, {"source": self.name, "path": str(directory)}, failures)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "root": str(self.root), "licence": self.licence}


# ----------------------------------------------------------------------------------------------------------------
# compile_commands.json

# Flags that change what the preprocessor/frontend sees; everything else (output, optimization, warnings, codegen)
# is decided by the IR flavour.
_KEEP_WITH_VALUE = ("-I", "-D", "-U", "-include", "-isystem", "-iquote", "-idirafter", "-imacros")
_KEEP_PREFIX = ("-std=", "-f", "-m")
_DROP_F = (
    "-fPIC",
    "-fpic",
    "-fPIE",
    "-fpie",
    "-fdiagnostics",
    "-fcolor",
    "-fprofile",
    "-fcoverage",
    "-fsanitize",
    "-fstack-protector",
    "-fcf-protection",
    "-fdebug",
    "-ffile-prefix",
    "-fmacro-prefix",
    "-flto",
)


def frontend_args(arguments: Sequence[str], directory: Path) -> list[str]:
    """The preprocessor/language flags of one compile command, with relative include paths made absolute.

    >>> frontend_args(["cc", "-Iinc", "-DX=1", "-O2", "-c", "a.c", "-o", "a.o"], Path("/p"))
    ['-I/p/inc', '-DX=1']
    """
    out: list[str] = []
    i = 1
    while i < len(arguments):
        arg = arguments[i]
        matched = next((f for f in _KEEP_WITH_VALUE if arg == f or arg.startswith(f)), None)
        if matched is not None:
            value = arg[len(matched) :]
            if not value and i + 1 < len(arguments):
                i += 1
                value = arguments[i]
            if matched not in ("-D", "-U") and not Path(value).is_absolute():
                value = str(directory / value)
            if matched in ("-I", "-D", "-U"):
                out.append(f"{matched}{value}")
            else:
                out.extend([matched, value])
        elif arg.startswith(_KEEP_PREFIX) and not arg.startswith(_DROP_F) and arg not in ("-m32",):
            out.append(arg)
        i += 1
    return out


class CompileCommandsSource(Source):
    """The translation units of a ``compile_commands.json`` (CMake, Bear, meson), with their own include flags.

    Args:
        path: the compile_commands.json.
        package: the split unit (default: the name of the directory holding the file).
        licence: recorded on every row.
        allow_heldout: admit a held-out package name (evaluation suites only).

    Raises:
        ConfigError: the file is missing or not a compile database, or the package is held out.
    """

    kind = "compile-commands"

    def __init__(
        self, path: str | Path, package: str | None = None, licence: str = "unknown", allow_heldout: bool = False
    ) -> None:
        self.path = Path(path).resolve()
        self.package = package or self.path.parent.name
        self.licence = licence
        check_not_heldout(self.package, allow_heldout=allow_heldout, where="compile_commands source")
        self.entries = read_compile_commands(self.path)

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.package}-v{self.version}"

    def items(self) -> list[SourceItem]:
        return [SourceItem(self.name, safe_key(self.package), self.package, {})]

    def prepare(self, item: SourceItem, workdir: Path, toolchain: Toolchain) -> PreparedItem:
        units, failures = units_from_compile_commands(self.entries, self.path.parent)
        return PreparedItem(units, self.licence, {"source": self.name, "path": str(self.path)}, failures)


def read_compile_commands(path: Path) -> list[dict[str, Any]]:
    """Parse a compile database.

    Raises:
        ConfigError: missing file or not a JSON list of entries with ``file`` and ``directory``.
    """
    if not path.is_file():
        raise ConfigError(f"compile database {path} does not exist")
    try:
        entries = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path} is not valid JSON: {e}") from e
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and "file" in e and "directory" in e for e in entries
    ):
        raise ConfigError(f"{path} is not a compile database: expected a list of {{directory, file, arguments}}")
    return entries


def units_from_compile_commands(
    entries: list[dict[str, Any]], root: Path
) -> tuple[list[TranslationUnit], list[ItemFailure]]:
    units: list[TranslationUnit] = []
    failures: list[ItemFailure] = []
    seen: set[Path] = set()
    for entry in entries:
        directory = Path(entry["directory"])
        path = (directory / entry["file"]).resolve()
        if path in seen or path.suffix not in SOURCE_SUFFIXES:
            continue
        seen.add(path)
        try:
            rel = path.relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = str(path)
        vendored = vendored_heldout_component(rel)
        if vendored is not None:
            failures.append(ItemFailure("collect", rel, f"vendored held-out library ({vendored}/)"))
            continue
        arguments = entry.get("arguments") or shlex.split(entry.get("command", ""))
        units.append(TranslationUnit(path, rel, tuple(frontend_args(arguments, directory))))
    return units, failures


# ----------------------------------------------------------------------------------------------------------------
# Csmith


class CsmithSource(Source):
    """Seeded random C programs from Csmith: program ``i`` uses seed ``seed + i``, so a build is reproducible.

    Programs are grouped ``per_package`` at a time into pseudo-packages (``csmith-s<seed>-g<n>``) so that they can be
    split like real packages and resumed in chunks.

    Args:
        count: number of programs.
        seed: first seed.
        per_package: programs per item/package.
        csmith_args: extra Csmith options (e.g. ``--max-funcs 8``).
    """

    kind = "csmith"

    def __init__(self, count: int, seed: int = 0, per_package: int = 50, csmith_args: Sequence[str] = ()) -> None:
        if count < 0 or per_package < 1:
            raise ConfigError(f"csmith: count must be >= 0 and per_package >= 1, got {count} and {per_package}")
        self.count = count
        self.seed = seed
        self.per_package = per_package
        self.csmith_args = tuple(csmith_args)

    def items(self) -> list[SourceItem]:
        items = []
        for start in range(0, self.count, self.per_package):
            first = self.seed + start
            n = min(self.per_package, self.count - start)
            package = f"csmith-s{first}-n{n}"
            items.append(SourceItem(self.name, package, package, {"first_seed": first, "n": n}))
        return items

    def prepare(self, item: SourceItem, workdir: Path, toolchain: Toolchain) -> PreparedItem:
        workdir.mkdir(parents=True, exist_ok=True)
        units: list[TranslationUnit] = []
        failures: list[ItemFailure] = []
        args = (f"-I{CSMITH_INCLUDE_DIR}",)
        for seed in range(item.spec["first_seed"], item.spec["first_seed"] + item.spec["n"]):
            out = workdir / f"csmith_{seed}.c"
            if not out.is_file():
                # To stdout, not -o: Csmith copies its command line (with -o's path) into the program's header.
                run = run_process(["csmith", "--seed", str(seed), *self.csmith_args], timeout_s=60)
                if not run.ok or not run.stdout:
                    failures.append(ItemFailure("generate", out.name, f"csmith failed: {run.describe()}"))
                    continue
                write_atomic(out, run.stdout)
            units.append(TranslationUnit(out, out.name, args))
        provenance = {
            "source": self.name,
            "generator": "csmith",
            "seeds": f"{item.spec['first_seed']}+{item.spec['n']}",
            "csmith_args": " ".join(self.csmith_args),
        }
        return PreparedItem(units, "generated (Csmith programs; no licence restrictions)", provenance, failures)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "count": self.count, "seed": self.seed, "csmith_args": list(self.csmith_args)}


#: Source kind -> ``Source`` subclass. All built-ins are registered here (Debian's as a lazy dotted path, so that
#: ``llmopt.data.debian``, which imports this module, is never imported from it at load time).
SOURCE_KINDS: Registry[type[Source]] = Registry("corpus source kind", base=Source)
SOURCE_KINDS.register(DirectorySource.kind, DirectorySource)
SOURCE_KINDS.register(CompileCommandsSource.kind, CompileCommandsSource)
SOURCE_KINDS.register(CsmithSource.kind, CsmithSource)
SOURCE_KINDS.register("debian", "llmopt.data.debian:DebianSource")


def register_source(kind: str, cls: type[Source] | str, *, replace: bool = False) -> None:
    """Make ``create_source(kind, ...)`` build ``cls``: a ``Source`` subclass or its lazy ``"package.module:Class"``."""
    SOURCE_KINDS.register(kind, cls, replace=replace)


def unregister_source(kind: str) -> None:
    """Remove a registration (tests use this on teardown); an unknown kind is ignored."""
    SOURCE_KINDS.unregister(kind)


def create_source(kind: str, **kwargs: Any) -> Source:
    """Build a registered source by kind name (or a dotted path ``"package.module:Class"``).

    Raises:
        ConfigError: unknown kind (the message lists the registered ones), or the source's own argument checks.
    """
    return SOURCE_KINDS.get(kind)(**kwargs)
