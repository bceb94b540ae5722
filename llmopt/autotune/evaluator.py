"""``ProgramEvaluator``: measure one program under pass lists, once each, through the store.

It is the single door between the search algorithms and the compiler: a pipeline already measured in this run comes
from memory, one measured in an earlier (killed) run comes from the ``ResultStore``, anything else is measured and
stored before it is returned. Counters tell these apart, so a run's totals say what was evaluated (``evaluations``:
distinct pipelines this run asked for, identical whether or not the run was resumed) and what was actually computed
now (``measured``).

Failures (crash, invalid IR, timeout, ...) are ordinary evaluations with a status; their size is +inf, so no search
step can prefer them.

Not covered: choosing the metric per flavour (binary size is used for both flavours, as in the LLM Compiler paper).
"""

from __future__ import annotations

import math
import os
import signal
from collections.abc import Iterable

from llmopt.autotune.store import ResultStore
from llmopt.metrics import BINARY_SIZE, Evaluation, Measurer, Metric
from llmopt.passes import PassList
from llmopt.toolchain import IRModule

INFINITE = math.inf

# Test hook (see ``set_kill_after``): the process SIGKILLs itself after this many newly stored evaluations.
_kill_after: int | None = None
_stored_in_process = 0


def set_kill_after(count: int | None) -> None:
    """Make this process kill itself (SIGKILL, no cleanup) once ``count`` new evaluations are stored: the
    deterministic form of "kill the run at any moment", used by the resume test. None disables it."""
    global _kill_after, _stored_in_process
    _kill_after, _stored_in_process = count, 0


def _after_store() -> None:
    global _stored_in_process
    _stored_in_process += 1
    if _kill_after is not None and _stored_in_process >= _kill_after:
        os.kill(os.getpid(), signal.SIGKILL)


class ProgramEvaluator:
    """Memoized, stored measurements of one module.

    Args:
        measurer: the process's measurer.
        module: the program.
        store: the results store (None: memory only, for library use without resume).
        metric: what "size" means (lower is better).
        phase: label written with each stored evaluation ("baseline", "random", "minimize", ...); callers set it.
    """

    def __init__(
        self,
        measurer: Measurer,
        module: IRModule,
        store: ResultStore | None = None,
        metric: Metric = BINARY_SIZE,
        phase: str = "random",
    ) -> None:
        self.measurer = measurer
        self.module = module
        self.store = store
        self.metric = metric
        self.phase = phase
        self.codegen = measurer.codegen_for(module)
        self._memo: dict[str, Evaluation] = {}
        self.evaluations = 0  # distinct pipelines asked for in this run
        self.measured = 0  # of those, measured now
        self.reused = 0  # of those, read from the store (finished by an earlier run)

    def evaluate(self, pipeline: str) -> Evaluation:
        """The evaluation of ``pipeline`` (canonical pipeline text) on this module; never raises for compiler
        failures."""
        hit = self._memo.get(pipeline)
        if hit is not None:
            return hit
        self.evaluations += 1
        stored = self.store.get_evaluation(self.module.hash, pipeline, self.codegen.label) if self.store else None
        if stored is not None:
            self.reused += 1
            result = stored
        else:
            result = self.measurer.measure_pipeline(self.module, pipeline, codegen=self.codegen)
            self.measured += 1
            if self.store is not None and self.store.put_evaluation(self.module.name, self.phase, result):
                _after_store()
        self._memo[pipeline] = result
        return result

    def size(self, pipeline: str) -> float:
        """The metric after ``pipeline``; +inf when the evaluation failed."""
        value = self.metric.value(self.evaluate(pipeline))
        return INFINITE if value is None else float(value)

    def pipeline_of(self, passes: Iterable[str]) -> str:
        """Pipeline text of a sequence of catalog pass texts (raises PassListError for non-catalog names)."""
        return PassList.from_names(passes, self.measurer.catalog).to_pipeline()

    def size_of_passes(self, passes: tuple[str, ...]) -> float:
        """``size`` of a flat pass sequence: the oracle the minimizer works with."""
        return self.size(self.pipeline_of(passes))

    def evaluated(self) -> dict[str, Evaluation]:
        """Every evaluation made or read in this run, by pipeline."""
        return dict(self._memo)
