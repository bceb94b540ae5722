"""``Suite``: a versioned, named set of benchmark programs with a manifest of their module hashes.

Why versioned with a manifest: a number is only comparable to another measured on the same programs. A suite's name
carries ``-vN`` (a change of its programs is a new version), and its manifest (module hash per program, and one
SHA-256 over all of them) is written into every evaluation directory, so two runs that claim the same suite but saw
different IR are refused by the harness instead of being averaged together.

Builders (looked up by name in ``SUITES``, the project's one ``Registry``; a spec may add ``:key=value,...``):

- ``project-bench-v1`` (and ``project-bench-func-v1``, ``project-bench-tu-v1``): the project benchmark that
  ``benchmarks/strategies.py`` runs, ``benchmarks/data/func`` (per-function modules) and ``benchmarks/data/tu-*``
  (whole TUs), loaded with ``inference.coreset.load_programs``. Size flavour: the shipped ``.ll`` files; paper
  flavour: the TUs' C sources (``verify/passlisteval/programs``) compiled at -O0 and split per function (the Csmith
  TUs ship as IR only, so they are size-only). Each program carries the autotuner's budget-100 ratio from the shipped
  coreset's fit table (the "% of the autotuner's gain" reference) and, for TUs with a C source, that source (the real
  ``clang -Oz`` baseline).
- ``csmith-v1:count=N,seed=S``: Csmith programs built by the corpus machinery (``data.build.build_corpus`` over a
  ``CsmithSource``) into ``<data_dir>/eval-suites/``; TUs and their functions.
- ``debian-heldout-v1`` (the packages of HELDOUT.md) and ``debian-v1:packages=a+b``: Debian source packages by name,
  through the same corpus build (``DebianSource(allow_heldout=True)``: evaluation suites are the one place the held-out
  packages may be built). Slow (downloads and compiles whole packages) and needs the network.
- ``dir:PATH``: any directory of C/C++/IR files (``toolchain.load_input``), TUs and their functions; the package of a
  program is its first directory below PATH.
- ``compile-commands:PATH``: the translation units of a ``compile_commands.json`` with their own flags, through the
  corpus build (``CompileCommandsSource``).
- ``corpus:PATH``: every row (all splits) of an assembled corpus dataset.

Options every builder takes: ``level`` (``function``, ``tu`` or ``both``, the default), ``limit`` (the first N
programs by name, for quick runs) and ``sample`` (the N programs with the smallest module hash: a fixed pick that
ignores names and packages); a narrowed suite has its own manifest hash. ``debian-heldout-v1:corpus=PATH`` reads an
earlier build of exactly the held-out packages instead of building them again.

Not covered: clang baselines for corpus-built programs (their C needs the build's flags, which rows do not carry).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError
from llmopt.registry import Registry
from llmopt.toolchain import Flavour, IRModule, Toolchain, iter_input_files, load_input, split_functions
from llmopt.toolchain.ir import C_SUFFIXES, CXX_SUFFIXES, content_hash

ROOT = Path(__file__).resolve().parents[2]
BENCH_DATA = ROOT / "benchmarks" / "data"
PROGRAMS_C = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"
LEVELS = ("function", "tu", "both")
LEVEL_KINDS = (("module", "tu"), ("function", "function"))  # corpus levels -> suite program kinds


@dataclass(frozen=True)
class SuiteProgram:
    """One program of a suite, IR by value (it travels to workers and into the suite file).

    Attributes:
        name: unique within the suite (file stem, ``file:function`` for split functions).
        kind: "function" (one function per module) or "tu" (a whole translation unit).
        flavour: the IR flavour ("size" or "paper").
        text: the unoptimized IR.
        package: the package (Debian, Csmith pseudo-package, directory) it belongs to: the report's breakdown.
        group: what is left out together in leave-one-out (the source program).
        c_source: a C/C++ file whose real ``clang -Oz -c`` object is this program's shipped baseline (TUs only).
        tuned_ratio: the autotuner's best / -Oz for this program where a reference exists (project benchmark).
    """

    name: str
    kind: str
    flavour: str
    text: str
    package: str = ""
    group: str = ""
    c_source: str | None = None
    tuned_ratio: float | None = None

    @property
    def module_hash(self) -> str:
        return content_hash(self.text)

    def to_module(self) -> IRModule:
        return IRModule(
            text=self.text, name=self.name, flavour=Flavour(self.flavour), provenance={"package": self.package}
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Suite:
    """A versioned set of programs in one flavour.

    Attributes:
        name: the versioned name (``project-bench-v1``) or spec (``dir:PATH``) it was built from.
        flavour: the IR flavour of every program.
        programs: sorted by name.
        description: one line for the report.
        options: the builder options it was built with (``limit``, ``level``, ``seed``, ...).
    """

    name: str
    flavour: Flavour
    programs: tuple[SuiteProgram, ...]
    description: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, str]:
        """Program name → module hash."""
        return {p.name: p.module_hash for p in self.programs}

    @property
    def manifest_hash(self) -> str:
        """SHA-256 over the sorted (name, module hash) pairs: equal exactly when the programs are."""
        text = "\n".join(f"{n}\t{h}" for n, h in sorted(self.manifest.items()))
        return hashlib.sha256(text.encode()).hexdigest()

    def manifest_json(self) -> dict[str, Any]:
        return {
            "suite": self.name,
            "flavour": self.flavour.value,
            "options": dict(self.options),
            "programs": len(self.programs),
            "manifest_sha256": self.manifest_hash,
            "modules": self.manifest,
        }


SuiteBuilder = Callable[..., Suite]
SUITES: Registry[SuiteBuilder] = Registry("evaluation suite")


def _finish(name: str, flavour: Flavour, programs: Sequence[SuiteProgram], description: str, options: dict) -> Suite:
    level = options.get("level", "both")
    if level not in LEVELS:
        raise ConfigError(f"suite option level={level!r}: use one of {', '.join(LEVELS)}")
    kept = sorted((p for p in programs if level == "both" or p.kind == level), key=lambda p: p.name)
    names = [p.name for p in kept]
    if len(set(names)) != len(names):
        raise ConfigError(f"suite {name}: two programs have the same name; this is a bug in its builder")
    sample = options.get("sample")
    if sample is not None:
        # A fixed pick that ignores names and packages: the N smallest module hashes (the same N on every run).
        picked = {p.name for p in sorted(kept, key=lambda p: p.module_hash)[: int(sample)]}
        kept = [p for p in kept if p.name in picked]
    limit = options.get("limit")
    if limit is not None:
        kept = kept[: int(limit)]
    if not kept:
        raise ConfigError(f"suite {name} ({flavour.value} flavour, level {level}) has no programs")
    return Suite(name, flavour, tuple(kept), description, dict(options))


def _functions_of(toolchain: Toolchain, tu: SuiteProgram) -> list[SuiteProgram]:
    parts = split_functions(toolchain, tu.to_module())
    return [SuiteProgram(p.name, "function", tu.flavour, p.text, tu.package, tu.group or tu.name) for p in parts]


# -- the project benchmark ---------------------------------------------------------------------------------------
def project_bench(
    toolchain: Toolchain, flavour: Flavour, data_dir: Path, *, name: str = "project-bench-v1", **options: Any
) -> Suite:
    """The project benchmark (see the module docstring).

    Raises:
        ConfigError: ``benchmarks/data`` is missing (an installed wheel without the checkout).
    """
    from llmopt.inference.coreset import load_coreset, load_programs, source_group

    if not BENCH_DATA.is_dir():
        raise ConfigError(f"the project benchmark needs the checkout's {BENCH_DATA}; run from a source checkout")
    try:
        tuned = {p.name: p.tuned_ratio for p in load_coreset(toolchain, Flavour.SIZE).table.programs}
    except ConfigError:
        tuned = {}  # no coreset for this LLVM: no autotuner reference, the rest still runs
    programs: list[SuiteProgram] = []
    tus = [p for d in sorted(BENCH_DATA.glob("tu-*")) for p in iter_input_files([d])]
    if flavour is Flavour.SIZE:
        for program in load_programs(toolchain, iter_input_files([BENCH_DATA / "func"]), tus, Flavour.SIZE):
            spec = program.spec
            stem = Path(spec.source).stem
            c_file = PROGRAMS_C / f"{stem}.c"
            programs.append(
                SuiteProgram(
                    spec.name,
                    program.kind,
                    flavour.value,
                    spec.text,
                    package=Path(spec.source).parent.name,
                    group=program.group,
                    c_source=str(c_file) if program.kind == "tu" and c_file.is_file() else None,
                    tuned_ratio=tuned.get(spec.name),
                )
            )
    else:
        wanted = {p.stem for p in iter_input_files([BENCH_DATA / "func"])}
        for tu_path in tus:
            c_file = PROGRAMS_C / f"{tu_path.stem}.c"
            if not c_file.is_file():
                continue  # Csmith TUs ship as size-flavour IR only
            module = load_input(toolchain, c_file, flavour)
            tu = SuiteProgram(
                tu_path.stem, "tu", flavour.value, module.text, tu_path.parent.name, tu_path.stem, str(c_file)
            )
            programs.append(tu)
            for fn in _functions_of(toolchain, tu):
                stem = fn.name.replace(":", ".", 1)
                if stem in wanted:
                    programs.append(SuiteProgram(stem, "function", fn.flavour, fn.text, "func", source_group(stem)))
    return _finish(name, flavour, programs, "the project benchmark (benchmarks/data)", options)


def project_bench_func(toolchain: Toolchain, flavour: Flavour, data_dir: Path, **options: Any) -> Suite:
    """The project benchmark's per-function modules only."""
    return project_bench(toolchain, flavour, data_dir, name="project-bench-func-v1", **{**options, "level": "function"})


