"""What workers receive: plain, picklable descriptions of programs and of how to build a ``Measurer``.

Workers (process pool, Ray) never get live objects: a ``Measurer`` owns a persistent engine process and SQLite
connections that cannot cross a process boundary. They get a ``MeasurerSpec`` (toolchain bin dir and version, data dir,
backend, timeout, cache switch) and build one ``Measurer`` per process from it, reused for every task that process
runs. The C++ engine binary is built once per data dir (its build takes a file lock), so N workers share one build.

Not covered: shipping the data dir to remote Ray nodes; a multi-node cluster needs the same path on every node.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from llmopt.toolchain import Flavour, IRModule, Toolchain

if TYPE_CHECKING:
    from llmopt.metrics import Measurer


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


@dataclass(frozen=True)
class MeasurerSpec:
    """How a worker builds its ``Measurer``.

    Attributes:
        bin_dir: LLVM bin directory; version: its version (recorded, and checked against the worker's discovery).
        data_dir: engine build and measurement cache (shared by all workers on one machine).
        measure_with: "auto", "engine" or "subprocess" (``Measurer``).
        timeout_s: limit of one measurement.
        use_cache: also use the data dir's measurement cache (the autotune store is the resume log either way).
    """

    bin_dir: str
    version: str
    data_dir: str
    measure_with: str = "auto"
    timeout_s: float = 120.0
    use_cache: bool = True

    @classmethod
    def for_toolchain(
        cls,
        toolchain: Toolchain,
        data_dir: Path,
        measure_with: str = "auto",
        timeout_s: float = 120.0,
        use_cache: bool = True,
    ) -> MeasurerSpec:
        return cls(
            bin_dir=str(toolchain.bin_dir),
            version=toolchain.version,
            data_dir=str(data_dir),
            measure_with=measure_with,
            timeout_s=timeout_s,
            use_cache=use_cache,
        )

    def toolchain(self) -> Toolchain:
        return Toolchain(bin_dir=Path(self.bin_dir), version=self.version)

    def build(self) -> Measurer:
        """A new Measurer; callers in workers use ``worker_measurer`` instead to reuse one per process."""
        from llmopt.metrics import Measurer

        return Measurer(
            self.toolchain(),
            measure_with=self.measure_with,
            data_dir=Path(self.data_dir),  # type: ignore[arg-type]
            cache=self.use_cache,
            timeout_s=self.timeout_s,
        )


_WORKER_MEASURERS: dict[MeasurerSpec, Measurer] = {}


def worker_measurer(spec: MeasurerSpec) -> Measurer:
    """The Measurer of this process for ``spec`` (built on first use, closed when the process exits)."""
    measurer = _WORKER_MEASURERS.get(spec)
    if measurer is None:
        measurer = spec.build()
        _WORKER_MEASURERS[spec] = measurer
    return measurer


def close_worker_measurers() -> None:
    """Stop the engines of this process (also run at exit)."""
    while _WORKER_MEASURERS:
        _spec, measurer = _WORKER_MEASURERS.popitem()
        measurer.close()


atexit.register(close_worker_measurers)
