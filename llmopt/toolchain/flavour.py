"""What kind of unoptimized IR a module is (``Flavour``) and how its object file is made (``CodegenConfig``).

Both are declared here, once, and travel as these types through every library signature; only rows and JSON hold
their values (``Flavour.value``, ``CodegenConfig.to_json()``). The flavour decides the codegen: the object a user of
that flavour actually ships (see ``CodegenConfig``).

Two flavours of unoptimized IR exist because they answer different questions:

* ``paper``: ``clang -O0 -Xclang -disable-O0-optnone``, the setup of the seed papers and the input Meta's LLM Compiler
  models were trained on. Every function stays ``noinline`` and lacks ``minsize optsize``, so ``default<Oz>`` on it is
  ~20 % larger than real ``clang -Oz``: gains "over -Oz" in this flavour are partly gains over that handicap.
* ``size`` (the default): ``clang -Oz -Xclang -disable-llvm-passes``, IR before any optimization that keeps the size
  attributes, so ``default<Oz>`` plus ``size`` codegen reproduces ``clang -Oz -c`` exactly (tested).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from llmopt.errors import InputError

RELOCATION_MODELS = ("pic", "static")


class Flavour(str, Enum):
    """How unoptimized IR is produced from source (see the module docstring)."""

    PAPER = "paper"
    SIZE = "size"

    @property
    def clang_flags(self) -> tuple[str, ...]:
        if self is Flavour.PAPER:
            # -disable-O0-optnone: keep functions optimizable, as the LLM Compiler papers do.
            return ("-O0", "-Xclang", "-disable-O0-optnone")
        # -disable-llvm-passes: stop after IR generation but keep the -Oz function attributes (minsize optsize)
        # and -Oz's frontend decisions, so opt default<Oz> on it reproduces clang -Oz.
        return ("-Oz", "-Xclang", "-disable-llvm-passes")

    @classmethod
    def parse(cls, value: str | Flavour) -> Flavour:
        """The flavour named ``value`` (rows and JSON hold the value). Raises: InputError for an unknown name."""
        try:
            return cls(value)
        except ValueError:
            raise InputError(f"unknown IR flavour {value!r}; use one of: {', '.join(f.value for f in cls)}") from None


DEFAULT_FLAVOUR = Flavour.SIZE  # the CLI's default too: library and command line must agree


def guess_flavour(ir_text: str) -> Flavour:
    """The flavour IR of unknown origin most likely has: ``size`` IR carries ``minsize``; ``paper`` (-O0) IR marks
    every function ``noinline`` without it. Only for IR nobody named a flavour for (rows without one, library callers
    that pass none); a flavour the user gave always wins."""
    attribute_lines = [ln for ln in ir_text.splitlines() if ln.startswith("attributes #")]
    if any(" minsize" in ln for ln in attribute_lines):
        return Flavour.SIZE
    if any("noinline" in ln for ln in attribute_lines):
        return Flavour.PAPER
    return Flavour.SIZE


_LABEL_RE = re.compile(r"^llc -O([0-3]) -relocation-model=(\w+)$")


@dataclass(frozen=True)
class CodegenConfig:
    """How the object file is made from optimized IR; always recorded with the numbers (as data, ``to_json``).

    ``paper``: ``-O0``, what ``clang -c`` does on the optimized bitcode (the LLM Compiler setup).
    ``size``: ``-O2``, what ``clang -Oz`` uses for codegen (the size attributes on functions do the rest).
    Both use the PIC relocation model, as Debian's clang does by default (PIE); with llc's static default the
    object would be smaller than the one users actually get. ``static`` is accepted for experiments.
    """

    opt_level: int = 2
    relocation_model: str = "pic"

    def __post_init__(self) -> None:
        if self.opt_level not in (0, 1, 2, 3):
            raise ValueError(f"codegen opt_level must be 0-3, got {self.opt_level}")
        if self.relocation_model not in RELOCATION_MODELS:
            raise ValueError(
                f"relocation model {self.relocation_model!r} is not supported; "
                f"use one of {', '.join(RELOCATION_MODELS)}"
            )

    @classmethod
    def for_flavour(cls, flavour: Flavour | str) -> CodegenConfig:
        """The codegen of the objects a user of ``flavour`` ships (see the class docstring)."""
        return cls(opt_level=0) if Flavour.parse(flavour) is Flavour.PAPER else cls(opt_level=2)

    @property
    def label(self) -> str:
        """Human-readable and cache-key form: ``llc -O2 -relocation-model=pic``."""
        return f"llc -O{self.opt_level} -relocation-model={self.relocation_model}"

    @property
    def llc_args(self) -> tuple[str, ...]:
        """The llc options of this config (no ``-filetype``: ``Toolchain.lower`` adds it)."""
        return (f"-O{self.opt_level}", f"-relocation-model={self.relocation_model}")

    def to_json(self) -> dict[str, Any]:
        return {"opt_level": self.opt_level, "relocation_model": self.relocation_model}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str) -> CodegenConfig:
        """Read ``to_json`` output; a label string (rows written before codegen was stored as data) is read too.

        Raises:
            ValueError: neither a config object nor a known label.
        """
        if isinstance(data, str):
            match = _LABEL_RE.match(data.strip())
            if match is None:
                raise ValueError(f"not a codegen label: {data!r}")
            return cls(opt_level=int(match.group(1)), relocation_model=match.group(2))
        return cls(opt_level=int(data["opt_level"]), relocation_model=str(data.get("relocation_model", "pic")))


__all__ = ["DEFAULT_FLAVOUR", "RELOCATION_MODELS", "CodegenConfig", "Flavour", "guess_flavour"]
