"""Named, versioned corpus definitions: which packages (and how much Csmith) a corpus is built from, as data.

A corpus definition is a TOML file in this package (``real-v1.toml``): its Debian source packages with a category and
a one-line reason each, the per-package unit cap, the configure time limit and an optional Csmith portion. ``llmopt
data corpus DIR --corpus real-v1`` builds it by name, so the same list is rebuilt on any machine; a changed list is a
new file (``real-v2``), never an edit of a published one.

Limits: the recorded package versions are what bookworm had when the list was made; the build uses whatever version
the archive has then and records that one in every row's provenance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from llmopt.data.heldout import is_heldout
from llmopt.errors import ConfigError

CORPORA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class CorpusPackage:
    """One package of a corpus definition, with why it is there."""

    name: str
    category: str
    reason: str
    version: str = ""


@dataclass(frozen=True)
class CorpusSpec:
    """A parsed corpus definition.

    Attributes:
        name: the corpus's versioned name (the dataset name of its build).
        packages: Debian source packages in build order.
        suite: Debian suite.
        max_units: per-package unit cap (``DebianSource.max_units``).
        configure_timeout_s: time limit of a package's configure step.
        csmith_count, csmith_seed, csmith_args: the Csmith portion (0 programs: none).
    """

    name: str
    packages: tuple[CorpusPackage, ...]
    suite: str = "bookworm"
    max_units: int = 1000
    configure_timeout_s: float = 180.0
    csmith_count: int = 0
    csmith_seed: int = 0
    csmith_args: str = ""
    categories: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def package_names(self) -> list[str]:
        return [p.name for p in self.packages]


def available_corpora() -> list[str]:
    """Names of the corpus definitions shipped in this package."""
    return sorted(p.stem for p in CORPORA_DIR.glob("*.toml"))


def load_corpus_spec(name: str) -> CorpusSpec:
    """The corpus definition called ``name`` (a shipped name like ``real-v1``, or a path to a TOML file).

    Raises:
        ConfigError: unknown name (the message lists the shipped ones), a malformed file, a duplicate package, or a
            held-out package in the list.
    """
    path = Path(name) if name.endswith(".toml") else CORPORA_DIR / f"{name}.toml"
    if not path.is_file():
        raise ConfigError(f"unknown corpus {name!r}; shipped: {', '.join(available_corpora())} (or a .toml path)")
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text())
        packages = tuple(
            CorpusPackage(p["name"], p.get("category", "other"), p.get("reason", ""), p.get("version", ""))
            for p in data.get("package", [])
        )
        csmith = data.get("csmith", {})
        spec = CorpusSpec(
            name=str(data.get("name", path.stem)),
            packages=packages,
            suite=str(data.get("suite", "bookworm")),
            max_units=int(data.get("max_units", 1000)),
            configure_timeout_s=float(data.get("configure_timeout_s", 180.0)),
            csmith_count=int(csmith.get("count", 0)),
            csmith_seed=int(csmith.get("seed", 0)),
            csmith_args=str(csmith.get("args", "")),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as e:
        raise ConfigError(f"corpus definition {path} is malformed: {e}") from e
    names = spec.package_names
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"corpus definition {path} lists packages twice: {', '.join(duplicates)}")
    heldout = [n for n in names if is_heldout(n)]
    if heldout:
        raise ConfigError(f"corpus definition {path} lists held-out packages (HELDOUT.md): {', '.join(heldout)}")
    counts: dict[str, int] = {}
    for p in packages:
        counts[p.category] = counts.get(p.category, 0) + 1
    object.__setattr__(spec, "categories", counts)
    return spec