def project_bench_tu(toolchain: Toolchain, flavour: Flavour, data_dir: Path, **options: Any) -> Suite:
    """The project benchmark's whole TUs only."""
    return project_bench(toolchain, flavour, data_dir, name="project-bench-tu-v1", **{**options, "level": "tu"})


# -- a directory ---------------------------------------------------------------------------------------------------
def directory_suite(toolchain: Toolchain, flavour: Flavour, data_dir: Path, *, path: str, **options: Any) -> Suite:
    """C/C++/IR files under ``path``: each file a TU, plus its functions.

    Raises:
        ConfigError: the directory does not exist or holds no inputs.
        InputError: a file does not compile.
    """
    root = Path(path).expanduser()
    if not root.exists():
        raise ConfigError(f"suite dir:{path}: no such file or directory")
    files = iter_input_files([root])
    if not files:
        raise ConfigError(f"suite dir:{path} holds no C/C++ (.c, .cc, .cpp) or IR (.ll, .bc) files")
    programs: list[SuiteProgram] = []
    for file in files:
        rel = file.relative_to(root) if root.is_dir() else Path(file.name)
        package = rel.parts[0] if len(rel.parts) > 1 else root.name
        module = load_input(toolchain, file, flavour)
        is_c = file.suffix in C_SUFFIXES | CXX_SUFFIXES
        tu = SuiteProgram(
            str(rel.with_suffix("")), "tu", flavour.value, module.text, package, str(rel), str(file) if is_c else None
        )
        programs.append(tu)
        programs.extend(_functions_of(toolchain, tu))
    return _finish(f"dir:{path}", flavour, programs, f"the C/C++/IR files under {path}", options)


