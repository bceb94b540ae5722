"""The ``Strategy`` base and the ONE selection step every strategy ends in.

A strategy proposes candidate pass lists for one module (from a model, from search, from a shipped list); it never
decides alone what is returned. Everything it proposes goes through a ``Session``:

* ``Session.measure`` compiles a candidate through the ``Measurer`` (cached) and counts it against the budget. The
  budget is in *compilations*: distinct pass lists measured on this module, ``-Oz`` included (it is always measured
  first, as the backup), so budget 1 is ``-Oz`` alone and budget B leaves B-1 compilations to the strategy. A repeat
  of a list already measured is free. Once the budget is spent, ``measure`` answers None and compiles nothing.
* ``Session.finish`` is the selection: candidates that measured OK and are strictly smaller than ``-Oz`` are asked,
  smallest first, to the acceptance policy (``AcceptancePolicy.accept``: gate, then this program's guards); the first
  one accepted wins, otherwise ``-Oz`` does. So no strategy can return a list that is larger than ``-Oz``, that failed
  to compile, or that the acceptance policy rejected. Ties go to ``-Oz`` (trusted, needs no check).

What can go wrong with a model is an ordinary, typed and counted ``Failure`` (``FailureKind``): garbage text, an empty
answer, an unknown pass, a list that crashes ``opt`` (or makes invalid IR, or times out), a backend error (server
gone, timeout), a prompt over the model's context, a list the acceptance policy rejected. None of them is an
exception: the run still returns ``-Oz`` and says why. Exceptions are for misuse (a strategy that needs a model run
without one, a budget below 1): ``ConfigError``.

The ``StrategyResult`` reports the chosen list, its size and ``-Oz``'s, the compilations used, model calls, tokens,
model time, acceptance time and total time, every candidate with its source and verdict, and the failures.

Limits: acceptance checks are not compilations of this module and are not counted in the budget (the gate's verdict
is cached per list, program-independent); ``max_acceptance_checks`` bounds how many candidates one finish may ask.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from llmopt.errors import ConfigError, PassListError
from llmopt.metrics import BINARY_SIZE, Evaluation, Measurer, Metric
from llmopt.registry import Registry
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

if TYPE_CHECKING:
    from llmopt.backends import Backend

OZ = "default<Oz>"


class FailureKind(str, Enum):
    """Why a proposal did not become a usable candidate."""

    GARBAGE = "garbage"  # text in which no pass list was found
    EMPTY = "empty"  # an empty (or whitespace-only) answer
    UNKNOWN_PASS = "unknown_pass"  # a list that names passes the catalog does not have, or is malformed
    OPT_FAILURE = "opt_failure"  # the list crashes opt, makes invalid IR, fails codegen or times out
    BACKEND_ERROR = "backend_error"  # the model backend could not answer (server gone, timeout, load failure)
    CONTEXT_OVERFLOW = "context_overflow"  # the prompt is longer than the model's context (never truncated)
    REJECTED = "rejected"  # the acceptance policy turned the list away


@dataclass(frozen=True)
class Failure:
    """One typed failure: its kind, a one-line detail and where the proposal came from."""

    kind: FailureKind
    detail: str
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "detail": self.detail, "source": self.source}


@dataclass(frozen=True)
class CandidateRecord:
    """A candidate that was measured: its pipeline text, who proposed it, the evaluation and (if asked) the verdict."""

    pipeline: str
    source: str
    evaluation: Evaluation
    verdict: Verdict | None = None

    def to_json(self, metric: Metric = BINARY_SIZE) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "source": self.source,
            "status": self.evaluation.status.value,
            metric.name: metric.value(self.evaluation),
            "accepted": None if self.verdict is None else self.verdict.accepted,
            "verdict": None if self.verdict is None else self.verdict.reason,
        }


@dataclass(frozen=True)
class Prediction:
    """What a model's answer claimed about its own list (LLM Compiler's flag-tuning answer states the instruction
    count and binary size it expects), beside what the compiler measured for that list: the data of the papers'
    prediction-error metrics. ``real_*`` are None when the list was never measured (budget spent)."""

    pipeline: str
    source: str
    instruction_count: int | None
    binary_size: int | None
    real_instruction_count: int | None = None
    real_binary_size: int | None = None
    # A feedback model's first line: True for "I am sure!", False for "Let me try again.", None for other formats.
    sure: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class ModelUsage:
    """What the model cost: backend calls, prompts sent, completions received, continuations scored, tokens, time."""

    calls: int = 0
    prompts: int = 0
    completions: int = 0
    scored: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class StrategyResult:
    """What a strategy chose for one module and what it spent.

    Attributes:
        strategy: registry name of the strategy.
        module_name / module_hash: the program.
        chosen: pipeline text of the returned list (``default<Oz>`` when nothing better was accepted).
        chosen_source: who proposed it ("oz" for the backup, "model", "sample", "priority", "feedback", "search", ...).
        evaluation / oz: the chosen list's evaluation (with IR when the context asked for it) and ``-Oz``'s.
        verdict: the acceptance verdict of the chosen list (trusted for ``-Oz``).
        budget / compilations: the budget in compilations and how many were used (``-Oz`` included).
        model: model calls, tokens and time.
        acceptance_s / total_s: time spent in acceptance checks, and in the whole run.
        candidates: every measured candidate in the order it was measured (``-Oz`` first).
        failures: every typed failure in the order it happened.
        metric: the metric name sizes are in.
    """

    strategy: str
    module_name: str
    module_hash: str
    chosen: str
    chosen_source: str
    evaluation: Evaluation
    oz: Evaluation
    verdict: Verdict
    budget: int
    compilations: int
    model: ModelUsage
    acceptance_s: float
    total_s: float
    candidates: tuple[CandidateRecord, ...] = ()
    failures: tuple[Failure, ...] = ()
    metric: str = BINARY_SIZE.name
    predictions: tuple[Prediction, ...] = ()

    @property
    def size(self) -> int | None:
        return _metric(self.metric).value(self.evaluation)

    @property
    def oz_size(self) -> int | None:
        return _metric(self.metric).value(self.oz)

    @property
    def gain_over_oz(self) -> float | None:
        """(oz - chosen) / oz: 0 when -Oz was kept, positive when the chosen list is smaller."""
        return _metric(self.metric).improvement(self.evaluation, self.oz)

    @property
    def failure_counts(self) -> dict[str, int]:
        return dict(Counter(f.kind.value for f in self.failures))

    @property
    def best_unchecked(self) -> CandidateRecord | None:
        """The smallest candidate that compiled, accepted or not, -Oz included: what size alone would have picked
        (e.g. the paper's zero-shot number, where a model's list may be larger than -Oz)."""
        metric = _metric(self.metric)
        sized = [(v, i, c) for i, c in enumerate(self.candidates) if (v := metric.value(c.evaluation)) is not None]
        return min(sized, key=lambda t: (t[0], t[1]))[2] if sized else None

    @property
    def why(self) -> str:
        """One line for the report: what was chosen and, when -Oz was kept, why."""
        if self.chosen_source != "oz":
            return f"{self.chosen_source} list accepted ({self.verdict.reason})"
        if self.failures and not any(c.source != "oz" for c in self.candidates):
            counts = ", ".join(f"{n} {k}" for k, n in sorted(self.failure_counts.items()))
            return f"-Oz kept: no usable candidate ({counts})"
        if self.compilations >= self.budget and len(self.candidates) <= 1:
            return "-Oz kept: the budget left no compilation for candidates"
        rejected = self.failure_counts.get(FailureKind.REJECTED.value, 0)
        extra = f"; {rejected} smaller list(s) rejected by acceptance" if rejected else ""
        return f"-Oz kept: no accepted candidate was smaller{extra}"

    def to_json(self) -> dict[str, Any]:
        metric = _metric(self.metric)
        return {
            "strategy": self.strategy,
            "module": self.module_name,
            "module_hash": self.module_hash,
            "chosen": self.chosen,
            "chosen_source": self.chosen_source,
            "metric": self.metric,
            "size": self.size,
            "oz_size": self.oz_size,
            "gain_over_oz": self.gain_over_oz,
            "verdict": self.verdict.to_json(),
            "why": self.why,
            "budget": self.budget,
            "compilations": self.compilations,
            "model": self.model.to_json(),
            "acceptance_s": self.acceptance_s,
            "total_s": self.total_s,
            "candidates": [c.to_json(metric) for c in self.candidates],
            "failures": [f.to_json() for f in self.failures],
            "failure_counts": self.failure_counts,
            "predictions": [p.to_json() for p in self.predictions],
        }


def _metric(name: str) -> Metric:
    from llmopt.metrics import get_metric

    return get_metric(name)


@dataclass(frozen=True)
class StrategyContext:
    """What every strategy runs with; library code passes it, the CLI builds it.

    Attributes:
        measurer: measures candidates (its cache makes repeats cheap across runs).
        acceptance: decides whether a non-standard list may be used; pass ``AcceptancePolicy()`` explicitly to accept
            everything (experiments only), ``Acceptance(...)`` for the real gate and guards.
        metric: lower is better (binary size by default, as LLM Compiler).
        prompt_style: the flag-tuning prompt style models are asked in ("llm-compiler": Meta's exact prompt, plain
            text; "llmopt": our chat layout, flattened to text for plain-text backends).
        ir_view: what of the module the model is shown (None: the module text as is); whole-program designs plug in
            here (a TU's largest functions, a summary, ...).
        max_tokens: generation limit per answer.
        seed: seed of every sampling call.
        max_acceptance_checks: at most this many candidates are asked to the acceptance policy in one finish.
        want_ir: measure the chosen list once more with its optimized IR (for writing the output); not counted.
    """

    measurer: Measurer
    acceptance: AcceptancePolicy
    metric: Metric = BINARY_SIZE
    prompt_style: str = "llm-compiler"
    ir_view: Callable[[IRModule], str] | None = None
    max_tokens: int = 256
    seed: int = 0
    max_acceptance_checks: int = 8
    want_ir: bool = False

    def view(self, module: IRModule) -> str:
        """What the model is shown: the view's text, read as ``model_ir_text`` keeps it (no comments, build paths or
        debug metadata), the same cleaning the task datasets apply to the IR a model trains on."""
        from llmopt.prompts.ir_text import model_ir_text

        return model_ir_text(module.text if self.ir_view is None else self.ir_view(module))


class Session:
    """One strategy run on one module: the budget, the measured candidates, the failures, the model's usage, and the
    shared selection step (``finish``). Strategies call ``measure``/``offer`` and ``fail``; they never choose.

    Args:
        module: the program.
        context: measurer, acceptance policy and settings.
        budget: compilations allowed, ``-Oz`` included (>= 1).
        backend: the model, or None for strategies that need none.
        strategy: the strategy's name, for the result.
        want_ir: measure every candidate with its optimized IR (the feedback loop shows it to the model).
    """

    def __init__(
        self,
        module: IRModule,
        context: StrategyContext,
        budget: int,
        backend: Backend | None = None,
        strategy: str = "",
        want_ir: bool = False,
    ) -> None:
        if not isinstance(budget, int) or budget < 1:
            raise ConfigError(f"a strategy budget is a number of compilations >= 1 (-Oz included), got {budget!r}")
        self.start = time.perf_counter()
        self.module = module
        self.context = context
        self.budget = budget
        self.backend = backend
        self.strategy = strategy
        self.want_ir = want_ir
        self.measurer = context.measurer
        self.metric = context.metric
        self.usage = ModelUsage()
        self.failures: list[Failure] = []
        self.predictions: list[Prediction] = []
        self.candidates: list[CandidateRecord] = []
        self._by_pipeline: dict[str, CandidateRecord] = {}
        self.acceptance_s = 0.0
        oz = self.measure(OZ, "oz")
        assert oz is not None  # budget >= 1
        self.oz = oz

    # -- budget and measurement -------------------------------------------------------------------------------------
    @property
    def compilations(self) -> int:
        return len(self.candidates)

    @property
    def remaining(self) -> int:
        return self.budget - self.compilations

    @property
    def exhausted(self) -> bool:
        return self.remaining <= 0

    def measured(self, pipeline: str) -> Evaluation | None:
        """The evaluation of a list already measured in this run, else None (costs nothing)."""
        record = self._by_pipeline.get(pipeline)
        return None if record is None else record.evaluation

    def measure(self, pipeline: str, source: str) -> Evaluation | None:
        """Compile ``pipeline`` (canonical text) on the module, counted against the budget; a repeat is free; None
        once the budget is spent. A failed compilation is recorded as an ``opt_failure`` and still returned."""
        record = self._by_pipeline.get(pipeline)
        if record is not None:
            return record.evaluation
        if self.exhausted:
            return None
        evaluation = self.measurer.measure_pipeline(self.module, pipeline, want_ir=self.want_ir)
        record = CandidateRecord(pipeline, source, evaluation)
        self.candidates.append(record)
        self._by_pipeline[pipeline] = record
        if not evaluation.ok:
            message = evaluation.message.strip().splitlines()[-1:] if evaluation.message else []
            detail = f"{evaluation.status.value}: {message[0] if message else ''}".strip()
            self.fail(FailureKind.OPT_FAILURE, f"{pipeline[:120]}: {detail}"[:300], source)
        return evaluation

    def size(self, pipeline: str, source: str) -> float:
        """The metric after ``pipeline`` (measured through ``measure``); +inf for a failure or a spent budget."""
        evaluation = self.measure(pipeline, source)
        value = None if evaluation is None else self.metric.value(evaluation)
        return math.inf if value is None else float(value)

    def parse(self, text: str, source: str) -> str | None:
        """Canonical pipeline text of a pass list the model wrote, checked against the measurer's catalog; None (and an
        ``unknown_pass`` failure) when it names unknown passes or is malformed."""
        try:
            return self.measurer.parse_passes(text).to_pipeline()
        except PassListError as e:
            self.fail(FailureKind.UNKNOWN_PASS, f"{text[:120]}: {e}"[:300], source)
            return None

    def offer(self, pass_list_text: str, source: str) -> Evaluation | None:
        """Parse and measure a proposed list; None when it does not parse or the budget is spent."""
        pipeline = self.parse(pass_list_text, source)
        return None if pipeline is None else self.measure(pipeline, source)

    def fail(self, kind: FailureKind, detail: str, source: str = "") -> None:
        self.failures.append(Failure(kind, detail, source))

    def predict(
        self,
        pipeline: str,
        source: str,
        instruction_count: int | None,
        binary_size: int | None,
        sure: bool | None = None,
    ) -> None:
        """Record what an answer predicted for ``pipeline`` (the measured values are filled in by ``finish``) and, for
        a feedback model, whether it said it was sure of it."""
        if instruction_count is not None or binary_size is not None:
            self.predictions.append(Prediction(pipeline, source, instruction_count, binary_size, sure=sure))

    def _measured_predictions(self) -> tuple[Prediction, ...]:
        out = []
        for p in self.predictions:
            record = self._by_pipeline.get(p.pipeline)
            ev = None if record is None or not record.evaluation.ok else record.evaluation
            out.append(
                dataclasses.replace(
                    p,
                    real_instruction_count=None if ev is None else ev.instruction_count,
                    real_binary_size=None if ev is None else ev.binary_size,
                )
            )
        return tuple(out)

    # -- the one selection step -------------------------------------------------------------------------------------
    def finish(self) -> StrategyResult:
        """The selection: smallest accepted candidate strictly smaller than -Oz, else -Oz (see the module docstring)."""
        oz_value = self.metric.value(self.oz)
        ranked = sorted(
            (
                (value, i, c)
                for i, c in enumerate(self.candidates)
                if c.pipeline != OZ
                and (value := self.metric.value(c.evaluation)) is not None
                and (oz_value is None or value < oz_value)
            ),
            key=lambda t: (t[0], t[1]),
        )
        chosen = self._by_pipeline[OZ]
        verdict = Verdict(OZ, True, "trusted pipeline (the compiler's own -Oz)")
        for _value, i, record in ranked[: self.context.max_acceptance_checks]:
            start = time.perf_counter()
            answer = self.context.acceptance.accept(self.module, record.pipeline)
            self.acceptance_s += time.perf_counter() - start
            record = dataclasses.replace(record, verdict=answer)
            self.candidates[i] = record
            self._by_pipeline[record.pipeline] = record
            if answer.accepted:
                chosen, verdict = record, answer
                break
            self.fail(FailureKind.REJECTED, f"{record.pipeline[:120]}: {answer.reason}"[:300], record.source)
        evaluation = chosen.evaluation
        if self.context.want_ir and evaluation.ir is None and evaluation.ok:
            evaluation = self.measurer.measure_pipeline(self.module, chosen.pipeline, want_ir=True)
        return StrategyResult(
            strategy=self.strategy,
            module_name=self.module.name,
            module_hash=self.module.hash,
            chosen=chosen.pipeline,
            chosen_source=chosen.source,
            evaluation=evaluation,
            oz=self.oz,
            verdict=verdict,
            budget=self.budget,
            compilations=self.compilations,
            model=dataclasses.replace(self.usage),
            acceptance_s=self.acceptance_s,
            total_s=time.perf_counter() - self.start,
            candidates=tuple(self.candidates),
            failures=tuple(self.failures),
            metric=self.metric.name,
            predictions=self._measured_predictions(),
        )


@dataclass(frozen=True)
class Strategy:
    """Proposes candidate pass lists for a module; ``run`` ends every strategy in the shared selection step.

    Subclasses are frozen dataclasses whose fields are their options (``make_strategy`` rejects unknown ones), set
    ``name``, ``needs_model`` / ``needs_score`` (capability checks before any work) and implement ``propose``.
    """

    name: ClassVar[str] = "strategy"
    needs_model: ClassVar[bool] = False
    needs_score: ClassVar[bool] = False  # teacher-forced scoring with log-probabilities (local backends)

    def propose(self, session: Session) -> None:
        """Offer candidates through ``session.measure``/``offer`` until done or ``session.exhausted``."""
        raise NotImplementedError

    def wants_ir(self) -> bool:
        """Whether candidates are measured with their optimized IR (the feedback loop shows it to the model)."""
        return False

    def check(self, backend: Backend | None) -> None:
        """Misuse checks before any work: a model where one is needed, and the capabilities this strategy uses.

        Raises:
            ConfigError: no backend for a model strategy, or a backend without teacher-forced scoring for one that
                needs log-probabilities.
        """
        if self.needs_model and backend is None:
            raise ConfigError(f"strategy {self.name!r} needs a model (--model)")
        if self.needs_score and backend is not None and not (backend.supports_score and backend.supports_logprobs):
            raise ConfigError(
                f"strategy {self.name!r} needs log-probabilities and teacher-forced scoring, which the "
                f"{backend.name} backend does not offer; use a local backend (hf:PATH, vllm:PATH)"
            )

    def run(
        self, module: IRModule, context: StrategyContext, budget: int, backend: Backend | None = None
    ) -> StrategyResult:
        """Propose under ``budget`` compilations (``-Oz`` included) and select; never worse than -Oz, never a failed
        or rejected list.

        Raises:
            ConfigError: misuse (see ``check``), or a budget below 1.
        """
        self.check(backend)
        session = Session(module, context, budget, backend, self.name, want_ir=self.wants_ir())
        if not session.exhausted:
            self.propose(session)
        return session.finish()

    def options(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


STRATEGIES: Registry[type[Strategy]] = Registry("inference strategy", base=Strategy)
BUILTIN_STRATEGIES: tuple[tuple[str, str], ...] = (
    ("oz", "llmopt.inference.strategy:OzOnly"),
    ("zero-shot", "llmopt.inference.sampling:ZeroShot"),
    ("oz-backup", "llmopt.inference.sampling:OzBackup"),
    ("sample-and-select", "llmopt.inference.sampling:SampleAndSelect"),
    ("priority", "llmopt.inference.priority:PrioritySampling"),
    ("feedback", "llmopt.inference.feedback:FeedbackLoop"),
    ("model-guided", "llmopt.inference.guided:ModelGuidedSearch"),
    ("fixed-list", "llmopt.inference.strategy:FixedLists"),
    ("ranked-coreset", "llmopt.inference.ranked:RankedCoreset"),
    ("autotune", "llmopt.inference.search:BudgetedAutotune"),
)
for _name, _path in BUILTIN_STRATEGIES:
    STRATEGIES.register(_name, _path)


def make_strategy(name: str, **options: Any) -> Strategy:
    """The strategy registered as ``name`` (or a dotted path) built with ``options``.

    Raises:
        ConfigError: unknown strategy (the message lists the valid names) or an option it does not have.
    """
    cls = STRATEGIES.get(name)
    fields = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(options) - fields)
    if unknown:
        raise ConfigError(f"strategy {name!r} has no option(s) {unknown}; its options: {sorted(fields) or '(none)'}")
    return cls(**options)


@dataclass(frozen=True)
class OzOnly(Strategy):
    """``-Oz`` and nothing else: the floor every strategy's result is measured against."""

    name: ClassVar[str] = "oz"

    def propose(self, session: Session) -> None:
        """Nothing to propose: the session measured -Oz already."""


@dataclass(frozen=True)
class FixedLists(Strategy):
    """Given pass lists tried in order under the budget (user candidates, a coreset's order, regression tests)."""

    name: ClassVar[str] = "fixed-list"
    lists: tuple[str, ...] = field(default_factory=tuple)

    def propose(self, session: Session) -> None:
        for text in self.lists:
            if session.exhausted:
                return
            session.offer(text, "list")


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
    "Prediction",
    "Session",
    "Strategy",
    "StrategyContext",
    "StrategyResult",
    "make_strategy",
]
