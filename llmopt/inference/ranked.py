"""The ranked coreset: a shipped, ordered set of gate-accepted lists, of which a model ranks the ones to try.

The coreset (``llmopt.inference.coreset``: the autotuner's distinct best lists, ordered greedily by how much each adds
on training programs, as Coreset-NVP does; versioned data with the LLVM version and each list's gate verdict) is the
honest baseline every model strategy must beat at the same budget: with no model the strategy tries ``-Oz`` and the
first B-1 lists of the fixed order. With a backend that scores continuations, the language model ranks the coreset's
lists by the log-probability of answering each one (teacher forcing on the flag-tuning prompt, in the answer wording
of the prompt style), and the B-1 most probable are tried. ``pool`` limits the ranking to the first lists of the fixed
order (a cheaper ranking, and a fallback to the order's judgement beyond it).

Cost: one ``score`` call over ``pool`` continuations; no generation. Limits: the ranking is by sequence
log-probability, which favours short lists (``length_normalize`` divides by the number of passes instead). Without a
scoring model, a small model on IR statistics ranks instead (``llmopt.inference.neighbours``, shipped as data, or a
``FeatureRanker``); the class docstring says which is used when.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from llmopt.errors import ConfigError, PassListError
from llmopt.inference.model import ModelClient, flag_tuning_prompt
from llmopt.inference.priority import TEMPLATES
from llmopt.inference.strategy import OZ, Session, Strategy
from llmopt.toolchain import Flavour

if TYPE_CHECKING:
    from llmopt.backends import Backend
    from llmopt.inference.features import FeatureRanker
    from llmopt.inference.neighbours import NeighbourRanker
    from llmopt.passes import PassList

RANKINGS = ("auto", "fixed", "model", "features", "neighbours")
MODEL_SLOTS = ("first", "last", "none")


@dataclass(frozen=True)
class RankedCoreset(Strategy):
    """-Oz and the top B-1 lists of the coreset, in the fixed order or ranked by the model.

    Attributes:
        lists: the ordered lists to use; empty: the shipped coreset for the installed LLVM and the module's flavour.
        rank: "fixed" (the shipped order), "model" (the model's log-probability; needs a scoring backend),
            "features" (the ``FeatureRanker`` at ``ranker``: one ridge regression per list on IR statistics),
            "neighbours" (the ``NeighbourRanker`` at ``ranker``, else the one shipped for this LLVM and flavour: the
            greedy order refitted on the training programs nearest in IR statistics), "auto" (the ranker at
            ``ranker`` when given, else the shipped neighbour ranker when there is one, else the fixed order; a model
            ranks only when asked with "model"). Measured on held-out programs, the neighbour ranker beats the fixed
            order at every budget and the model and feature rankers do not (docs/training.md), hence auto's order.
        ranker: path of a ``FeatureRanker`` JSON file or a ``NeighbourRanker`` ``.npz`` file.
        pool: rank only the first ``pool`` lists of the order (0: all of them).
        length_normalize: rank by log-probability per pass instead of the sequence's.
        model_slot: with a model, where its greedy answer (``zero-shot``'s list: one generation, one compilation) is
            tried among the ranked lists: "first" (before them: at budget 2 this is zero-shot with the ``-Oz``
            backup), "last" (in the budget's last slot, after the first B-2 ranked lists, and only once one ranked list
            was tried, so at budget 2 the ranked list's first pick keeps the one slot: the model can still name a
            list the coreset lacks, at the cost of the ranked list that adds least; generated only then), or
            "none" (the ranked coreset alone). The generative model is the only part that can name a list the
            coreset does not hold; an answer the ranked lists already hold costs nothing. "last" is the default:
            measured on 2,000 held-out functions it ties the neighbour-ranked coreset alone at budget 10, where
            "first" loses 0.25-0.58 points at budget 2 (docs/training.md).
    """

    name: ClassVar[str] = "ranked-coreset"
    lists: tuple[str, ...] = ()
    rank: str = "auto"
    pool: int = 0
    length_normalize: bool = False
    ranker: str = ""
    model_slot: str = "last"

    def __post_init__(self) -> None:
        if self.rank not in RANKINGS:
            raise ConfigError(f"unknown ranking {self.rank!r}; use one of: {', '.join(RANKINGS)}")
        if self.model_slot not in MODEL_SLOTS:
            raise ConfigError(f"unknown model_slot {self.model_slot!r}; use one of: {', '.join(MODEL_SLOTS)}")
        if self.pool < 0:
            raise ConfigError(f"pool must be >= 0, got {self.pool}")
        if self.rank == "features" and not self.ranker:
            raise ConfigError("ranked-coreset with rank=features needs ranker=PATH (a feature ranker JSON file)")
        if self.ranker and not Path(self.ranker).is_file():
            raise ConfigError(f"ranker file {self.ranker} does not exist")

    def check(self, backend: Backend | None) -> None:
        """rank=model needs a backend with log-probabilities and teacher-forced scoring; the others need nothing."""
        super().check(backend)
        if self.rank != "model":
            return
        if backend is None:
            raise ConfigError("ranked-coreset with rank=model needs a model (--model)")
        if not (backend.supports_score and backend.supports_logprobs):
            raise ConfigError(
                f"ranked-coreset with rank=model needs log-probabilities and teacher-forced scoring, which the "
                f"{backend.name} backend does not offer; use rank=auto or a local backend"
            )

    def order(self, session: Session) -> tuple[str, ...]:
        """The fixed order: ``lists``, else the shipped coreset of this LLVM and the module's flavour."""
        if self.lists:
            return self.lists
        from llmopt.inference.coreset import load_coreset

        flavour = session.module.flavour or Flavour.SIZE
        return load_coreset(session.measurer.toolchain, flavour).pipelines

    def ranked(self, session: Session, order: tuple[str, ...]) -> tuple[str, ...]:
        """``order`` re-ranked as ``rank`` says (see the class docstring)."""
        if self.rank in ("features", "neighbours", "auto"):
            ranker = self._ranker(session)
            return order if ranker is None else ranker.rank(session.module.text, order)
        if self.rank == "fixed":
            return order
        pool = order[: self.pool] if self.pool else order
        texts, lengths = list_answers(pool, session.context.prompt_style, session.measurer.parse_passes)
        scores = ModelClient(session).score(flag_tuning_prompt(session), texts, source="coreset")
        if scores is None:
            return order  # the failure is recorded; the fixed order still stands
        if self.length_normalize:
            scores = [s / n for s, n in zip(scores, lengths, strict=True)]
        best_first = sorted(range(len(pool)), key=lambda i: (-scores[i], i))
        return tuple(pool[i] for i in best_first) + order[len(pool) :]

    def _ranker(self, session: Session) -> FeatureRanker | NeighbourRanker | None:
        """The ranker file at ``ranker`` (by its kind), else for neighbours/auto the shipped neighbour ranker of this
        LLVM and flavour; None: keep the fixed order."""
        from llmopt.inference.features import FeatureRanker
        from llmopt.inference.neighbours import load_ranker, load_shipped_ranker

        if self.ranker:
            path = Path(self.ranker)
            return load_ranker(path) if path.suffix == ".npz" else FeatureRanker.load(path)
        if self.rank in ("neighbours", "auto"):
            return load_shipped_ranker(session.measurer.toolchain, session.module.flavour or Flavour.SIZE)
        return None

    def propose(self, session: Session) -> None:
        if self.model_slot == "first":
            answer = self._answer(session)
            if answer is not None:
                session.measure(answer, "model")
        asked = self.model_slot != "last"
        ranked_tried = 0
        for pipeline in self.ranked(session, self.order(session)):
            if not asked and session.remaining == 1 and ranked_tried:
                asked = True
                answer = self._answer(session)  # generated only when its slot comes
                if answer is not None and session.measured(answer) is None:
                    session.measure(answer, "model")
            if session.exhausted:
                return
            if pipeline != OZ and session.offer(pipeline, "coreset") is not None:
                ranked_tried += 1
        if not asked and not session.exhausted:  # fewer ranked lists than the budget: the answer still gets a turn
            answer = self._answer(session)
            if answer is not None:
                session.measure(answer, "model")

    def _answer(self, session: Session) -> str | None:
        """The model's greedy list (None: no model, a typed failure recorded, or ``-Oz``, tried already)."""
        if session.backend is None:
            return None
        from llmopt.inference.sampling import greedy_list

        answer = greedy_list(session)  # None: a typed failure is recorded (garbage, context overflow, ...)
        return None if answer == OZ else answer


def list_answers(pipelines: Sequence[str], style: str, parse: Callable[[str], PassList]) -> tuple[list[str], list[int]]:
    """Each pipeline written as the model's answer in ``style`` (the continuation a model scores), and its length
    in passes (at least 1) for length normalisation. A pipeline ``parse`` refuses is written as given."""
    head, close = TEMPLATES.get(style, TEMPLATES["llm-compiler"])
    texts, lengths = [], []
    for pipeline in pipelines:
        try:
            plain: PassList | None = parse(pipeline)
        except PassListError:
            plain = None
        texts.append(head + (plain.to_plain() if plain is not None else pipeline) + close)
        lengths.append(max(1, len(plain) if plain is not None else 1))
    return texts, lengths


__all__ = ["RANKINGS", "RankedCoreset", "list_answers"]
