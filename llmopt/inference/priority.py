"""Priority sampling (Grubisic et al. 2024, arXiv 2402.18734): unique pass lists in order of model confidence.

Sampling at a temperature repeats itself (a confident model answers the same list again and again) and is not
reproducible across machines; priority sampling is deterministic and never repeats. It keeps a priority queue of the
unexplored branches of the tree of generated answers, keyed by the log-probability of the answer prefix that leads to
them, and repeatedly completes the most probable branch greedily; every completion is a new, unique answer.

Here the tree is over pass-list *elements* rather than raw tokens: a node's children are the next pass name (one
branch per pass of the alphabet), and after a name the separator (``,`` to continue, or the answer's closing quote to
end the list). Log-probabilities come from the backend's teacher-forced ``score`` (local backends; checked through the
``supports_score``/``supports_logprobs`` capability flags before any work). Two modes:

* ``restrict=True`` (valid pass-list syntax): every branch is a catalog pass (or the ``alphabet`` given), so every
  answer is a list ``opt`` accepts; the greedy completion of a branch is the argmax over the alphabet at each step.
* ``restrict=False``: the greedy completion is the model's own generated text (one ``generate`` per completion),
  which may name passes outside the catalog (an ``unknown_pass`` failure when offered); branches are still scored
  over the alphabet.

The answer's wording around the list (e.g. ``Run opt -p '`` ... ``'``) is taken from the model's own greedy answer,
so predicted sizes that some formats put before the list stay in the prefix; a greedy answer with no list falls back
to the style's template. The greedy answer itself is the first sample.

Cost: ``len(alphabet) + 2`` scored continuations per element of every completion (one ``score`` call per level), so
a small ``alphabet`` (e.g. the passes a coreset uses) keeps large models affordable. Limits: lists are flat (nested
``function(...)`` adaptors are written out by ``PassList.to_pipeline``); the teacher-forced score tokenizes each
continuation on its own, which may differ from the tokenization the model would generate.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from llmopt.errors import ConfigError, PassListError
from llmopt.inference.model import ModelClient, flag_tuning_format, flag_tuning_prompt
from llmopt.inference.strategy import Session, Strategy

# The words around the list when the model's greedy answer has none to copy, per prompt style.
TEMPLATES: dict[str, tuple[str, str]] = {"llm-compiler": (" Run opt -p '", "'"), "llmopt": ("Passes: ", "\n")}
SEP = ","


@dataclass(frozen=True)
class _Branch:
    """An unexplored branch: the list so far and what is decided next ("name", or "sep" after the last name)."""

    logprob: float
    path: tuple[str, ...]
    level: str  # "name" | "sep" | "end" (a complete list)


class PriorityTree:
    """The tree of answers of one session's prompt, explored most probable branch first (see the module docstring).

    Args:
        session: the run (budget, failures, model usage).
        alphabet: the passes a branch may name (catalog texts).
        restrict: complete branches by argmax over ``alphabet`` (True) or by the model's own generation (False).
        max_length: a list is ended after this many passes.
        max_completions: stop after this many completions (each costs model calls).
    """

    def __init__(
        self,
        session: Session,
        alphabet: tuple[str, ...],
        *,
        restrict: bool = True,
        max_length: int = 24,
        max_completions: int = 64,
    ) -> None:
        if not alphabet:
            raise ConfigError("priority sampling needs a non-empty alphabet of passes")
        self.session = session
        self.client = ModelClient(session)
        self.alphabet = alphabet
        self.restrict = restrict
        self.max_length = max_length
        self.max_completions = max_completions
        self.prompt = flag_tuning_prompt(session)
        self.head, self.close = TEMPLATES.get(session.context.prompt_style, TEMPLATES["llm-compiler"])
        self._queue: list[tuple[float, int, _Branch]] = []
        self._tick = itertools.count()
        self.completions = 0
        self.failed = False  # a backend call failed: stop (the failure is recorded in the session)

    # -- the model's answer wording ----------------------------------------------------------------------------------
    def greedy(self) -> tuple[str, ...] | None:
        """The model's greedy answer; sets the head/close wording from it. Returns its passes when it has a list."""
        out = self.client.generate([self.prompt], n=1, temperature=0.0, source="priority")
        if not out or not out[0]:
            self.failed = True
            return None
        text = out[0][0].text
        fmt = flag_tuning_format(self.session.context.prompt_style)
        parse = fmt.parse(text)
        if parse.pass_pipeline is None:
            return None
        at = text.find(parse.pass_pipeline)
        if at >= 0:
            self.head = text[:at]
            after = text[at + len(parse.pass_pipeline) : at + len(parse.pass_pipeline) + 1]
            self.close = after or self.close
        try:
            return self.session.measurer.parse_passes(parse.pass_pipeline).names
        except PassListError:
            return None

    def _context(self, path: tuple[str, ...], level: str) -> str:
        listed = SEP.join(path)
        return self.prompt + self.head + listed + (SEP if level == "name" and path else "")

    def _score(self, path: tuple[str, ...], level: str, continuations: list[str]) -> list[float] | None:
        scores = self.client.score(self._context(path, level), continuations, source="priority")
        if scores is None:
            self.failed = True
        return scores

    def _push(self, branch: _Branch) -> None:
        heapq.heappush(self._queue, (-branch.logprob, next(self._tick), branch))

    # -- exploring -------------------------------------------------------------------------------------------------
    def _generated_path(self, branch: _Branch) -> list[str]:
        """Unrestricted mode: the passes the model itself writes after the branch's prefix (greedy)."""
        context = self._context(branch.path, branch.level)
        out = self.client.generate([context], n=1, temperature=0.0, source="priority")
        if not out or not out[0]:
            self.failed = True
            return []
        text = out[0][0].text
        end = text.find(self.close) if self.close else -1
        listed = text[:end] if end >= 0 else text.split("\n", 1)[0]
        names = [n.strip() for n in listed.split(SEP)]
        if branch.level == "sep" and names and names[0] == "":
            names = names[1:]  # the generation began with the separator
        return [n for n in names if n]

    def complete(self, branch: _Branch) -> _Branch | None:
        """Greedy completion of ``branch``; every sibling passed on the way is queued. None when the model failed."""
        wanted = self._generated_path(branch) if not self.restrict else []
        path, logprob, level = branch.path, branch.logprob, branch.level
        while level != "end":
            if level == "name":
                if len(path) >= self.max_length:
                    break
                choices = list(self.alphabet)
                step = len(path) - len(branch.path)
                model_choice = wanted[step] if step < len(wanted) else None
                if model_choice is not None and model_choice not in choices:
                    choices.append(model_choice)
                scores = self._score(path, "name", choices)
                if scores is None:
                    return None
                if model_choice is not None:
                    pick = choices.index(model_choice)
                else:
                    pick = max(range(len(choices)), key=scores.__getitem__)
                for i, name in enumerate(choices):
                    if i != pick and scores[i] > -math.inf:
                        self._push(_Branch(logprob + scores[i], (*path, name), "sep"))
                path, logprob, level = (*path, choices[pick]), logprob + scores[pick], "sep"
            else:
                scores = self._score(path, "sep", [SEP, self.close])
                if scores is None:
                    return None
                more_wanted = not self.restrict and len(wanted) > len(path) - len(branch.path)
                go_on = more_wanted if not self.restrict else scores[0] > scores[1]
                if go_on:
                    self._push(_Branch(logprob + scores[1], path, "end"))
                    logprob, level = logprob + scores[0], "name"
                else:
                    self._push(_Branch(logprob + scores[0], path, "name"))
                    logprob, level = logprob + scores[1], "end"
        self.completions += 1
        return _Branch(logprob, path, "end")

    def lists(self) -> Iterator[tuple[str, ...]]:
        """Unique pass lists, most confident first: the greedy answer, then completions of the best branches."""
        seen: set[tuple[str, ...]] = set()
        greedy = self.greedy()
        if greedy:
            seen.add(greedy)
            yield greedy
        if self.failed:
            return
        first = self.complete(_Branch(0.0, (), "name"))
        pending = [first] if first is not None else []
        while not self.failed:
            for done in pending:
                if done.path and done.path not in seen:
                    seen.add(done.path)
                    yield done.path
            if not self._queue or self.completions >= self.max_completions:
                return
            _neg, _tick, branch = heapq.heappop(self._queue)
            if branch.level == "end":
                pending = [branch]
                continue
            completed = self.complete(branch)
            pending = [completed] if completed is not None else []