# -- corpus builds (Csmith, Debian) ------------------------------------------------------------------------------
def corpus_suite(
    name: str, sources: Sequence[Any], toolchain: Toolchain, flavour: Flavour, data_dir: Path, options: dict
) -> Suite:
    """Build ``sources`` with the corpus machinery into ``<data_dir>/eval-suites/<name>-<key>`` (resumable; every
    package in one split) and read its rows back as programs (module rows as TUs, function rows as functions).

    Raises:
        ConfigError / ToolError: from the corpus build (a missing package, no network for Debian).
    """
    from llmopt.data.assemble import AssembleOptions
    from llmopt.data.build import BuildOptions, build_corpus
    from llmopt.data.extract import ExtractOptions

    key = hashlib.sha256(json.dumps([s.describe() for s in sources], sort_keys=True).encode()).hexdigest()[:12]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_")[:80]  # a spec may hold a path: one directory level
    root = Path(data_dir) / "eval-suites" / f"{safe}-{key}"
    build_options = BuildOptions(
        name=name,
        jobs=int(options.get("jobs", 1)),
        extract=ExtractOptions(flavours=(flavour,)),
        assemble=AssembleOptions(split_fractions=(1.0, 0.0)),  # an evaluation suite is one split: all of it
        progress=False,
    )
    build_corpus(sources, root, toolchain, build_options)
    return corpus_rows_suite(name, root, flavour, options)


