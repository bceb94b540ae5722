"""Layer 4: autotuning pass lists per program (LLM Compiler section 4.1): random search, minimization, a correctness
gate, broadcast of the most frequent best lists; serial, process-pool or Ray execution; a resumable SQLite store.

Entry points: ``autotune`` (the pipeline over a corpus), ``label_programs`` (its labelling mode for thousands of
programs: one gate call per distinct list, a dense size matrix), ``ResultStore`` (results and resume log),
``make_executor``, ``build_report`` (geomean vs -Oz, gain-vs-evaluations curve).
"""

from llmopt.autotune.evaluator import ProgramEvaluator
from llmopt.autotune.label import LabelConfig, LabelRecord, LabelResult, StageSummary, label_programs
from llmopt.autotune.minimize import (
    MinimizationResult,
    SizeCriterion,
    StepCost,
    canonicalize_order,
    eliminate_redundant,
    insertion_search,
    minimize,
    reduce_by_deletion,
    search_insertions,
    sort_adjacent,
)
from llmopt.autotune.random_ import RandomSearchConfig, draw_pass_list, random_search
from llmopt.autotune.specs import MeasurerSpec, ProgramSpec
from llmopt.autotune.store import ResultStore, store_path
from llmopt.autotune.tuner import (
    AutotuneConfig,
    AutotuneResult,
    BroadcastSummary,
    PhaseCap,
    PhaseCaps,
    TuningRecord,
    autotune,
)
from llmopt.parallel import Executor, PoolExecutor, RayExecutor, SerialExecutor, make_executor

__all__ = [
    "AutotuneConfig",
    "AutotuneResult",
    "BroadcastSummary",
    "Executor",
    "LabelConfig",
    "LabelRecord",
    "LabelResult",
    "MeasurerSpec",
    "MinimizationResult",
    "PhaseCap",
    "PhaseCaps",
    "PoolExecutor",
    "ProgramEvaluator",
    "ProgramSpec",
    "RandomSearchConfig",
    "RayExecutor",
    "ResultStore",
    "SerialExecutor",
    "SizeCriterion",
    "StageSummary",
    "StepCost",
    "TuningRecord",
    "autotune",
    "canonicalize_order",
    "draw_pass_list",
    "eliminate_redundant",
    "insertion_search",
    "label_programs",
    "make_executor",
    "minimize",
    "random_search",
    "reduce_by_deletion",
    "search_insertions",
    "sort_adjacent",
    "store_path",
]
