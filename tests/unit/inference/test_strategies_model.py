"""Every strategy with a real tiny model (trained by the session fixture) and the real acceptance gate on gcd_euclid,
whose flag-tuning answer the model was taught to be a list that miscompiles it: no strategy returns a list larger
than -Oz, nor the rejected miscompile, nor any other rejected list; budgets, model usage and the strategies' own
behaviour (greedy first, unique deterministic priority samples, stopping on "I am sure!") are checked on the way."""

from __future__ import annotations

from typing import ClassVar

import pytest
from inference_helpers import MISCOMPILE, define_block

from llmopt.backends import Backend, Completion
from llmopt.errors import ConfigError
from llmopt.inference import OZ, StrategyContext, StrategyResult, make_strategy
from llmopt.metrics import Measurer
from llmopt.prompts import FlagTuningExample, LlmCompilerFlagTuningFormat
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import Acceptance, AcceptancePolicy

pytestmark = pytest.mark.slow  # trains the tiny model once per session (seconds to minutes on a loaded machine)

# Small: every branch of the priority tree costs one teacher-forced forward per pass of the alphabet.
ALPHABET = ("newgvn", "dse", "instcombine")


def _never_worse_nor_rejected(result: StrategyResult) -> None:
    assert result.verdict.accepted
    assert result.size is not None and result.oz_size is not None and result.size <= result.oz_size
    rejected = {c.pipeline for c in result.candidates if c.verdict is not None and not c.verdict.accepted}
    assert result.chosen not in rejected
    assert result.compilations <= result.budget


def _context(measurer: Measurer, acceptance: AcceptancePolicy) -> StrategyContext:
    # At most 3 gate checks per run: a list that makes gcd loop forever costs the gate's confirmed timeout.
    return StrategyContext(measurer=measurer, acceptance=acceptance, ir_view=define_block, max_acceptance_checks=3)


@pytest.mark.parametrize("strategy", ["zero-shot", "oz-backup"])
def test_greedy_miscompile_is_turned_away(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend, strategy: str
) -> None:
    result = make_strategy(strategy).run(gcd_module, _context(measurer, gate), budget=2, backend=strategy_backend)
    _never_worse_nor_rejected(result)
    miscompile = measurer.parse_passes(MISCOMPILE).to_pipeline()
    assert [c.pipeline for c in result.candidates] == [OZ, miscompile]  # the model's greedy answer, compiled
    assert result.best_unchecked is not None and result.best_unchecked.pipeline == miscompile  # size alone: the bug
    assert result.chosen == OZ and result.failure_counts == {"rejected": 1}
    assert result.model.calls == 1 and result.model.completion_tokens > 0 and result.model.seconds > 0


