"""Packages reserved for evaluation: every corpus source refuses them unless an evaluation suite is being built.

Benchmarks are only honest when the model never saw the programs, so training, validation and tuning corpora must not
contain code from these Debian (bookworm) source packages, nor copies of it vendored into other projects. The list is
the project's ``HELDOUT.md``; it is data, kept in this module so that a checkout without the shared notes still
refuses the same packages.

Limits: vendored copies are caught by path (a directory named after the library, e.g. ``zlib/`` inside another
package) and, for copies under other names, by normalized function hash: build the held-out packages as an evaluation
suite (``allow_heldout=True``) and assemble the training corpus with ``AssembleOptions.exclude_datasets`` (CLI
``--exclude-hashes-of``), which drops every matching function and the units holding one; ``llmopt data overlap``
measures what remains. Further held-out suites exist that this module
deliberately does not know.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from llmopt.errors import ConfigError

HELDOUT_PACKAGES: frozenset[str] = frozenset(
    {
        "bzip2",
        "zlib",
        "lua5.4",
        "lz4",
        "libzstd",
        "xxhash",
        "brotli",
        "libyaml",
        "pcre2",
        "giflib",
        "libpng1.6",
        "expat",
        "jq",
    }
)

# Directory names under which other projects commonly vendor the held-out libraries (HELDOUT.md names zlib, lua, pcre,
# expat, xxhash, lz4 and zstd; the rest follow the same rule). Matched against path components, case-insensitively.
_VENDORED_DIR_RE = re.compile(
    r"^(zlib|libz|minizip|lua(\d[\d.]*)?|pcre2?|expat|libexpat|xxhash|lz4|zstd|libzstd|bzip2|brotli|libyaml|yaml|giflib|"
    r"libpng|png|jq)([-_.]?\d[\w.]*)?$",
    re.IGNORECASE,
)


def check_not_heldout(package: str, *, allow_heldout: bool, where: str) -> None:
    """Refuse a held-out package unless the caller builds an evaluation suite.

    Args:
        package: a Debian source package name (or a directory/package label of another source).
        allow_heldout: True only when building an evaluation suite (``--eval-suite``).
        where: what asked for it, for the message (e.g. "debian source").

    Raises:
        ConfigError: the package is held out and ``allow_heldout`` is False.
    """
    if not allow_heldout and is_heldout(package):
        raise ConfigError(
            f"{where}: package {package!r} is held out for evaluation (see HELDOUT.md); training, validation and "
            "tuning corpora must not contain it. Remove it, or pass allow_heldout=True / --eval-suite when building "
            "an evaluation suite."
        )


def is_heldout(package: str) -> bool:
    """Whether a package name is on the held-out list (exact Debian source name, case-insensitive)."""
    return package.strip().lower() in HELDOUT_PACKAGES


def vendored_heldout_component(path: str | PurePath) -> str | None:
    """The path component that marks a vendored copy of a held-out library, or None.

    >>> vendored_heldout_component("src/third_party/zlib-1.2.13/inflate.c")
    'zlib-1.2.13'
    >>> vendored_heldout_component("src/zipfile.c") is None
    True
    """
    for part in PurePath(path).parts[:-1]:
        if _VENDORED_DIR_RE.match(part):
            return part
    return None
