"""Helpers shared by ``llmopt autotune run`` and ``llmopt autotune label``: the acceptance checks they build from
flags, and the progress line fed by polling the results store."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any


def make_acceptance(
    toolchain: Any,
    data_dir: Path,
    flavour: Any,
    gate_flavour: Any,
    no_gate: bool,
    no_guard: bool,
    csmith: int,
    *,
    translation: bool = True,
    guard_timeout_s: float = 10.0,
) -> Any:
    """The acceptance checks (``llmopt.verify.acceptance``): the PassListEval gate in ``gate_flavour`` with that
    flavour's codegen (some LLVM 19 miscompiles, e.g. ``newgvn,dse,newgvn``, only show on size-flavour IR), verdicts
    in the data dir's shared store, then per-program guards (structural, differential and SMT translation validation
    against the program's -Oz build, lowered with the tuning flavour's codegen). None when both are off."""
    if no_gate and no_guard:
        return None
    from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GateConfig, GuardConfig

    config = AcceptanceConfig(
        flavour=flavour,
        gate=GateConfig(enabled=not no_gate, csmith=csmith, flavour=gate_flavour),
        guards=GuardConfig(enabled=not no_guard, translation=translation, timeout_s=guard_timeout_s),
    )
    return Acceptance(toolchain, config, data_dir)


class Progress:
    """A rich progress line fed by polling the store (works the same for serial, pool and Ray runs)."""

    def __init__(self, store_file: Path, expected: int, enabled: bool) -> None:
        self.store_file, self.expected, self.enabled = store_file, expected, enabled
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Progress:
        if self.enabled:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from llmopt.autotune import ResultStore

        store = ResultStore(self.store_file)
        start_count, _ = store.progress()
        start = time.perf_counter()
        with Progress(
            TextColumn("[bold]autotune"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        ) as bar:
            task = bar.add_task("", total=self.expected, completed=start_count)
            while not self._stop.wait(0.5):
                count, ratio = store.progress()
                rate = (count - start_count) / max(1e-6, time.perf_counter() - start)
                gain = "" if ratio is None else f", best {(1 - ratio) * 100:+.2f} % vs -Oz"
                bar.update(
                    task,
                    completed=min(count, self.expected),
                    total=max(self.expected, count),
                    description=f"{rate:.1f} evals/s{gain}",
                )
        store.close()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
