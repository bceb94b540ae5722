"""``PassList``: a validated sequence of catalog passes that converts exactly to and from opt's ``-passes=`` text.

Accepted input: the new pass manager's pipeline text (``module(default<Oz>),function(instcombine,loop-mssa(licm))``)
and the plain comma form (``instcombine,licm,globaldce``) that opt itself only accepts when every pass has the same
level. Internally a pass list is a flat sequence; ``to_pipeline`` re-nests it as opt needs: consecutive function and
loop passes share one ``function(...)``; inside it, consecutive loop passes that keep MemorySSA up to date share one
``loop-mssa(...)`` (LICM requires it) and the other loop passes one ``loop(...)``, the split LLVM's own default
pipelines use (a pass that does not preserve MemorySSA under ``loop-mssa`` aborts opt as soon as it changes
something, e.g. ``loop-unroll-full``); CGSCC passes share one ``cgscc(...)``. So ``parse(pl.to_pipeline()) == pl``
for every pass list, and the text is what opt runs.

A bare pass name gets the catalog's default parameters (``instcombine`` becomes ``instcombine<no-verify-fixpoint>``,
whose optimization is identical but which does not abort opt on its fixpoint self-check).

Not supported: ``repeat<N>(...)``, ``devirt<N>(...)`` and ``function<eager-inv>(...)`` adaptors (rejected with a
message), and passes outside the catalog (rejected with the closest names, or the reason they are excluded).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from llmopt.errors import PassListError
from llmopt.passes.catalog import MEMORY_SSA_LOOP_PASSES, PassCatalog, PassKind

_ADAPTORS = {"module", "cgscc", "function", "loop", "loop-mssa"}
_UNSUPPORTED_ADAPTORS = {"repeat", "devirt"}


@dataclass(frozen=True)
class Pass:
    """One pass as written in a pipeline: its text (with parameters) and level."""

    text: str
    kind: PassKind

    @property
    def name(self) -> str:
        return self.text.split("<", 1)[0] if not self.text.startswith("default<") else self.text


@dataclass(frozen=True)
class _Node:
    text: str  # name with parameters, e.g. "loop-unroll<O3>"
    children: tuple[_Node, ...] | None  # None for a leaf


def _split_top(text: str, start: int = 0) -> tuple[list[_Node], int]:
    """Parse comma-separated elements until an unmatched ')' or the end; returns the nodes and the stop index."""
    nodes: list[_Node] = []
    i = start
    n = len(text)
    while True:
        j = i
        angle = 0
        while j < n:
            ch = text[j]
            if ch == "<":
                angle += 1
            elif ch == ">":
                angle -= 1
                if angle < 0:
                    raise PassListError(f"unbalanced '>' at position {j} in {text!r}")
            elif angle == 0 and ch in ",()":
                break
            j += 1
        if angle:
            raise PassListError(f"unbalanced '<' in {text!r}")
        name = text[i:j].strip()
        children = None
        if j < n and text[j] == "(":
            children_list, k = _split_top(text, j + 1)
            if k >= n or text[k] != ")":
                raise PassListError(f"missing ')' for {name!r} in {text!r}")
            children = tuple(children_list)
            j = k + 1
            while j < n and text[j] == " ":
                j += 1
        if not name:
            if j < n and text[j] == ")" and not nodes and children is None:
                return nodes, j  # empty adaptor: function()
            raise PassListError(f"empty pass name at position {i} in {text!r}")
        nodes.append(_Node(name, children))
        if j >= n or text[j] == ")":
            return nodes, j
        if text[j] != ",":
            raise PassListError(f"expected ',' or ')' at position {j} in {text!r}, found {text[j]!r}")
        i = j + 1


class PassList(Sequence[Pass]):
    """An immutable, validated list of passes. Equality and hashing are by the flat sequence of pass texts."""

    __slots__ = ("_passes",)

    def __init__(self, passes: Iterable[Pass] = ()) -> None:
        self._passes: tuple[Pass, ...] = tuple(passes)

    # -- construction --------------------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, catalog: PassCatalog | None = None) -> PassList:
        """Read pipeline text in either the nested or the plain comma form.

        Args:
            text: e.g. ``"module(default<Oz>),function(instcombine,loop-mssa(licm))"`` or ``"mem2reg,licm"``;
                surrounding quotes and a leading ``-passes=`` are tolerated; empty text is the empty list.
            catalog: the catalog to validate against (default: the installed LLVM's, ``default_catalog()``).

        Raises:
            PassListError: malformed text, unsupported adaptor, or a name that is not in the catalog (the message
                suggests the closest catalog names, or gives the reason an excluded pass is excluded).
        """
        catalog = catalog or default_catalog()
        cleaned = text.strip()
        for prefix in ("-passes=", "--passes=", "-p ", "-p="):
            if cleaned.startswith(prefix):
                cleaned = cleaned[len(prefix) :].strip()
        cleaned = cleaned.strip("'\"").strip()
        if not cleaned:
            return cls()
        nodes, stop = _split_top(cleaned)
        if stop != len(cleaned):
            raise PassListError(f"unexpected ')' at position {stop} in {text!r}")
        return cls(_flatten(nodes, catalog))

    @classmethod
    def from_names(cls, names: Iterable[str], catalog: PassCatalog | None = None) -> PassList:
        """Build from individual pass texts (``["instcombine", "loop-unroll<O3>"]``).

        Raises:
            PassListError: a name is not in the catalog.
        """
        catalog = catalog or default_catalog()
        return cls(_leaf(name.strip(), catalog) for name in names)

    # -- rendering -----------------------------------------------------------------------------------------------
    def to_pipeline(self) -> str:
        """The nested pipeline text opt runs, canonical: ``parse(pl.to_pipeline()) == pl``."""
        out: list[str] = []
        i = 0
        passes = self._passes
        while i < len(passes):
            kind = passes[i].kind
            if kind is PassKind.MODULE:
                out.append(passes[i].text)
                i += 1
            elif kind is PassKind.CGSCC:
                j = i
                while j < len(passes) and passes[j].kind is PassKind.CGSCC:
                    j += 1
                out.append("cgscc(" + ",".join(p.text for p in passes[i:j]) + ")")
                i = j
            else:
                j = i
                inner: list[str] = []
                while j < len(passes) and passes[j].kind in (PassKind.FUNCTION, PassKind.LOOP):
                    if passes[j].kind is PassKind.LOOP:
                        uses_mssa = passes[j].name in MEMORY_SSA_LOOP_PASSES
                        k = j
                        while (
                            k < len(passes)
                            and passes[k].kind is PassKind.LOOP
                            and (passes[k].name in MEMORY_SSA_LOOP_PASSES) == uses_mssa
                        ):
                            k += 1
                        adaptor = "loop-mssa" if uses_mssa else "loop"
                        inner.append(f"{adaptor}(" + ",".join(p.text for p in passes[j:k]) + ")")
                        j = k
                    else:
                        inner.append(passes[j].text)
                        j += 1
                out.append("function(" + ",".join(inner) + ")")
                i = j
        return ",".join(out)

    def to_plain(self) -> str:
        """The flat comma form (``a,b,c``), as the papers print pass lists; parse() reads it back."""
        return ",".join(p.text for p in self._passes)

    @property
    def names(self) -> tuple[str, ...]:
        """Pass texts in order (with parameters)."""
        return tuple(p.text for p in self._passes)

    # -- sequence protocol ---------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._passes)

    @overload
    def __getitem__(self, index: int) -> Pass: ...
    @overload
    def __getitem__(self, index: slice) -> PassList: ...
    def __getitem__(self, index: int | slice) -> Pass | PassList:
        if isinstance(index, slice):
            return PassList(self._passes[index])
        return self._passes[index]

    def __iter__(self) -> Iterator[Pass]:
        return iter(self._passes)

    def __add__(self, other: PassList) -> PassList:
        return PassList(self._passes + tuple(other))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PassList) and self.names == other.names

    def __hash__(self) -> int:
        return hash(self.names)

    def __str__(self) -> str:
        return self.to_pipeline()

    def __repr__(self) -> str:
        return f"PassList({self.to_pipeline()!r})"

    def insert(self, index: int, item: Pass) -> PassList:
        passes = list(self._passes)
        passes.insert(index, item)
        return PassList(passes)


def _flatten(nodes: Sequence[_Node], catalog: PassCatalog) -> list[Pass]:
    out: list[Pass] = []
    for node in nodes:
        if node.children is None:
            if node.text in _ADAPTORS:
                raise PassListError(
                    f"{node.text!r} is an adaptor and needs passes in parentheses, e.g. {node.text}(...)"
                )
            out.append(_leaf(node.text, catalog))
            continue
        base = node.text.split("<", 1)[0]
        if node.text in _ADAPTORS:
            out.extend(_flatten(node.children, catalog))
        elif base in _UNSUPPORTED_ADAPTORS or base in _ADAPTORS:
            raise PassListError(f"the {node.text!r} adaptor is not supported; write the passes out instead")
        else:
            raise PassListError(f"{node.text!r} is not an adaptor and cannot take '(...)'")
    return out


def _leaf(text: str, catalog: PassCatalog) -> Pass:
    if not text:
        raise PassListError("empty pass name")
    if text.startswith("default<"):
        info = catalog.lookup(text)
        if info is None:
            raise PassListError(f"unknown pipeline {text!r}; use one of default<O0|O1|O2|O3|Os|Oz>")
        return Pass(text, info.kind)
    base, sep, _params = text.partition("<")
    if sep and not text.endswith(">"):
        raise PassListError(f"malformed parameters in {text!r}")
    info = catalog.lookup(base)
    if info is None:
        reason = catalog.excluded.get(base)
        if reason is not None:
            raise PassListError(f"pass {base!r} is not allowed: {reason}")
        close = difflib.get_close_matches(base, catalog.all_names(), n=3, cutoff=0.6)
        hint = (
            f"; did you mean {' or '.join(repr(c) for c in close)}?"
            if close
            else "; see `llmopt passes` for the catalog"
        )
        raise PassListError(f"unknown pass {base!r}{hint}")
    return Pass(text if sep else info.text, info.kind)


def default_catalog() -> PassCatalog:
    """The catalog of the installed LLVM (the one ``Settings.load()`` finds), used when no catalog is passed.

    Always the installed toolchain's, never a stored catalog of another LLVM version: a list validated against
    LLVM 19's names can be rejected by LLVM 20's opt (and the other way round).

    Raises:
        ToolchainNotFoundError: no usable LLVM is installed (then no pass list could be applied either).
    """
    global _DEFAULT
    if _DEFAULT is None:
        from llmopt.settings import Settings
        from llmopt.toolchain import Toolchain

        settings = Settings.load()
        _DEFAULT = PassCatalog.for_toolchain(Toolchain.discover(settings.llvm_bin), settings.data_dir)
    return _DEFAULT


_DEFAULT: PassCatalog | None = None
