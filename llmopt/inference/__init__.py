"""Layer 7: strategies that turn a program into an optimized one, with or without a model.

``make_strategy(name, **options).run(module, context, budget, backend)`` proposes candidate pass lists (a model's
greedy answer, samples, priority samples, a feedback loop, model-guided search, fixed lists) and ends in the one
shared selection step (``llmopt.inference.strategy``): never larger than ``-Oz``, never a failed or rejected list.
``optimize`` is the main job (standard pipelines). Importing this package imports no torch.
"""

from llmopt.inference.strategy import (
    BUILTIN_STRATEGIES,
    OZ,
    STRATEGIES,
    CandidateRecord,
    Failure,
    FailureKind,
    FixedLists,
    ModelUsage,
    OzOnly,
    Session,
    Strategy,
    StrategyContext,
    StrategyResult,
    make_strategy,
)

__all__ = [
    "BUILTIN_STRATEGIES",
    "OZ",
    "STRATEGIES",
    "CandidateRecord",
    "Failure",
    "FailureKind",
    "FixedLists",
    "ModelUsage",
    "OzOnly",
    "Session",
    "Strategy",
    "StrategyContext",
    "StrategyResult",
    "make_strategy",
]
