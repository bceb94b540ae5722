"""Model-guided search: the model's top lists seed the autotuner's minimization and insertion search.

None of the seed systems has it. Zero-shot spends two compilations and stops; the autotuner spends hundreds on random
lists before it minimizes. Here the model replaces random search: its most confident lists (priority sampling when the
backend scores continuations, else the greedy answer and samples) are compiled first, then the best of them is
minimized with the autotuner's own steps (``llmopt.autotune.minimize``: redundant-pass elimination, canonical order,
insertion search, to a fixed point), every step a measurement through the session, so the compile budget caps the
whole search and a user trades compilations for size smoothly: budget 2 is zero-shot, a large budget the full
minimization of every seed. Insertion tries the passes the model used first, then the rest of the alphabet.

When the model gives no usable list the search starts from ``-Oz`` itself (``default<Oz>`` plus insertions), so the
budget still buys something. Every list measured on the way is a candidate of the shared selection step.

Limits: the minimizer's own caps (rounds) apply; a list rejected by the gate is still minimized (its shorter
descendants are different lists, each checked by the selection step).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

from llmopt.autotune.minimize import minimize
from llmopt.errors import ConfigError, PassListError
from llmopt.inference.model import LIST_ONLY_STOP, ModelClient, flag_tuning_format, flag_tuning_prompt, read_answer
from llmopt.inference.priority import priority_lists
from llmopt.inference.sampling import greedy_list
from llmopt.inference.strategy import OZ, Session, Strategy
from llmopt.passes import PassList


class SessionOracle:
    """The minimizer's size oracle over a session: each distinct list is one budgeted compilation; +inf for a list
    that fails, does not parse, or comes after the budget is spent (so every reducer stops at once)."""

    def __init__(self, session: Session, source: str = "search") -> None:
        self.session = session
        self.source = source
        self.evaluations = 0

    def size_of_passes(self, passes: tuple[str, ...]) -> float:
        try:
            pipeline = PassList.from_names(passes, self.session.measurer.catalog).to_pipeline()
        except PassListError:
            return math.inf
        if self.session.measured(pipeline) is None and not self.session.exhausted:
            self.evaluations += 1
        return self.session.size(pipeline, self.source)


@dataclass(frozen=True)
class ModelGuidedSearch(Strategy):
    """The model's top lists, then minimization and insertion under the budget (see the module docstring).

    Attributes:
        seeds: model lists to compile before searching (and to minimize, best first, while the budget lasts).
        temperature: sampling temperature for seeds when the backend cannot score (no priority sampling).
        insertion: run insertion search (the dominant cost; without it, elimination and ordering only).
        max_rounds: minimization rounds per seed at most.
        alphabet: passes insertion and priority sampling may use; empty: the measurer's catalog.
        max_length: passes per priority-sampled seed at most.
    """

    name: ClassVar[str] = "model-guided"
    needs_model: ClassVar[bool] = True
    seeds: int = 3
    temperature: float = 0.8
    insertion: bool = True
    max_rounds: int = 4
    alphabet: tuple[str, ...] = ()
    max_length: int = 24

    def __post_init__(self) -> None:
        if self.seeds < 1 or self.max_rounds < 1 or self.temperature <= 0:
            raise ConfigError(
                f"model-guided search needs seeds >= 1, max_rounds >= 1 and temperature > 0 (got {self.seeds}, "
                f"{self.max_rounds}, {self.temperature})"
            )

    def seed_lists(self, session: Session) -> list[str]:
        """The model's top lists as canonical pipelines, most confident first."""
        backend = session.backend
        assert backend is not None
        found: list[str] = []
        if backend.supports_score and backend.supports_logprobs:
            for pipeline in priority_lists(session, self.alphabet, max_length=self.max_length):
                found.append(pipeline)
                if len(found) >= self.seeds:
                    break
            return found
        greedy = greedy_list(session, "model")
        if greedy is not None:
            found.append(greedy)
        if self.seeds > 1:
            fmt = flag_tuning_format(session.context.prompt_style)
            out = ModelClient(session).generate(
                [flag_tuning_prompt(session)],
                n=self.seeds - 1,
                temperature=self.temperature,
                stop=list(LIST_ONLY_STOP),
                source="model",
            )
            for completion in out[0] if out else []:
                sampled = read_answer(session, fmt, completion, "model")
                if sampled is not None and sampled not in found:
                    found.append(sampled)
        return found

    def propose(self, session: Session) -> None:
        seeds = self.seed_lists(session)
        for pipeline in seeds:
            session.measure(pipeline, "model")
        sized = sorted((size, i, p) for i, p in enumerate(seeds) if (size := session.size(p, "model")) < math.inf)
        starts = [p for _size, _i, p in sized] or [OZ]
        catalog = session.measurer.catalog
        used = [n for p in starts for n in session.measurer.parse_passes(p).names]
        base = self.alphabet or catalog.names
        alphabet = list(dict.fromkeys([n for n in used if n in base] + list(base)))
        oracle = SessionOracle(session)
        for start in starts:
            if session.exhausted:
                return
            minimize(
                session.measurer.parse_passes(start).names,
                oracle,
                alphabet,
                insertion=self.insertion,
                max_rounds=self.max_rounds,
            )


__all__ = ["ModelGuidedSearch", "SessionOracle"]
