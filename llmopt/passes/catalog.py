"""The catalog of searchable transform passes of one LLVM version.

Generated from ``opt --print-passes`` (module, CGSCC, function, loop-nest and loop passes, with and without
parameters) minus the exclusions in ``data/exclusions.toml`` (analyses, printers, instrumentation, passes that do not
preserve semantics; each with its reason), plus the standard pipelines ``default<O0..O3,Os,Oz>``. Every entry is
probed once with ``opt`` at generation time so the catalog never lists a name that opt rejects on its own.

The generated catalog is stored as ``data/catalog-llvm-<major>.json`` by ``scripts/generate_pass_catalog.py``; for an
LLVM major with no stored file it is generated on first use and kept in the data directory.

Not covered: pass *parameters* are not searched (each pass appears once, with its default or the override in
``exclusions.toml``); users may still write any parameters opt accepts in a ``PassList``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

import tomllib

from llmopt.errors import ToolError
from llmopt.toolchain import Toolchain, write_atomic

DATA_DIR = Path(__file__).resolve().parent / "data"
EXCLUSIONS_PATH = DATA_DIR / "exclusions.toml"
# Loop passes that require (licm, lnicm) or keep up to date MemorySSA: they run under loop-mssa(...), as in LLVM's
# default pipelines; every other loop pass runs under loop(...), where nothing checks MemorySSA preservation.
MEMORY_SSA_LOOP_PASSES = frozenset(
    {"licm", "lnicm", "loop-instsimplify", "loop-simplifycfg", "loop-rotate", "simple-loop-unswitch"}
)
DEFAULT_PIPELINES = ("default<O0>", "default<O1>", "default<O2>", "default<O3>", "default<Os>", "default<Oz>")

# A tiny module with a loop, a call and memory: enough for every listed pass to run when probed.
_PROBE_IR = """
define internal i32 @callee(i32 %x) {
  %y = mul i32 %x, 3
  ret i32 %y
}
define i32 @f(ptr %p, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %g = getelementptr inbounds i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %c = call i32 @callee(i32 %v)
  %s1 = add i32 %s, %c
  %i1 = add nuw nsw i32 %i, 1
  %done = icmp eq i32 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %s1
}
"""


class PassKind(str, Enum):
    """Which pass manager level a pass runs at; decides how ``PassList`` nests it."""

    MODULE = "module"
    CGSCC = "cgscc"
    FUNCTION = "function"
    LOOP = "loop"  # loop and loop-nest passes; both run inside loop-mssa(...)


_SECTIONS = {
    "Module passes:": PassKind.MODULE,
    "Module passes with params:": PassKind.MODULE,
    "CGSCC passes:": PassKind.CGSCC,
    "CGSCC passes with params:": PassKind.CGSCC,
    "Function passes:": PassKind.FUNCTION,
    "Function passes with params:": PassKind.FUNCTION,
    "LoopNest passes:": PassKind.LOOP,
    "Loop passes:": PassKind.LOOP,
    "Loop passes with params:": PassKind.LOOP,
}


@dataclass(frozen=True)
class PassInfo:
    """One searchable pass.

    Attributes:
        name: base name (``loop-unroll``).
        kind: pass manager level.
        text: how the search writes it (``loop-unroll``, or with default parameters
            ``instcombine<no-verify-fixpoint>``).
        params: the parameter syntax opt documents (``O0;O1;...``), empty if none.
    """

    name: str
    kind: PassKind
    text: str
    params: str = ""


@dataclass(frozen=True)
class PassCatalog:
    """Searchable passes of one LLVM version, and the excluded ones with their reasons."""

    llvm_version: str
    passes: tuple[PassInfo, ...]
    excluded: dict[str, str] = field(default_factory=dict)  # base name -> reason

    @property
    def names(self) -> tuple[str, ...]:
        """Search texts of all passes, in catalog order (the random searcher's alphabet)."""
        return tuple(p.text for p in self.passes)

    def lookup(self, base_name: str) -> PassInfo | None:
        return self._by_name.get(base_name)

    @property
    def _by_name(self) -> dict[str, PassInfo]:
        cached = self.__dict__.get("_by_name_cache")
        if cached is None:
            cached = {p.name: p for p in self.passes}
            for text in DEFAULT_PIPELINES:
                cached.setdefault(text, PassInfo(name=text, kind=PassKind.MODULE, text=text))
            object.__setattr__(self, "_by_name_cache", cached)
        return cached

    def all_names(self) -> list[str]:
        """Every name ``PassList.parse`` accepts (base names and default pipelines), for suggestions."""
        return list(self._by_name)

    def to_json(self) -> dict[str, Any]:
        return {
            "llvm_version": self.llvm_version,
            "passes": [{"name": p.name, "kind": p.kind.value, "text": p.text, "params": p.params} for p in self.passes],
            "excluded": dict(sorted(self.excluded.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PassCatalog:
        passes = tuple(PassInfo(p["name"], PassKind(p["kind"]), p["text"], p.get("params", "")) for p in data["passes"])
        return cls(llvm_version=data["llvm_version"], passes=passes, excluded=dict(data.get("excluded", {})))

    @classmethod
    def for_toolchain(cls, toolchain: Toolchain, data_dir: Path | None = None) -> PassCatalog:
        """The catalog of this LLVM: the stored one for its major version, else generated (and cached in data_dir).

        Raises:
            ToolError: the catalog had to be generated and opt failed to list its passes.
        """
        return _catalog_for(toolchain, data_dir)


@lru_cache(maxsize=8)
def _catalog_for(toolchain: Toolchain, data_dir: Path | None) -> PassCatalog:
    stored = DATA_DIR / f"catalog-llvm-{toolchain.major}.json"
    if stored.is_file():
        return PassCatalog.from_json(json.loads(stored.read_text()))
    if data_dir is not None:
        cached = Path(data_dir) / "catalogs" / f"catalog-{toolchain.identity}.json"
        if cached.is_file():
            return PassCatalog.from_json(json.loads(cached.read_text()))
    catalog = generate_catalog(toolchain)
    if data_dir is not None:
        write_atomic(Path(data_dir) / "catalogs" / f"catalog-{toolchain.identity}.json", json.dumps(catalog.to_json()))
    return catalog


def load_exclusions(path: Path = EXCLUSIONS_PATH) -> tuple[list[tuple[str, str]], dict[str, str], dict[str, str]]:
    """(prefix rules, exact-name rules, default-parameter overrides) from the exclusions data file."""
    data = tomllib.loads(path.read_text())
    prefixes = [(r["prefix"], r["reason"]) for r in data.get("prefixes", [])]
    exact = {name: r["reason"] for r in data.get("passes", []) for name in r["names"]}
    return prefixes, exact, dict(data.get("defaults", {}))


def parse_print_passes(output: str) -> list[tuple[str, PassKind, str]]:
    """(base name, kind, parameter syntax) for each pass in ``opt --print-passes`` output.

    Analyses and machine passes are skipped by section. Raises ``ToolError`` when no known section is present, so a
    format change in a future LLVM fails loudly instead of yielding an empty catalog.
    """
    entries: list[tuple[str, PassKind, str]] = []
    kind: PassKind | None = None
    seen_section = False
    for line in output.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            kind = _SECTIONS.get(line.strip())
            seen_section = seen_section or kind is not None
            continue
        if kind is None:
            continue
        item = line.strip()
        name, _, params = item.partition("<")
        entries.append((name, kind, params[:-1] if params.endswith(">") else params))
    if not seen_section:
        raise ToolError(f"unrecognised `opt --print-passes` output (no pass sections): {output[:300]!r}")
    return entries


def exclusion_reason(name: str, prefixes: Iterable[tuple[str, str]], exact: dict[str, str]) -> str | None:
    if name in exact:
        return exact[name]
    for prefix, reason in prefixes:
        if name.startswith(prefix):
            return reason
    return None


def _probe(toolchain: Toolchain, kind: PassKind, text: str) -> bool:
    wrapped = {
        PassKind.MODULE: text,
        PassKind.CGSCC: f"cgscc({text})",
        PassKind.FUNCTION: f"function({text})",
        PassKind.LOOP: f"function(loop-mssa({text}))"
        if text.split("<")[0] in MEMORY_SSA_LOOP_PASSES
        else f"function(loop({text}))",
    }[kind]
    run = toolchain.optimize_ir(_PROBE_IR, wrapped, emit="none", timeout_s=60)
    return run.ok


def generate_catalog(toolchain: Toolchain) -> PassCatalog:
    """Build the catalog from the installed opt (about one opt call per candidate pass).

    Raises:
        ToolError: ``opt --print-passes`` failed or printed an unknown format.
    """
    run = toolchain.run("opt", ["--print-passes"], timeout_s=60)
    if not run.ok:
        raise ToolError(f"`opt --print-passes` failed: {run.describe()}", run.stderr_tail)
    prefixes, exact, defaults = load_exclusions()
    passes: list[PassInfo] = []
    excluded: dict[str, str] = {}
    seen: set[str] = set()
    for name, kind, params in parse_print_passes(run.stdout_text):
        if name in seen:  # listed in two sections (e.g. with and without params): keep the first
            continue
        seen.add(name)
        reason = exclusion_reason(name, prefixes, exact)
        if reason is not None:
            excluded[name] = reason
            continue
        text = defaults.get(name, name)
        if not _probe(toolchain, kind, text):
            first_option = params.split(";")[0] if params else ""
            if first_option and "=" not in first_option and _probe(toolchain, kind, f"{name}<{first_option}>"):
                text = f"{name}<{first_option}>"
            else:
                excluded[name] = "rejected by opt when run with default parameters on a probe module"
                continue
        passes.append(PassInfo(name=name, kind=kind, text=text, params=params))
    for text in DEFAULT_PIPELINES:
        passes.append(PassInfo(name=text, kind=PassKind.MODULE, text=text))
    return PassCatalog(llvm_version=toolchain.version, passes=tuple(passes), excluded=excluded)
