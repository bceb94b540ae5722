"""Debian source packages as a corpus source: our own deb-src configuration, download, unpack, configure, collect.

The system's apt configuration is never touched: every apt call gets ``Dir::Etc::SourceList`` pointing at a
``sources.list`` we write under the data directory, with lists and caches there too, so a corpus build needs no root
and leaves ``/etc/apt`` and ``/var/lib/apt`` as they were. ``apt-get source`` unpacks with ``dpkg-source`` (package
``dpkg-dev``), applying Debian's patches.

How a package becomes translation units (cheap and best-effort, not a real build):
1. a CMake project is configured with ``CMAKE_EXPORT_COMPILE_COMMANDS`` and its compile database used as is;
2. otherwise (no CMake, or cmake failed), a ``configure`` script runs (time-limited) so that ``config.h`` exists; where
   none ran, ``X.h.in`` header templates are filled in crudely (``fill_header_templates``); every C/C++ file is then
   compiled with ``-I`` for each header directory and its parents and ``-DHAVE_CONFIG_H`` when a ``config.h`` exists.
Files that need a real build (generated sources, platform-specific code, tools needing other packages' headers) fail
to compile; each failure is recorded with clang's first error line, so the card can say what was lost and why.

Limits: bookworm's ``main`` component only; no build dependencies are installed; meson/scons builds get the
heuristic path; the licence recorded is the first ``License:`` field of ``debian/copyright`` (the ``Files: *``
paragraph in machine-readable copyright files), not a per-file analysis.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llmopt.data.heldout import check_not_heldout
from llmopt.data.sources import (
    ItemFailure,
    PreparedItem,
    Source,
    SourceItem,
    collect_units,
    header_include_args,
    read_compile_commands,
    units_from_compile_commands,
)
from llmopt.errors import ConfigError, ToolError
from llmopt.toolchain import Toolchain, run_process

DEFAULT_MIRROR = "http://deb.debian.org/debian"
DEFAULT_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
_BUILD_DIR = "_llmopt_build"


class AptSourceConfig:
    """A private apt configuration (deb-src only) rooted in a directory of ours.

    Args:
        root: where sources.list, lists and caches live (created).
        suite: Debian suite, e.g. ``bookworm``.
        mirror: archive URL.
        keyring: the archive keyring used to check signatures.
    """

    def __init__(
        self, root: str | Path, suite: str = "bookworm", mirror: str = DEFAULT_MIRROR, keyring: str = DEFAULT_KEYRING
    ) -> None:
        self.root = Path(root).resolve()
        self.suite = suite
        self.mirror = mirror
        self.keyring = keyring
        self.sources_list = self.root / "sources.list"
        self.lists_dir = self.root / "lists"
        self.cache_dir = self.root / "cache"

    def options(self) -> list[str]:
        """The ``-o`` options that make apt-get/apt-cache use only this configuration."""
        opts = {
            "Dir::Etc::SourceList": str(self.sources_list),
            "Dir::Etc::SourceParts": "/dev/null",
            "Dir::State::Lists": str(self.lists_dir),
            "Dir::Cache": str(self.cache_dir),
            # No binary package caches: we only read Sources indices.
            "Dir::Cache::pkgcache": "",
            "Dir::Cache::srcpkgcache": "",
            # As root apt would drop to the _apt user, who cannot write into our directories.
            "APT::Sandbox::User": "root",
            "Debug::NoLocking": "1",
        }
        return [arg for k, v in opts.items() for arg in ("-o", f"{k}={v}")]

    def write(self) -> None:
        for d in (self.lists_dir / "partial", self.cache_dir / "archives" / "partial"):
            d.mkdir(parents=True, exist_ok=True)
        line = f"deb-src [signed-by={self.keyring}] {self.mirror} {self.suite} main\n"
        if not self.sources_list.is_file() or self.sources_list.read_text() != line:
            self.sources_list.write_text(line)

    def ensure_updated(self, max_age_s: float = 7 * 86400, timeout_s: float = 300) -> None:
        """``apt-get update`` with our configuration unless the Sources index is fresher than ``max_age_s``.

        Raises:
            ToolError: apt-get update failed (no network, bad mirror); the message quotes apt's error.
        """
        self.write()
        indices = list(self.lists_dir.glob("*_Sources*"))
        if indices and time.time() - min(p.stat().st_mtime for p in indices) < max_age_s:
            return
        run = run_process(["apt-get", *self.options(), "update"], timeout_s=timeout_s)
        if not run.ok or not list(self.lists_dir.glob("*_Sources*")):
            raise ToolError(
                f"apt-get update with {self.sources_list} failed: {run.first_error_line()}", run.stderr_tail
            )

    def source_version(self, package: str) -> str | None:
        """The version of a source package in the index, or None if the index has no such package."""
        run = run_process(["apt-cache", *self.options(), "showsrc", "--only-source", package], timeout_s=60)
        match = re.search(r"^Version: (\S+)", run.stdout_text, re.MULTILINE)
        return match.group(1) if run.ok and match else None


def require_dpkg_dev() -> None:
    """Raises ConfigError when ``dpkg-source`` (package dpkg-dev), which unpacks source packages, is missing."""
    if shutil.which("dpkg-source") is None or shutil.which("apt-get") is None:
        raise ConfigError("Debian sources need apt-get and dpkg-source; install them with: apt-get install dpkg-dev")


class DebianSource(Source):
    """Debian source packages by name; each package is one item and one split unit.

    Args:
        packages: source package names (binary names are not resolved).
        apt_root: directory for the private apt configuration (under the data dir).
        suite: Debian suite.
        allow_heldout: admit held-out packages (evaluation suites only).
        configure_timeout_s: time limit of a package's configure/cmake step; past it the heuristic path is used.
        max_units: per-package cap on translation units (the rest are recorded as skipped); library code is taken
            before tests, examples and benchmarks (``order_units``), so the cap cuts the least typical code first.

    Raises:
        ConfigError: a package is held out, or dpkg-dev is missing.
    """

    kind = "debian"

    def __init__(
        self,
        packages: Sequence[str],
        apt_root: str | Path,
        suite: str = "bookworm",
        allow_heldout: bool = False,
        configure_timeout_s: float = 180.0,
        max_units: int = 1000,
    ) -> None:
        for package in packages:
            check_not_heldout(package, allow_heldout=allow_heldout, where="debian source")
        require_dpkg_dev()
        self.packages = list(dict.fromkeys(packages))
        self.apt = AptSourceConfig(apt_root, suite=suite)
        self.suite = suite
        self.configure_timeout_s = configure_timeout_s
        self.max_units = max_units

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.suite}-v{self.version}"

    def items(self) -> list[SourceItem]:
        """One item per package; runs ``apt-get update`` (our config) when the index is missing or old.

        Raises:
            ConfigError: a package is not in the suite's Sources index.
            ToolError: apt-get update failed.
        """
        self.apt.ensure_updated()
        items = []
        for package in self.packages:
            version = self.apt.source_version(package)
            if version is None:
                raise ConfigError(
                    f"debian source: no source package {package!r} in {self.suite} main; check the "
                    f"name with: apt-cache showsrc {package} (source, not binary, package names)"
                )
            items.append(SourceItem(self.name, package, package, {"version": version}))
        return items

    def prepare(self, item: SourceItem, workdir: Path, toolchain: Toolchain) -> PreparedItem:
        provenance = {
            "source": self.name,
            "package": item.package,
            "version": item.spec.get("version", ""),
            "archive": f"{self.apt.mirror} {self.suite} main",
        }
        tree, failure = self._fetch(item.package, workdir)
        if tree is None:
            return PreparedItem([], "unknown", provenance, [failure] if failure else [])
        provenance["tree"] = tree.name
        dsc = read_dsc(workdir)
        if dsc is not None:
            provenance.update(dsc)
        licence = read_debian_licence(tree)
        failures: list[ItemFailure] = []
        units, build_failures = self._configure_and_collect(tree, toolchain)
        failures.extend(build_failures)
        return PreparedItem(units, licence, provenance, failures)

    def _fetch(self, package: str, workdir: Path) -> tuple[Path | None, ItemFailure | None]:
        workdir.mkdir(parents=True, exist_ok=True)
        tree = _unpacked_tree(workdir)
        if tree is not None and (tree / ".llmopt-unpacked").is_file():
            return tree, None
        for stale in workdir.iterdir():  # a half-unpacked tree from a killed build
            if stale.is_dir():
                shutil.rmtree(stale)
        run = run_process(
            ["apt-get", *self.apt.options(), "source", "--only-source", package], cwd=workdir, timeout_s=600
        )
        tree = _unpacked_tree(workdir)
        if not run.ok or tree is None:
            return None, ItemFailure("fetch", package, f"apt-get source failed: {run.first_error_line()}")
        (tree / ".llmopt-unpacked").write_text("ok\n")
        return tree, None

    def _configure_and_collect(self, tree: Path, toolchain: Toolchain) -> tuple[list, list[ItemFailure]]:
        failures: list[ItemFailure] = []
        skip = ["debian", ".pc", _BUILD_DIR]
        env = {**os.environ, "CC": str(toolchain.tool("clang")), "CFLAGS": "-O0 -w"}
        build = tree / _BUILD_DIR
        if (tree / "CMakeLists.txt").is_file() and shutil.which("cmake"):
            database = build / "compile_commands.json"
            if not database.is_file():
                run = run_process(
                    [
                        "cmake",
                        "-S",
                        str(tree),
                        "-B",
                        str(build),
                        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                        f"-DCMAKE_C_COMPILER={toolchain.tool('clang')}",
                        "-DCMAKE_BUILD_TYPE=None",
                    ],
                    cwd=tree,
                    env=env,
                    timeout_s=self.configure_timeout_s,
                )
                if not run.ok:
                    failures.append(ItemFailure("configure", "CMakeLists.txt", f"cmake: {_last_line(run)}"))
            if database.is_file():
                try:
                    units, more = units_from_compile_commands(read_compile_commands(database), tree)
                except ConfigError as e:
                    failures.append(ItemFailure("configure", "compile_commands.json", str(e)))
                else:
                    units = order_units(units)
                    capped = [
                        ItemFailure("collect", u.relpath, f"over the per-item cap of {self.max_units} units")
                        for u in units[self.max_units :]
                    ]
                    return units[: self.max_units], failures + more + capped
        # No CMake database (none, or cmake failed for a missing dependency): try the autotools configure script.
        configured = (tree / ".llmopt-configured").is_file()
        if not configured and (tree / "configure").is_file():
            run = run_process(["sh", "./configure"], cwd=tree, env=env, timeout_s=self.configure_timeout_s)
            if run.ok:
                (tree / ".llmopt-configured").write_text("ok\n")
                configured = True
            else:
                why = f"timed out after {self.configure_timeout_s:.0f} s" if run.timed_out else _last_line(run)
                failures.append(ItemFailure("configure", "configure", f"configure failed: {why}"))
        # Also after a configure that ran: headers such as version.h are often made by make rules, not configure.
        fill_header_templates(tree, write_config_h=not configured)
        args = header_include_args(tree)
        stubs = stub_missing_headers(tree, build / "stubs")
        if stubs:
            # Last in the search order: a real header anywhere (tree, system) always wins over a stub.
            args += ["-idirafter", str(build / "stubs")]
        config_headers = sorted(
            (p for p in tree.rglob("config.h") if _BUILD_DIR not in p.parts), key=lambda p: (len(p.parts), str(p))
        )
        if config_headers:
            args = [f"-I{p.parent}" for p in config_headers[:2]] + args + ["-DHAVE_CONFIG_H"]
        # Old C that clang >= 16 rejects by default but that compiles to meaningful IR.
        args += [
            "-Wno-error=implicit-function-declaration",
            "-Wno-error=implicit-int",
            "-Wno-error=int-conversion",
            "-Wno-error=incompatible-pointer-types",
        ]
        units, more = collect_units(tree, args, None, skip_dirs=skip)
        units = order_units(units)
        capped = [
            ItemFailure("collect", u.relpath, f"over the per-item cap of {self.max_units} units")
            for u in units[self.max_units :]
        ]
        return units[: self.max_units], failures + more + capped

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "suite": self.suite, "packages": self.packages}


_TEMPLATE_VAR_RE = re.compile(r"@[A-Za-z_][A-Za-z0-9_]*@|\$\{[A-Za-z_][A-Za-z0-9_]*\}")
_CMAKEDEFINE01_RE = re.compile(r"^\s*#\s*cmakedefine01\s+(\w+).*$", re.MULTILINE)
_CMAKEDEFINE_RE = re.compile(r"^\s*#\s*(?:cmakedefine|mesondefine)\s+(\w+).*$", re.MULTILINE)
# Header templates of autoconf/automake (X.h.in), CMake configure_file (X.h.cmake, X.h.cmakein, X.h.cmake.in) and
# meson (X.h.meson): the generated header is the name up to and including ".h".
TEMPLATE_SUFFIXES = (".h.in", ".h.cmake", ".h.cmakein", ".h.cmake.in", ".h.meson", ".h.in.in")
_NONCODE_PARTS = ("debian", ".pc", _BUILD_DIR)
_LATE_PARTS = frozenset(
    {
        "test",
        "tests",
        "testsuite",
        "t",
        "example",
        "examples",
        "demo",
        "demos",
        "bench",
        "benchmark",
        "benchmarks",
        "fuzz",
        "fuzzing",
        "contrib",
        "tools",
        "doc",
        "docs",
    }
)


def order_units(units: list[Any]) -> list[Any]:
    """Library code first, then tests/examples/benchmarks/tools (stable within each group).

    The per-item cap keeps the first ``max_units`` units; sorting alone (alphabetical paths) used to cut whichever
    directory came last, often the library itself (``src/``) after ``examples/`` and ``bench/``.
    """
    return sorted(units, key=lambda u: any(part.lower() in _LATE_PARTS for part in Path(u.relpath).parts[:-1]))


def fill_template_text(text: str) -> str:
    """A template's text with every substitution off: ``@VAR@``/``${VAR}`` → ``0``, ``#cmakedefine X`` → undef.

    >>> fill_template_text('#define V "@VERSION@"\n#cmakedefine HAVE_X 1\n#cmakedefine01 USE_Y\n')
    '#define V "0"\n/* #undef HAVE_X */\n#define USE_Y 0\n'
    """
    text = _CMAKEDEFINE01_RE.sub(lambda m: f"#define {m.group(1)} 0", text)
    text = _CMAKEDEFINE_RE.sub(lambda m: f"/* #undef {m.group(1)} */", text)
    lines = text.splitlines(keepends=True)
    # A variable alone on a line stands for whole declarations (e.g. a #define configure may add): drop it.
    return "".join("\n" if _TEMPLATE_VAR_RE.fullmatch(ln.strip()) else _TEMPLATE_VAR_RE.sub("0", ln) for ln in lines)


def fill_header_templates(tree: Path, write_config_h: bool = True) -> int:
    """Make ``X.h`` from its template (``X.h.in``, ``X.h.cmake``, ...) where nothing generated it, so includes resolve.

    Runs after configure too: headers like ``version.h`` are often made by a make rule or by CMake's
    ``configure_file``, not by configure (202 units of an earlier build failed on exactly that). Substitutions are
    all off (``fill_template_text``); autoheader templates (``config.h.in``) keep every feature ``#undef``ined. Crude,
    but it turns "header not found" into compiling code.

    Args:
        tree: the unpacked source tree.
        write_config_h: also write an empty ``config.h`` when there is none (only when configure did not run).

    Returns:
        The number of headers written.
    """
    written = 0
    for template in sorted(tree.rglob("*.h.*")):
        suffix = next((s for s in TEMPLATE_SUFFIXES if template.name.endswith(s)), None)
        if suffix is None or not template.is_file():
            continue
        target = template.with_name(template.name[: -len(suffix)] + ".h")
        if target.exists() or any(p in _NONCODE_PARTS for p in template.relative_to(tree).parts):
            continue
        target.write_text(fill_template_text(template.read_text(errors="replace")))
        written += 1
    if write_config_h and not any(
        p for p in tree.rglob("config.h") if not any(x in _NONCODE_PARTS for x in p.relative_to(tree).parts)
    ):
        # autoheader output that nothing generated: an empty one lets `#include "config.h"` resolve.
        (tree / "config.h").write_text("/* written by llmopt: configure did not run; every feature is off */\n")
        written += 1
    return written


_QUOTED_INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+\.h)"', re.MULTILINE)


def stub_missing_headers(tree: Path, stub_dir: Path, limit: int = 64) -> list[str]:
    """Empty stand-ins for quoted includes that no file in the tree provides: headers a build step generates.

    Debian's rules and make recipes write headers that have no template (``lua5.4-deb-multiarch.h``, a
    ``version.h`` made by ``echo``); without them every unit including them fails. A stub is empty: code that needs
    its macros still fails, with a clearer error, while code that only includes it compiles. Headers given with a
    directory (``"sys/x.h"``) are left alone, as are names a system include directory may have.

    Returns:
        The names stubbed (at most ``limit``), written under ``stub_dir``.
    """
    present = {p.name for p in tree.rglob("*.h")}
    wanted: set[str] = set()
    for path in tree.rglob("*"):
        if path.suffix not in (".c", ".h", ".cc", ".cpp", ".cxx") or _BUILD_DIR in path.parts or not path.is_file():
            continue
        if any(part in _NONCODE_PARTS for part in path.relative_to(tree).parts):
            continue
        for name in _QUOTED_INCLUDE_RE.findall(path.read_text(errors="replace")):
            if "/" not in name and name not in present:
                wanted.add(name)
    stubbed = sorted(n for n in wanted if not any((Path(d) / n).exists() for d in _SYSTEM_INCLUDE_DIRS))[:limit]
    for name in stubbed:
        stub_dir.mkdir(parents=True, exist_ok=True)
        (stub_dir / name).write_text(f"/* {name}: written by llmopt, a build step generates the real one */\n")
    return stubbed


_SYSTEM_INCLUDE_DIRS = ("/usr/include", "/usr/local/include", "/usr/include/x86_64-linux-gnu")


def read_dsc(workdir: Path) -> dict[str, Any] | None:
    """The version and archive file hashes of the source package fetched into ``workdir``, from its ``.dsc``.

    The ``.dsc`` is the control file Debian signs; its ``Checksums-Sha256`` names every archive the tree was unpacked
    from, so these hashes pin the corpus' input exactly (the version in a corpus definition is only what was current
    when the list was made). None when the directory holds no ``.dsc``.
    """
    found = sorted(workdir.glob("*.dsc")) if workdir.is_dir() else []
    if not found:
        return None
    version, files, in_sha256 = "", {}, False
    for line in found[0].read_text(errors="replace").splitlines():
        if line.startswith("Version:"):
            version = line.split(":", 1)[1].strip()
        in_sha256 = line.startswith("Checksums-Sha256:") or (in_sha256 and line.startswith(" "))
        parts = line.split()
        if in_sha256 and line.startswith(" ") and len(parts) == 3:
            files[parts[2]] = {"sha256": parts[0], "bytes": int(parts[1])}
    return {"dsc": found[0].name, "version_fetched": version, "files": files}


def _unpacked_tree(workdir: Path) -> Path | None:
    dirs = [d for d in workdir.iterdir() if d.is_dir()]
    return dirs[0] if len(dirs) == 1 else None


def _last_line(run: Any) -> str:
    lines = [ln for ln in (run.stderr_tail or run.stdout_text[-2000:]).splitlines() if ln.strip()]
    return lines[-1][:300] if lines else run.describe()


_LICENCE_HINTS = (
    ("GNU Lesser General Public License", "LGPL"),
    ("GNU Library General Public License", "LGPL"),
    ("GNU General Public License", "GPL"),
    ("Apache License", "Apache"),
    ("Mozilla Public License", "MPL"),
    ("public domain", "public-domain"),
    ("Permission is hereby granted, free of charge", "MIT/Expat"),
    ("Redistribution and use in source and binary forms", "BSD"),
    ("Permission to use, copy, modify", "ISC-like"),
)


def read_debian_licence(tree: Path) -> str:
    """The package's licence from ``debian/copyright``: the first ``License:`` field (DEP-5), else a best guess.

    Non-machine-readable copyright files get the first well-known licence phrase they contain, marked "(guessed)".
    """
    path = tree / "debian" / "copyright"
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "unknown"
    match = re.search(r"^License:\s*(\S.*)$", text, re.MULTILINE)
    if match:
        return match.group(1).strip()
    lowered = text.lower()
    for phrase, name in _LICENCE_HINTS:
        if phrase.lower() in lowered:
            return f"{name} (guessed from debian/copyright)"
    return "see debian/copyright"
