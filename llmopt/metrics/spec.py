"""``MeasurerSpec``: the picklable description from which a worker process builds its ``Measurer``.

Workers (process pool, Ray) never get live objects: a ``Measurer`` owns a persistent engine process and SQLite
connections that cannot cross a process boundary. They get a ``MeasurerSpec`` (toolchain bin dir and version, data dir,
measure path, timeout, cache switch) and call ``worker_measurer(spec)``: the one per-process cache of measurers, keyed
by the spec, so every task a process runs reuses one engine. The C++ engine binary is built once per data dir (its build
takes a file lock), so N workers share one build.

Not covered: shipping the data dir to remote Ray nodes; a multi-node cluster needs the same path on every node.
"""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from llmopt.toolchain import Toolchain

if TYPE_CHECKING:
    from llmopt.metrics.measurer import Measurer


@dataclass(frozen=True)
class MeasurerSpec:
    """How a worker builds its ``Measurer``.

    Attributes:
        bin_dir: LLVM bin directory; version: its version (recorded, and checked against the worker's discovery).
        data_dir: engine build and measurement cache (shared by all workers on one machine).
        measure_with: "auto", "engine" or "subprocess" (``Measurer``).
        timeout_s: limit of one measurement.
        use_cache: also use the data dir's measurement cache.
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
        data_dir: Path | str,
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
        """A new Measurer; code in workers calls ``worker_measurer`` instead, to reuse one per process."""
        from llmopt.metrics.measurer import Measurer

        return Measurer(
            self.toolchain(),
            measure_with=self.measure_with,
            data_dir=Path(self.data_dir),
            cache=self.use_cache,
            timeout_s=self.timeout_s,
        )


_WORKER_MEASURERS: dict[MeasurerSpec, Measurer] = {}


def worker_measurer(spec: MeasurerSpec) -> Measurer:
    """The Measurer of this process for ``spec`` (built on first use, closed when the process exits)."""
    measurer = _WORKER_MEASURERS.get(spec)
    if measurer is None:
        if not _WORKER_MEASURERS and multiprocessing.parent_process() is not None:
            # Pool workers leave through os._exit, which skips atexit; multiprocessing's finalizers still run.
            multiprocessing.util.Finalize(None, close_worker_measurers, exitpriority=10)
        measurer = spec.build()
        _WORKER_MEASURERS[spec] = measurer
    return measurer


def close_worker_measurers() -> None:
    """Stop the engines of this process (also run at exit; pool workers leave through ``os._exit`` after their
    finalizers, and the engine exits on stdin EOF or its parent-death signal either way)."""
    while _WORKER_MEASURERS:
        _spec, measurer = _WORKER_MEASURERS.popitem()
        measurer.close()


atexit.register(close_worker_measurers)

__all__ = ["MeasurerSpec", "close_worker_measurers", "worker_measurer"]
