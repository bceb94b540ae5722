"""What autotuning workers receive about a program: ``ProgramSpec``, a plain, picklable description (IR by value).

How a worker builds its ``Measurer`` is ``llmopt.metrics.MeasurerSpec`` (re-exported here for old imports), with the
one per-process measurer cache ``llmopt.metrics.worker_measurer``.
"""

from __future__ import annotations

from dataclasses import dataclass

from llmopt.metrics.spec import MeasurerSpec
from llmopt.toolchain import Flavour, IRModule


@dataclass(frozen=True)
class ProgramSpec:
    """One program to tune, as text (IR travels by value so workers need no shared file system for inputs).

    Attributes:
        name: display name (file stem, ``file:function`` for split modules).
        text: unoptimized IR.
        flavour: the IR flavour ("size" or "paper"), or None when unknown (codegen is then guessed from the IR).
        source: where it came from (a path), for the report.
        clang_baseline: also measure the real ``clang -Oz -c`` object of ``source`` (whole C/C++ files in the size
            flavour; not for per-function splits, whose object would not correspond).
    """

    name: str
    text: str
    flavour: str | None = None
    source: str = ""
    clang_baseline: bool = False

    @classmethod
    def from_module(cls, module: IRModule, source: str = "", clang_baseline: bool = False) -> ProgramSpec:
        return cls(
            name=module.name,
            text=module.text,
            flavour=module.flavour.value if module.flavour else None,
            source=source or module.provenance.get("source", ""),
            clang_baseline=clang_baseline,
        )

    def to_module(self) -> IRModule:
        return IRModule(
            text=self.text,
            name=self.name,
            flavour=Flavour(self.flavour) if self.flavour else None,
            provenance={"source": self.source} if self.source else {},
        )


__all__ = ["MeasurerSpec", "ProgramSpec"]
