"""Random search (the LLM Compiler autotuner's first stage): uniformly random pass lists, a budget per program.

List ``i`` for a program is a pure function of (module hash, seed, i): its length is uniform in
``[min_length, max_length]`` (1-50 by default, as in the paper) and each pass is drawn uniformly from the catalog. So a
run is reproducible per seed, and a resumed run draws exactly the lists the killed one would have drawn and finds the
finished ones in the store. The module's *hash* (not its name) seeds the draw, so renaming a file changes nothing.

Limits: no deduplication of passes within a list and no adaptive sampling (that is what minimization and later
model-guided search are for). A time budget makes the number of lists drawn depend on machine speed, so only
evaluation budgets are reproducible.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from llmopt.autotune.evaluator import ProgramEvaluator
from llmopt.errors import ConfigError


@dataclass(frozen=True)
class RandomSearchConfig:
    """Settings of random search.

    Attributes:
        budget: lists to evaluate per program (None: only the time budget limits).
        time_budget_s: stop drawing after this many seconds per program (None: no time limit).
        seed: the run's seed.
        min_length / max_length: list length range (inclusive).
        extra_candidates: pipeline texts evaluated before the random lists (seeds from elsewhere, e.g. a model's
            proposals, or failure injection in tests); they are not checked against the catalog, opt decides.
    """

    budget: int | None = 100
    time_budget_s: float | None = None
    seed: int = 0
    min_length: int = 1
    max_length: int = 50
    extra_candidates: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.budget is None and self.time_budget_s is None:
            raise ConfigError("random search needs a budget: set budget (evaluations) or time_budget_s (seconds)")
        if self.budget is not None and self.budget < 0:
            raise ConfigError(f"budget must be >= 0, got {self.budget}")
        if not 1 <= self.min_length <= self.max_length:
            raise ConfigError(f"need 1 <= min_length <= max_length, got {self.min_length}..{self.max_length}")


def draw_pass_list(
    alphabet: Sequence[str], module_hash: str, seed: int, index: int, min_length: int = 1, max_length: int = 50
) -> tuple[str, ...]:
    """The ``index``-th random pass list of a program (deterministic).

    Example:
        >>> draw_pass_list(["a", "b", "c"], "00ff", seed=1, index=0) == draw_pass_list(["a", "b", "c"], "00ff", 1, 0)
        True
    """
    digest = hashlib.sha256(f"{module_hash}:{seed}:{index}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:16], "big"))
    length = rng.randint(min_length, max_length)
    return tuple(rng.choice(alphabet) for _ in range(length))


@dataclass(frozen=True)
class RandomSearchResult:
    """What random search tried: pipelines in draw order (extra candidates first) and how long it took."""

    pipelines: tuple[str, ...]
    passes: tuple[tuple[str, ...] | None, ...]  # flat pass texts per pipeline; None for extra candidates
    lists_drawn: int
    walltime_s: float


def random_search(
    evaluator: ProgramEvaluator, alphabet: Sequence[str], config: RandomSearchConfig
) -> RandomSearchResult:
    """Evaluate ``config.extra_candidates`` and then random lists until the budget is spent.

    Cost: ``len(extra_candidates) + budget`` evaluations at most (fewer when a list repeats, or when the time budget
    ends first).
    """
    start = time.perf_counter()
    evaluator.phase = "random"
    pipelines: list[str] = []
    passes: list[tuple[str, ...] | None] = []
    for text in config.extra_candidates:
        evaluator.evaluate(text)
        pipelines.append(text)
        passes.append(None)
    index = 0
    while config.budget is None or index < config.budget:
        if config.time_budget_s is not None and time.perf_counter() - start >= config.time_budget_s:
            break
        names = draw_pass_list(
            alphabet, evaluator.module.hash, config.seed, index, config.min_length, config.max_length
        )
        pipeline = evaluator.pipeline_of(names)
        evaluator.evaluate(pipeline)
        pipelines.append(pipeline)
        passes.append(names)
        index += 1
    return RandomSearchResult(
        pipelines=tuple(pipelines), passes=tuple(passes), lists_drawn=index, walltime_s=time.perf_counter() - start
    )
