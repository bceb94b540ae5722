"""What the harness can run on a program: the baselines and every inference strategy, behind one small interface.

Why one interface: a baseline row and a model row must be made by the same code path (same measurer, same cache,
same row fields), or the comparison in the report compares two harnesses instead of two strategies. Each
``EvalMethod`` turns one program into a ``MethodOutcome``; the harness adds what every row has (the -Oz and real
``clang -Oz`` references, times, the program's identity).

Built-ins (``EVAL_METHODS``, the project's ``Registry``; any other name is an inference strategy from
``llmopt.inference.strategy.STRATEGIES``, run through its ``Strategy.run`` and the one selection step):

- ``O0``, ``O1``, ``O2``, ``O3``, ``Os``, ``Oz``: that standard ``opt`` pipeline, one compilation, no selection
  (``O0`` is the empty pass list), so these rows may be larger than -Oz, which is the point of a baseline.
- ``clang-Oz``: the object real ``clang -Oz -c`` makes from the program's C source (TUs with one; other programs get
  a ``not_applicable`` row). Zero compilations of the IR.
- ``best-standard``: the smallest of the six standard pipelines (six compilations).
- ``random``: ``budget - 1`` random pass lists drawn as the autotuner draws them (``autotune.draw_pass_list``), tried
  by the ``fixed-list`` strategy, so -Oz is the backup and the acceptance policy decides as for a model.
- ``coreset``: the ``ranked-coreset`` strategy in its fixed order, **leave-one-out**: the shipped coreset is refitted
  without the program's source group (``Coreset.excluding``), because it was fitted on the project benchmark.

"The autotuner at k" is the ``autotune`` inference strategy (``llmopt.inference.search``: the autotuner's random
draws, then minimization of the best, within k compilations). The full ``autotune`` pipeline (per corpus, with
broadcast) is not a harness method; the project benchmark's rows carry its budget-100 ratio from the coreset's fit
table, which is what "% of the autotuner's gain" uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from llmopt.errors import ConfigError, InputError, ToolError
from llmopt.eval.suite import SuiteProgram
from llmopt.metrics import Evaluation, Measurer, measure_clang_object
from llmopt.registry import Registry
from llmopt.verify.acceptance import AcceptancePolicy

OZ = "default<Oz>"
STANDARD = {"O0": "", "O1": "default<O1>", "O2": "default<O2>", "O3": "default<O3>", "Os": "default<Os>", "Oz": OZ}


@dataclass
class MethodOutcome:
    """What a method chose for one program and what it spent (the method-specific half of a row)."""

    status: str  # "ok", "failed" (no size), "not_applicable" (e.g. clang-Oz without a C source)
    pass_list: str | None
    evaluation: Evaluation | None = None
    size: int | None = None  # for clang-Oz (no Evaluation of the IR)
    chosen_source: str = ""
    compilations: int = 0
    accepted: bool | None = None
    verdict: str = ""
    why: str = ""
    model: dict[str, Any] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    predictions: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MethodContext:
    """What a method runs with in a worker: the measurer, the acceptance policy, the budget, the model."""

    measurer: Measurer
    acceptance: AcceptancePolicy
    budget: int
    backend: Any = None
    seed: int = 0
    prompt_style: str = "llm-compiler"
    options: dict[str, Any] = field(default_factory=dict)


class EvalMethod:
    """One way to choose a pass list for a program; ``run`` never raises for an expected failure."""

    name: ClassVar[str] = "method"
    needs_model: ClassVar[bool] = False

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        raise NotImplementedError


def _size(evaluation: Evaluation) -> int | None:
    return evaluation.binary_size if evaluation.ok else None


@dataclass(frozen=True)
class StandardPipeline(EvalMethod):
    """One standard pipeline, measured as is (see the module docstring)."""

    level: str = "Oz"

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        pipeline = STANDARD[self.level]
        evaluation = ctx.measurer.measure_pipeline(program.to_module(), pipeline)
        ok = _size(evaluation) is not None
        return MethodOutcome(
            "ok" if ok else "failed",
            pipeline,
            evaluation,
            chosen_source=self.level,
            compilations=1,
            accepted=True,
            verdict="trusted pipeline (a standard -O level)",
            why="" if ok else f"{evaluation.status.value}: {evaluation.message[-200:]}",
        )


@dataclass(frozen=True)
class BestStandard(EvalMethod):
    """The smallest of the standard pipelines (ties: the earlier in ``STANDARD`` order)."""

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        module = program.to_module()
        measured = [(level, ctx.measurer.measure_pipeline(module, p)) for level, p in STANDARD.items()]
        sized = [(s, i, level, e) for i, (level, e) in enumerate(measured) if (s := _size(e)) is not None]
        if not sized:
            return MethodOutcome("failed", None, compilations=len(measured), why="no standard pipeline compiled")
        _s, _i, level, evaluation = min(sized, key=lambda t: (t[0], t[1]))
        return MethodOutcome(
            "ok",
            STANDARD[level],
            evaluation,
            chosen_source=level,
            compilations=len(measured),
            accepted=True,
            verdict="trusted pipeline (a standard -O level)",
        )


@dataclass(frozen=True)
class ClangOz(EvalMethod):
    """Real ``clang -Oz -c`` on the program's C source."""

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        if not program.c_source:
            return MethodOutcome("not_applicable", None, why="no C source for this program (functions, IR-only TUs)")
        try:
            evaluation = measure_clang_object(ctx.measurer.toolchain, Path(program.c_source))
        except (InputError, ToolError) as e:
            return MethodOutcome("failed", "clang -Oz", why=str(e)[:300])
        return MethodOutcome(
            "ok",
            "clang -Oz",
            None,
            size=evaluation.binary_size,
            chosen_source="clang",
            accepted=True,
            verdict="the compiler's own build",
        )