def corpus_rows_suite(name: str, root: Path, flavour: Flavour, options: dict) -> Suite:
    """The programs of an assembled corpus dataset (every split), e.g. a held-out build made earlier with
    ``llmopt data corpus --eval-suite``.

    Raises:
        ConfigError: ``root`` is not an assembled dataset, or it has no rows in ``flavour``.
    """
    from llmopt.data.assemble import load_corpus
    from llmopt.data.overlap import is_dataset

    if not is_dataset(root):
        raise ConfigError(f"{root} is not an assembled corpus dataset (made by `llmopt data corpus`)")
    import datasets

    datasets.disable_progress_bars()  # the CLI's stderr is for one-line errors and our own progress
    programs: list[SuiteProgram] = []
    for level, kind, split in [(lv, k, sp) for lv, k in LEVEL_KINDS for sp in ("train", "validation", "test")]:
        try:
            rows = load_corpus(root, flavour=flavour.value, level=level, split=split)
        except ConfigError:
            continue  # e.g. no function rows, an empty split
        for row in rows:
            label = f"{row['package']}/{row['path']}"
            program_name = label if kind == "tu" else f"{label}:{row['name'].rsplit(':', 1)[-1]}"
            programs.append(SuiteProgram(program_name, kind, flavour.value, row["ir"], row["package"], label))
    unique = {p.name: p for p in programs}  # a name seen twice (same unit in two rows) is one program
    return _finish(name, flavour, list(unique.values()), f"corpus build of {name}", options)


def compile_commands_suite(
    toolchain: Toolchain, flavour: Flavour, data_dir: Path, *, path: str, **options: Any
) -> Suite:
    """``compile-commands:PATH``: the translation units of a ``compile_commands.json`` (with their own flags),
    through the corpus build (``CompileCommandsSource``), TUs and their functions."""
    from llmopt.data.sources import CompileCommandsSource

    source = CompileCommandsSource(path, allow_heldout=True)
    return corpus_suite(f"compile-commands:{path}", [source], toolchain, flavour, data_dir, options)


def csmith_suite(toolchain: Toolchain, flavour: Flavour, data_dir: Path, **options: Any) -> Suite:
    """``count`` Csmith programs from seed ``seed`` (defaults 8 and 0), with ``--max-funcs 4`` unless
    ``csmith_args`` says otherwise (small programs: the point is many cheap ones)."""
    from llmopt.data.sources import CsmithSource

    count, seed = int(options.get("count", 8)), int(options.get("seed", 0))
    args = str(options.get("csmith_args", "--max-funcs 4")).split()
    source = CsmithSource(count, seed=seed, per_package=max(1, count), csmith_args=args)
    return corpus_suite("csmith-v1", [source], toolchain, flavour, data_dir, options)


def debian_suite(toolchain: Toolchain, flavour: Flavour, data_dir: Path, **options: Any) -> Suite:
    """Debian source packages named by ``packages`` (``a+b+c``)."""
    from llmopt.data.debian import DebianSource

    packages = [p for p in str(options.get("packages", "")).split("+") if p]
    if not packages:
        raise ConfigError("suite debian-v1 needs packages=NAME+NAME (Debian source package names)")
    name = str(options.pop("suite_name", "debian-v1"))
    max_units = int(options.get("max_units", 1000))
    source = DebianSource(packages, Path(data_dir) / "apt", allow_heldout=True, max_units=max_units)
    return corpus_suite(name, [source], toolchain, flavour, data_dir, options)


def debian_heldout_suite(toolchain: Toolchain, flavour: Flavour, data_dir: Path, **options: Any) -> Suite:
    """The held-out Debian packages (``data.heldout.HELDOUT_PACKAGES``, HELDOUT.md); ``corpus=PATH`` reads a build of
    them made earlier (``llmopt data corpus --debian ... --eval-suite``) instead of building again (its packages must
    be exactly the held-out ones)."""
    from llmopt.data.heldout import HELDOUT_PACKAGES

    if options.get("corpus"):
        root = Path(str(options["corpus"])).expanduser()
        from llmopt.data.assemble import dataset_dir, read_manifest

        if not is_dataset_dir(root):
            raise ConfigError(f"debian-heldout-v1: corpus={root} is not an assembled corpus dataset")
        manifest = read_manifest(dataset_dir(root))
        built = {p for split in manifest.get("packages", {}).values() for p in split}
        if built - set(HELDOUT_PACKAGES):
            raise ConfigError(
                f"debian-heldout-v1: corpus={root} holds other packages too: {sorted(built - set(HELDOUT_PACKAGES))}"
            )
        return corpus_rows_suite("debian-heldout-v1", root, flavour, options)

    packages = "+".join(sorted(HELDOUT_PACKAGES))
    return debian_suite(
        toolchain, flavour, data_dir, **{**options, "packages": packages, "suite_name": "debian-heldout-v1"}
    )


