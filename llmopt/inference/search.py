"""The autotuner at k compilations: random lists, then minimization of the best few, under one program's budget.

Why a strategy: the papers compare a model at k compilations with "the autotuner", and our autotuner
(``llmopt.autotune``) runs per corpus with a budget of random lists, minimization and broadcast whose cost is not a
per-program compilation count. This is the same two phases on one program, spent from the session's budget, so its
row is made by the same code path as every model row (the selection step, ``-Oz`` the backup, acceptance deciding):

1. random search: ``random_share`` of the budget left after ``-Oz`` on lists drawn exactly as the autotuner draws them
   (``autotune.draw_pass_list``: the catalog's passes, lengths 1 to 50, seeded by the module hash and the run seed);
2. minimization: the ``minimize_top`` smallest random lists (the autotuner's ``AutotuneConfig.minimize_top``) are
   minimized in turn with the autotuner's own steps (``autotune.minimize``: redundant-pass elimination, canonical
   order, insertion search) through ``SessionOracle``, every step a budgeted compilation, until the budget is spent.

Limits: no broadcast of lists found on other programs (the corpus-level phase), and the gate is asked only about the
list the selection step would keep (as for every strategy), not about each minimization step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

from llmopt.autotune.minimize import minimize
from llmopt.autotune.random_ import draw_pass_list
from llmopt.errors import ConfigError
from llmopt.inference.guided import SessionOracle
from llmopt.inference.strategy import Session, Strategy
from llmopt.passes import PassList


@dataclass(frozen=True)
class BudgetedAutotune(Strategy):
    """Random search, then minimization of the best lists, within the budget (see the module docstring).

    Attributes:
        random_share: share of the budget (after -Oz) spent on random lists; the rest minimizes.
        minimize_top: how many of the smallest random lists are minimized, best first.
        max_rounds: minimization rounds per list at most.
        insertion: run insertion search (the costly step) during minimization.
    """

    name: ClassVar[str] = "autotune"
    random_share: float = 0.5
    minimize_top: int = 3
    max_rounds: int = 8
    insertion: bool = True

    def __post_init__(self) -> None:
        if not 0.0 < self.random_share <= 1.0 or self.minimize_top < 1 or self.max_rounds < 1:
            raise ConfigError(
                "autotune needs 0 < random_share <= 1, minimize_top >= 1 and max_rounds >= 1 (got "
                f"{self.random_share}, {self.minimize_top}, {self.max_rounds})"
            )

    def propose(self, session: Session) -> None:
        catalog = session.measurer.catalog
        draws = max(1, math.ceil(session.remaining * self.random_share))
        lists: list[str] = []
        for index in range(draws):
            if session.exhausted:
                break
            names = draw_pass_list(catalog.names, session.module.hash, session.context.seed + 1, index)
            pipeline = PassList.from_names(names, catalog).to_pipeline()
            session.measure(pipeline, "random")
            lists.append(pipeline)
        sized = sorted((size, i, p) for i, p in enumerate(lists) if (size := session.size(p, "random")) < math.inf)
        oracle = SessionOracle(session)
        for _size, _i, start in sized[: self.minimize_top]:
            if session.exhausted:
                return
            minimize(
                session.measurer.parse_passes(start).names,
                oracle,
                catalog.names,
                insertion=self.insertion,
                max_rounds=self.max_rounds,
            )


__all__ = ["BudgetedAutotune"]