def test_sample_and_select(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    strategy = make_strategy("sample-and-select", n=4, temperature=1.0)
    result = strategy.run(gcd_module, _context(measurer, gate), budget=5, backend=strategy_backend)
    _never_worse_nor_rejected(result)
    assert result.candidates[1].source == "model"  # the greedy answer is tried first
    assert result.model.calls == 2 and result.model.completions == 5
    # Without the gate the same samples could only win by size; with it the miscompile never does.
    assert result.chosen != measurer.parse_passes(MISCOMPILE).to_pipeline()


def test_priority_sampling_is_unique_ordered_and_deterministic(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    strategy = make_strategy("priority", n=3, alphabet=ALPHABET, max_length=4)
    first = strategy.run(gcd_module, _context(measurer, gate), budget=4, backend=strategy_backend)
    again = strategy.run(gcd_module, _context(measurer, gate), budget=4, backend=strategy_backend)
    _never_worse_nor_rejected(first)
    lists = [c.pipeline for c in first.candidates if c.source == "priority"]
    assert lists == [c.pipeline for c in again.candidates if c.source == "priority"]  # deterministic
    assert len(lists) == len(set(lists)) >= 3  # unique
    assert lists[0] == measurer.parse_passes(MISCOMPILE).to_pipeline()  # the greedy answer comes first
    assert first.model.scored > 0
    assert first.chosen != lists[0]  # the miscompile was rejected


def test_priority_needs_scoring_backend() -> None:
    class NoScores(Backend):
        name: ClassVar[str] = "no-scores"

        def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:  # type: ignore[override]
            return [[Completion("", "stop", 0, 0)] for _ in prompts]

    with pytest.raises(ConfigError, match="log-probabilities"):
        make_strategy("priority").check(NoScores())


def test_feedback_loop_feeds_back_and_stops_on_sure(
    gcd_module: IRModule, srem_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    loop = make_strategy("feedback", rounds=3, kind="fast")
    result = loop.run(gcd_module, _context(measurer, gate), budget=5, backend=strategy_backend)
    _never_worse_nor_rejected(result)
    # "Let me try again." on the first answer: the loop went on with the compiler's feedback in the prompt.
    assert result.model.calls >= 2
    assert result.candidates[1].pipeline == measurer.parse_passes(MISCOMPILE).to_pipeline()
    assert result.chosen != result.candidates[1].pipeline
    sure = loop.run(srem_module, _context(measurer, AcceptancePolicy()), budget=5, backend=strategy_backend)
    _never_worse_nor_rejected(sure)
    assert sure.model.calls == 1  # "I am sure!": the first answer is the last
    # Each answer's prediction carries its first line, for the report's "I am sure!" rate.
    assert [p.sure for p in result.predictions][:1] == [False] and [p.sure for p in sure.predictions] == [True]


def test_model_guided_search_stays_in_budget(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    strategy = make_strategy("model-guided", seeds=2, alphabet=ALPHABET, max_length=4)
    result = strategy.run(gcd_module, _context(measurer, gate), budget=8, backend=strategy_backend)
    _never_worse_nor_rejected(result)
    sources = [c.source for c in result.candidates]
    assert result.compilations == 8 and sources[0] == "oz" and "model" in sources and "search" in sources
    assert result.candidates[1].pipeline == measurer.parse_passes(MISCOMPILE).to_pipeline()


def test_prompt_over_context_is_typed(gcd_module: IRModule, measurer: Measurer, strategy_backend: Backend) -> None:
    # The whole module repeated is far over the tiny model's 1,024 tokens: a typed failure, never a truncation.
    context = StrategyContext(measurer=measurer, acceptance=AcceptancePolicy(), ir_view=lambda m: m.text * 8)
    result = make_strategy("zero-shot").run(gcd_module, context, budget=2, backend=strategy_backend)
    assert result.chosen == OZ and result.failure_counts == {"context_overflow": 1}
    assert "tokens" in result.failures[0].detail


def test_ranked_coreset_tries_lists_in_the_models_order(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    lists = ("function(mem2reg)", MISCOMPILE, "function(sroa,instcombine,simplifycfg)")
    strategy = make_strategy("ranked-coreset", lists=lists, rank="model", model_slot="none")
    result = strategy.run(gcd_module, _context(measurer, gate), budget=4, backend=strategy_backend)
    _never_worse_nor_rejected(result)
    assert result.model.calls == 1 and result.model.scored == 3
    # The same scores computed here through the backend give the order the strategy tried the lists in.
    prompt = LlmCompilerFlagTuningFormat().render_prompt(FlagTuningExample(define_block(gcd_module), 0, 0))
    plain = [measurer.parse_passes(p).to_plain() for p in lists]
    scores = strategy_backend.score(str(prompt), [f" Run opt -p '{p}'" for p in plain])
    expected = [measurer.parse_passes(lists[i]).to_pipeline() for i in sorted(range(3), key=lambda i: -scores[i])]
    assert [c.pipeline for c in result.candidates[1:]] == expected


def test_ranked_coreset_tries_the_models_own_answer_first(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    """model_slot="first": the greedy answer zero-shot would give is compiled before the ranked lists, so
    a list the coreset lacks can still win; without a model the strategy is the ranked coreset alone."""
    lists = ("function(mem2reg)", "function(sroa,instcombine,simplifycfg)")
    context = _context(measurer, gate)
    zero_shot = make_strategy("zero-shot").run(gcd_module, context, budget=2, backend=strategy_backend)
    result = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="first").run(
        gcd_module, context, budget=4, backend=strategy_backend
    )
    _never_worse_nor_rejected(result)
    answer = [c.pipeline for c in zero_shot.candidates if c.source == "model"]
    expected = [*answer, *(measurer.parse_passes(p).to_pipeline() for p in lists)]
    assert [c.pipeline for c in result.candidates[1:]] == expected[:3]
    assert result.model.calls == 1 and [c.source for c in result.candidates][: 1 + len(answer)] == [
        "oz",
        *["model"] * len(answer),
    ]
    alone = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="first").run(
        gcd_module, context, budget=4
    )
    assert [c.source for c in alone.candidates] == ["oz", "coreset", "coreset"] and alone.model.calls == 0
    assert make_strategy("ranked-coreset").model_slot == "last"  # the default: measured to tie the ranker alone


def test_ranked_coreset_gives_the_models_answer_the_last_slot(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    """model_slot="last": the first B-2 ranked lists, then the model's answer in the budget's last slot (an answer
    the ranked lists already tried costs nothing, and the next ranked list takes the slot); never at budget 2."""
    lists = ("function(mem2reg)", "function(sroa,instcombine,simplifycfg)", "function(sroa,early-cse)")
    context = _context(measurer, gate)
    zero_shot = make_strategy("zero-shot").run(gcd_module, context, budget=2, backend=strategy_backend)
    answer = [c.pipeline for c in zero_shot.candidates if c.source == "model"]
    ranked = [measurer.parse_passes(p).to_pipeline() for p in lists]
    result = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="last").run(
        gcd_module, context, budget=4, backend=strategy_backend
    )
    _never_worse_nor_rejected(result)
    tried = [c.pipeline for c in result.candidates[1:]]
    if answer and answer[0] not in ranked[:2]:
        assert tried == [*ranked[:2], answer[0]] and result.candidates[-1].source == "model"
    else:
        assert tried == ranked
    assert result.compilations == 4 and result.model.calls == 1
    # Budget 2: the ranked list's first pick keeps the one slot, and the model is not asked.
    two = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="last").run(
        gcd_module, context, budget=2, backend=strategy_backend
    )
    assert [c.pipeline for c in two.candidates[1:]] == ranked[:1] and two.model.calls == 0
    # No model: the ranked lists alone; an unknown slot is one clear error.
    alone = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="last").run(
        gcd_module, context, budget=4
    )
    assert [c.pipeline for c in alone.candidates[1:]] == ranked
    with pytest.raises(ConfigError, match="model_slot"):
        make_strategy("ranked-coreset", model_slot="middle")


def test_pass_list_strategies_stop_before_the_optimized_ir(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, strategy_backend: Backend
) -> None:
    """Zero-shot and sampling read only the list: generation stops at the answer's <code> block (the IR a
    flag-tuning answer may go on to write), which is most of an answer's tokens."""
    asked: list[list[str] | None] = []

    class Recording(Backend):  # the real tiny model underneath; records what each strategy asked it for
        name = "recording"

        def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:
            asked.append(kwargs.get("stop"))  # type: ignore[arg-type]
            return strategy_backend.generate(prompts, **kwargs)  # type: ignore[arg-type]

    for name, options in (("zero-shot", {}), ("sample-and-select", {"n": 2, "temperature": 1.0})):
        result = make_strategy(name, **options).run(gcd_module, _context(measurer, gate), budget=3, backend=Recording())
        _never_worse_nor_rejected(result)
    assert len(asked) == 3 and all(stop is not None and "<code>" in stop for stop in asked)