def priority_lists(
    session: Session, alphabet: tuple[str, ...] = (), *, restrict: bool = True, max_length: int = 24
) -> Iterator[str]:
    """Canonical pipelines of the priority tree's unique lists, most confident first (lists that do not parse are
    recorded as ``unknown_pass`` failures and skipped)."""
    tree = PriorityTree(session, alphabet or session.measurer.catalog.names, restrict=restrict, max_length=max_length)
    for names in tree.lists():
        pipeline = session.parse(SEP.join(names), "priority")
        if pipeline is not None:
            yield pipeline


@dataclass(frozen=True)
class PrioritySampling(Strategy):
    """Up to ``n`` unique lists in order of model confidence, compiled while the budget lasts.

    Attributes:
        n: unique lists to propose at most (the budget may stop earlier).
        restrict: only valid pass-list syntax over ``alphabet`` (see the module docstring).
        alphabet: the passes branches may name; empty: the measurer's whole catalog.
        max_length: passes per list at most.
    """

    name: ClassVar[str] = "priority"
    needs_model: ClassVar[bool] = True
    needs_score: ClassVar[bool] = True
    n: int = 10
    restrict: bool = True
    alphabet: tuple[str, ...] = ()
    max_length: int = 24

    def __post_init__(self) -> None:
        if self.n < 1 or self.max_length < 1:
            raise ConfigError(f"priority sampling needs n >= 1 and max_length >= 1 (got {self.n}, {self.max_length})")

    def propose(self, session: Session) -> None:
        proposed = 0
        for pipeline in priority_lists(session, self.alphabet, restrict=self.restrict, max_length=self.max_length):
            session.measure(pipeline, "priority")
            proposed += 1
            if proposed >= self.n or session.exhausted:
                return


__all__ = ["TEMPLATES", "PrioritySampling", "PriorityTree", "priority_lists"]
