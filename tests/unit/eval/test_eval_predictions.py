"""Predicted vs real numbers: what an answer predicted for its list is kept beside what the real compiler measured
for that list, carried into the harness row, and the report's MAPE is the metric over those pairs."""

from __future__ import annotations

import pytest

from llmopt.eval import metrics as m
from llmopt.eval.methods import strategy_outcome
from llmopt.eval.report import summarize_rows
from llmopt.inference.strategy import Session, StrategyContext
from llmopt.metrics import Measurer
from llmopt.toolchain import Flavour, IRModule
from llmopt.verify.acceptance import AcceptancePolicy

IR = """define i32 @f(i32 %x) {
entry:
  %a = add i32 %x, 0
  %b = mul i32 %a, 1
  ret i32 %b
}
"""


def test_predictions_are_measured_and_reach_the_row(toolchain, data_dir) -> None:
    module = IRModule(text=IR, name="f", flavour=Flavour.SIZE)
    with Measurer(toolchain, data_dir=data_dir) as measurer:
        session = Session(module, StrategyContext(measurer=measurer, acceptance=AcceptancePolicy()), budget=3)
        session.measure("instcombine", "model")
        session.predict("instcombine", "model", 3, 100)
        session.predict("never-measured", "model", 7, None)
        result = session.finish()
        real = measurer.measure_pipeline(module, "instcombine")
    first, second = result.predictions
    assert (first.instruction_count, first.binary_size) == (3, 100)
    assert first.real_instruction_count == real.instruction_count == 1  # instcombine folds both to `ret i32 %x`
    assert first.real_binary_size == real.binary_size
    assert second.real_instruction_count is None
    outcome = strategy_outcome(result)
    row = {"status": "ok", "predictions": outcome.predictions}
    summary = summarize_rows([row])
    assert summary["predictions"] == 2
    # |3 - 1| / 1 = 200 %; the unmeasured list has no real value and is left out
    assert summary["instruction_count_mape"] == pytest.approx(200.0)
    assert summary["binary_size_mape"] == pytest.approx(m.mean_absolute_percentage_error([100], [real.binary_size]))


def test_feedback_rounds_reach_the_report_tables() -> None:
    from llmopt.eval.report import render_markdown

    rows = [
        {"status": "ok", "size": 80, "oz_size": 100, "compilations": 3,
         "candidates": [{"source": "oz", "size": 100}, {"source": "feedback", "size": 90},
                        {"source": "feedback", "size": 80}]},
        {"status": "ok", "size": 100, "oz_size": 100, "compilations": 2,
         "candidates": [{"source": "oz", "size": 100}, {"source": "feedback", "size": None}]},
    ]  # fmt: skip
    summary = summarize_rows(rows)
    assert summary["feedback_rounds_pct"] == pytest.approx([(0.9**0.5 - 1) * 100, (0.8**0.5 - 1) * 100])
    head = {"label": "feedback @3", "suite": "s", "flavour": "size", "clang_programs": 0, "contamination": ""}
    data = {"summary": [{**head, **summary}], "by_kind": [], "packages": [], "runs": []}
    text = render_markdown(data)
    assert "## Feedback loop" in text and "| feedback @3 | -5.13 % | -10.56 % |" in text


def test_sure_rate_and_precision_reach_the_report_tables() -> None:
    from llmopt.eval.report import render_markdown

    # Three feedback answers: two "I am sure!" (one predicted the measured count, one did not), one "Let me try again.";
    # a flag-tuning prediction (sure None) is not a feedback answer.
    predictions = [
        {"instruction_count": 10, "real_instruction_count": 10, "sure": True},
        {"instruction_count": 12, "real_instruction_count": 10, "sure": True},
        {"instruction_count": 9, "real_instruction_count": 10, "sure": False},
        {"instruction_count": 9, "real_instruction_count": 10, "sure": None},
    ]
    summary = summarize_rows([{"status": "ok", "size": 90, "oz_size": 100, "predictions": predictions}])
    assert summary["sure_answers"] == 3
    assert summary["sure_rate"] == pytest.approx(2 / 3) and summary["sure_precision"] == pytest.approx(0.5)
    assert m.sure_rate([None]) is None and m.sure_precision([(3, None)]) is None
    head = {"label": "feedback @3", "suite": "s", "flavour": "size", "clang_programs": 0, "contamination": ""}
    text = render_markdown({"summary": [{**head, **summary}], "by_kind": [], "packages": [], "runs": []})
    assert '## Feedback loop: "I am sure!"' in text and "| feedback @3 | 3 | 66.7 % | 50.0 % |" in text