def strategy_outcome(result: Any) -> MethodOutcome:
    """A ``StrategyResult`` as a method outcome (the one selection step already ran)."""
    return MethodOutcome(
        "ok" if result.size is not None else "failed",
        result.chosen,
        result.evaluation,
        chosen_source=result.chosen_source,
        compilations=result.compilations,
        accepted=result.verdict.accepted,
        verdict=result.verdict.reason,
        why=result.why,
        model=result.model.to_json(),
        failures=result.failure_counts,
        predictions=[p.to_json() for p in getattr(result, "predictions", ())],
        # every measured candidate in order (-Oz first): replayable, and the feedback loop's rounds in order
        candidates=[
            {"pipeline": c.pipeline, "source": c.source, "size": c.evaluation.binary_size if c.evaluation.ok else None}
            for c in result.candidates
        ],
    )


def _context(ctx: MethodContext) -> Any:
    from llmopt.inference.strategy import StrategyContext

    return StrategyContext(
        measurer=ctx.measurer, acceptance=ctx.acceptance, prompt_style=ctx.prompt_style, seed=ctx.seed
    )


@dataclass(frozen=True)
class RandomSearch(EvalMethod):
    """``budget - 1`` random lists (the autotuner's draw, seeded per program) behind -Oz."""

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        from llmopt.autotune import draw_pass_list
        from llmopt.inference.strategy import make_strategy
        from llmopt.passes import PassList

        module = program.to_module()
        catalog = ctx.measurer.catalog
        lists = tuple(
            PassList.from_names(draw_pass_list(catalog.names, module.hash, ctx.seed + 1, i), catalog).to_pipeline()
            for i in range(max(0, ctx.budget - 1))
        )
        result = make_strategy("fixed-list", lists=lists).run(module, _context(ctx), ctx.budget)
        return strategy_outcome(result)


@dataclass(frozen=True)
class CoresetFixed(EvalMethod):
    """The shipped coreset's fixed order, leave-one-out by the program's source group."""

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        from llmopt.inference.coreset import load_coreset, source_group
        from llmopt.inference.strategy import make_strategy

        module = program.to_module()
        coreset = load_coreset(ctx.measurer.toolchain, module.flavour or "size")
        loo = coreset.excluding(module_hashes=[module.hash], groups=[program.group or source_group(program.name)])
        strategy = make_strategy("ranked-coreset", lists=loo.pipelines, rank="fixed")
        outcome = strategy_outcome(strategy.run(module, _context(ctx), ctx.budget))
        outcome.extra["coreset_lists"] = len(loo.pipelines)
        return outcome


@dataclass(frozen=True)
class InferenceStrategy(EvalMethod):
    """Any registered inference strategy by name (zero-shot, priority, feedback, ...), with its options."""

    strategy: str = "oz"

    def run(self, program: SuiteProgram, ctx: MethodContext) -> MethodOutcome:
        from llmopt.inference.strategy import make_strategy

        strategy = make_strategy(self.strategy, **ctx.options)
        return strategy_outcome(strategy.run(program.to_module(), _context(ctx), ctx.budget, ctx.backend))


EVAL_METHODS: Registry[EvalMethod] = Registry("evaluation strategy", base=EvalMethod)
for _level in STANDARD:
    EVAL_METHODS.register(_level, StandardPipeline(_level))
EVAL_METHODS.register("clang-Oz", ClangOz())
EVAL_METHODS.register("best-standard", BestStandard())
EVAL_METHODS.register("random", RandomSearch())
EVAL_METHODS.register("coreset", CoresetFixed())
BASELINE_NAMES = ("O0", "Oz", "clang-Oz", "Os", "O2", "best-standard", "random", "coreset")
FIXED_BASELINES = frozenset({*STANDARD, "clang-Oz", "best-standard"})  # these ignore the budget


def resolve_method(name: str) -> tuple[EvalMethod, bool]:
    """The method ``name`` names and whether it needs a model.

    Raises:
        ConfigError: neither a baseline nor a registered inference strategy (the message lists both).
    """
    if name in EVAL_METHODS:
        return EVAL_METHODS.get(name), False
    from llmopt.inference.strategy import STRATEGIES

    if name in STRATEGIES or "." in name or ":" in name:
        cls = STRATEGIES.get(name)
        return InferenceStrategy(name), bool(cls.needs_model)
    raise ConfigError(
        f"unknown evaluation strategy {name!r}; baselines: {', '.join(EVAL_METHODS.names())}; "
        f"inference strategies: {', '.join(STRATEGIES.names())}"
    )


def check_options(name: str, options: dict[str, Any]) -> None:
    """Refuse options a method does not take, before any work.

    Raises:
        ConfigError: options for a baseline, or options the inference strategy does not have.
    """
    method, _ = resolve_method(name)
    if isinstance(method, InferenceStrategy):
        from llmopt.inference.strategy import make_strategy

        make_strategy(name, **options)
    elif options:
        raise ConfigError(f"evaluation strategy {name!r} takes no options, got {sorted(options)}")


__all__ = [
    "BASELINE_NAMES",
    "EVAL_METHODS",
    "FIXED_BASELINES",
    "STANDARD",
    "EvalMethod",
    "InferenceStrategy",
    "MethodContext",
    "MethodOutcome",
    "check_options",
    "resolve_method",
    "strategy_outcome",
]