BUILTIN_SUITES: tuple[tuple[str, str], ...] = (
    ("project-bench-v1", "llmopt.eval.suite:project_bench"),
    ("project-bench-func-v1", "llmopt.eval.suite:project_bench_func"),
    ("project-bench-tu-v1", "llmopt.eval.suite:project_bench_tu"),
    ("csmith-v1", "llmopt.eval.suite:csmith_suite"),
    ("debian-v1", "llmopt.eval.suite:debian_suite"),
    ("debian-heldout-v1", "llmopt.eval.suite:debian_heldout_suite"),
    ("dir", "llmopt.eval.suite:directory_suite"),
    ("corpus", "llmopt.eval.suite:corpus_dataset_suite"),
    ("compile-commands", "llmopt.eval.suite:compile_commands_suite"),
)
for _name, _path in BUILTIN_SUITES:
    SUITES.register(_name, _path)
COMMON_OPTIONS = frozenset({"level", "limit", "sample"})
# The options each built-in takes beyond the common ones (a misspelt option is refused, not ignored).
SUITE_OPTIONS: dict[str, frozenset[str]] = {
    "project-bench-v1": frozenset(),
    "project-bench-func-v1": frozenset(),
    "project-bench-tu-v1": frozenset(),
    "csmith-v1": frozenset({"count", "seed", "csmith_args", "jobs"}),
    "debian-v1": frozenset({"packages", "max_units", "jobs"}),
    "debian-heldout-v1": frozenset({"max_units", "jobs", "corpus"}),
    "dir": frozenset({"path"}),
    "corpus": frozenset({"path"}),
    "compile-commands": frozenset({"path", "jobs"}),
}


def parse_suite_spec(spec: str) -> tuple[str, dict[str, Any]]:
    """``NAME[:key=value,...]`` → (name, options); ``dir:PATH`` → ("dir", {"path": PATH}).

    Raises:
        ConfigError: an option without ``=``.
    """
    name, _, rest = spec.partition(":")
    if name in ("dir", "corpus", "compile-commands"):
        path, _, opts = rest.partition(",")
        options: dict[str, Any] = {"path": path}
        rest = opts
    else:
        options = {}
    for part in filter(None, rest.split(",")):
        key, eq, value = part.partition("=")
        if not eq or not key:
            raise ConfigError(f"suite spec {spec!r}: option {part!r} is not key=value")
        options[key.strip()] = value.strip()
    return name, options


def build_suite(
    spec: str, toolchain: Toolchain, flavour: Flavour, data_dir: Path, extra: Mapping[str, Any] | None = None
) -> Suite:
    """The suite ``spec`` names, built in ``flavour`` (see the module docstring for the names).

    Raises:
        ConfigError: an unknown suite (the message lists the valid names), a bad option, a suite without programs.
        InputError / ToolError: a program does not compile, a corpus build failed.
    """
    name, options = parse_suite_spec(spec)
    options.update({k: v for k, v in (extra or {}).items() if v is not None})
    builder = SUITES.get(name)
    allowed = COMMON_OPTIONS | SUITE_OPTIONS.get(name, frozenset())
    unknown = sorted(set(options) - allowed) if name in SUITE_OPTIONS else []
    if unknown:
        raise ConfigError(f"suite {name!r} has no option(s) {unknown}; its options: {sorted(allowed)}")
    return builder(toolchain, flavour, Path(data_dir), **options)


def is_dataset_dir(path: Path) -> bool:
    from llmopt.data.overlap import is_dataset

    return is_dataset(path)


def corpus_dataset_suite(toolchain: Toolchain, flavour: Flavour, data_dir: Path, *, path: str, **options: Any) -> Suite:
    """``corpus:PATH``: every row of an assembled corpus dataset."""
    return corpus_rows_suite(f"corpus:{path}", Path(path).expanduser(), flavour, options)


def suite_names() -> list[str]:
    return SUITES.names()


__all__ = [
    "BUILTIN_SUITES",
    "SUITES",
    "Suite",
    "SuiteProgram",
    "build_suite",
    "corpus_suite",
    "parse_suite_spec",
    "suite_names",
]
