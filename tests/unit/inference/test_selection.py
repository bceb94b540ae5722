"""The shared selection step: budgets in compilations (-Oz included), typed failures, and the guarantee that no
strategy returns a list larger than -Oz, one that failed to compile, or one the acceptance gate rejected."""

from __future__ import annotations

import pytest
from inference_helpers import MISCOMPILE

from llmopt.errors import ConfigError
from llmopt.inference import FailureKind, Session, StrategyContext, make_strategy
from llmopt.inference.strategy import OZ, STRATEGIES, Strategy
from llmopt.metrics import Measurer
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import Acceptance, AcceptancePolicy

CRASH = "function(trigger-crash-function)"  # opt's own crash trigger (not in the catalog: measured directly)


def test_miscompile_is_smaller_than_oz_but_rejected(gcd_module: IRModule, measurer: Measurer, gate: Acceptance) -> None:
    context = StrategyContext(measurer=measurer, acceptance=gate)
    result = make_strategy("fixed-list", lists=(MISCOMPILE,)).run(gcd_module, context, budget=2)
    miscompile = next(c for c in result.candidates if c.pipeline != OZ)
    assert miscompile.evaluation.binary_size is not None and result.oz_size is not None
    assert miscompile.evaluation.binary_size < result.oz_size  # size alone would pick it
    assert result.best_unchecked is not None and result.best_unchecked.pipeline == miscompile.pipeline
    assert miscompile.verdict is not None and not miscompile.verdict.accepted
    assert result.chosen == OZ and result.chosen_source == "oz" and result.verdict.accepted
    assert result.failure_counts == {"rejected": 1}
    assert "rejected by acceptance" in result.why
    assert result.compilations == 2 and result.gain_over_oz == 0.0


def test_same_list_without_a_gate_wins(gcd_module: IRModule, measurer: Measurer) -> None:
    # The same candidates with an accept-everything policy: the selection then takes the smaller list, which shows
    # that the gate (not the selection order) is what kept -Oz above.
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy())
    result = make_strategy("fixed-list", lists=(MISCOMPILE,)).run(gcd_module, context, budget=2)
    assert result.chosen == measurer.parse_passes(MISCOMPILE).to_pipeline()
    assert result.size is not None and result.oz_size is not None and result.size < result.oz_size
    assert result.gain_over_oz is not None and result.gain_over_oz > 0


def test_budget_counts_oz_and_distinct_lists(gcd_module: IRModule, measurer: Measurer) -> None:
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy())
    lists = ("instcombine", "instcombine", "simplifycfg", "sroa,instcombine", "dce")
    only_oz = make_strategy("fixed-list", lists=lists).run(gcd_module, context, budget=1)
    assert only_oz.compilations == 1 and [c.pipeline for c in only_oz.candidates] == [OZ]
    assert "budget left no compilation" in only_oz.why
    three = make_strategy("fixed-list", lists=lists).run(gcd_module, context, budget=3)
    # -Oz, instcombine (its repeat is free), simplifycfg; the budget stops the rest.
    assert three.compilations == 3 and len(three.candidates) == 3
    assert [c.source for c in three.candidates] == ["oz", "list", "list"]
    with pytest.raises(ConfigError, match="budget"):
        make_strategy("oz").run(gcd_module, context, budget=0)


def test_larger_lists_never_beat_oz(gcd_module: IRModule, measurer: Measurer) -> None:
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy())
    result = make_strategy("fixed-list", lists=("", "mem2reg")).run(gcd_module, context, budget=5)
    assert all(c.evaluation.binary_size >= result.oz_size for c in result.candidates)  # type: ignore[operator]
    assert result.chosen == OZ and result.failures == ()


def test_failures_are_typed_and_counted(gcd_module: IRModule, measurer: Measurer) -> None:
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy())
    session = Session(gcd_module, context, budget=4, strategy="test")
    assert session.offer("instcombin,dce", "model") is None  # unknown pass: not compiled, not counted
    crash = session.measure(CRASH, "model")
    assert crash is not None and not crash.ok
    assert session.measure(CRASH, "model") is crash  # a repeat is free
    result = session.finish()
    assert result.failure_counts == {"unknown_pass": 1, "opt_failure": 1}
    unknown = next(f for f in result.failures if f.kind is FailureKind.UNKNOWN_PASS)
    assert "instcombine" in unknown.detail  # the catalog's suggestion travels with the failure
    assert result.chosen == OZ and result.compilations == 2
    assert result.to_json()["failure_counts"] == {"unknown_pass": 1, "opt_failure": 1}


def test_registry_names_and_options() -> None:
    assert {"zero-shot", "oz-backup", "sample-and-select", "priority", "feedback", "model-guided"} <= set(
        STRATEGIES.names()
    )
    for name in STRATEGIES.names():
        assert issubclass(STRATEGIES.get(name), Strategy)
        assert STRATEGIES.get(name).name == name
    with pytest.raises(ConfigError, match="valid names"):
        make_strategy("no-such-strategy")
    with pytest.raises(ConfigError, match="no option"):
        make_strategy("zero-shot", colour="red")
    with pytest.raises(ConfigError, match="needs a model"):
        make_strategy("zero-shot").check(None)


def test_ranked_coreset_fixed_order_never_returns_the_rejected_list(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance
) -> None:
    # The fixed order: -Oz, then the first B-1 lists. The miscompile comes first and is the smallest; the gate turns
    # it away and the next smaller accepted list (or -Oz) is chosen.
    lists = (MISCOMPILE, "function(sroa,instcombine,simplifycfg)", "function(mem2reg)")
    context = StrategyContext(measurer=measurer, acceptance=gate)
    result = make_strategy("ranked-coreset", lists=lists, rank="fixed").run(gcd_module, context, budget=3)
    assert [c.pipeline for c in result.candidates] == [OZ, *(measurer.parse_passes(p).to_pipeline() for p in lists[:2])]
    assert result.chosen != result.candidates[1].pipeline and result.verdict.accepted
    assert result.size is not None and result.oz_size is not None and result.size <= result.oz_size
    assert result.failure_counts.get("rejected") == 1
    with pytest.raises(ConfigError, match="needs a model"):
        make_strategy("ranked-coreset", rank="model").check(None)
    with pytest.raises(ConfigError, match="unknown ranking"):
        make_strategy("ranked-coreset", rank="best")


def test_the_autotuner_at_k_spends_its_budget_on_random_lists_then_minimization(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance
) -> None:
    """The papers' "autotuner at k" baseline: the autotuner's own random draws, then minimization of the best, every
    step a budgeted compilation, -Oz the backup, the gate deciding as for a model's list."""
    from llmopt.autotune import draw_pass_list
    from llmopt.passes import PassList

    context = StrategyContext(measurer=measurer, acceptance=gate)
    result = make_strategy("autotune").run(gcd_module, context, budget=12)
    sources = [c.source for c in result.candidates]
    assert result.compilations <= 12 and sources[0] == "oz" and sources.count("random") == 6  # ceil(11 * 0.5)
    first = PassList.from_names(draw_pass_list(measurer.catalog.names, gcd_module.hash, 1, 0), measurer.catalog)
    assert result.candidates[1].pipeline == first.to_pipeline()  # the autotuner's first draw for this program
    assert "search" in sources  # minimization ran on what was left
    assert result.size is not None and result.oz_size is not None and result.size <= result.oz_size
    assert result.verdict.accepted
    tiny = make_strategy("autotune").run(gcd_module, context, budget=2)
    assert [c.source for c in tiny.candidates] == ["oz", "random"]
    with pytest.raises(ConfigError, match="random_share"):
        make_strategy("autotune", random_share=0.0)
