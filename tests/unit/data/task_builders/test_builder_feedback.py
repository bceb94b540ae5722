"""Feedback builder: each synthetic error class yields the feedback the paper defines, computed by the compiler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from builder_fixtures import function_rows, make_context

from llmopt.data.tasks import TaskOutcome, get_builder
from llmopt.data.tasks.feedback import FeedbackBuilder
from llmopt.prompts import RETRY_LINE, SURE_LINE, FeedbackFormat, get_format
from llmopt.prompts.compile_feedback import compute_feedback_inputs
from llmopt.prompts.parsing import normalize_block
from llmopt.toolchain import Toolchain


@pytest.fixture(scope="module")
def rows(toolchain: Toolchain) -> dict[str, dict[str, Any]]:
    return function_rows(toolchain)


def _build(toolchain: Toolchain, data_dir: Path, row: dict[str, Any], **options: Any) -> tuple[TaskOutcome, str, Any]:
    """The outcome, the rendered feedback message (the last user turn) and the format, after checking that the
    label completion parses back into the label's fields."""
    builder = get_builder("feedback")
    assert isinstance(builder, FeedbackBuilder)
    ctx = make_context(toolchain, data_dir, **options)
    fmt = get_format("feedback", **builder.format_options(ctx))
    outcome = builder.build(row, ctx)
    assert outcome.ok, (outcome.skip_reason, outcome.detail)
    example = outcome.example
    messages = fmt.render_prompt(example)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[2]["content"] == example.previous_completion
    parsed = fmt.parse(fmt.render_completion(example))
    assert parsed.ok and parsed.sure is example.sure
    assert parsed.pass_pipeline == example.task.best_passes
    assert parsed.source_instruction_count == example.task.ir_instruction_count
    assert parsed.target_instruction_count == example.task.optimized_instruction_count
    assert parsed.ir == normalize_block(example.task.optimized_ir)
    return outcome, messages[-1]["content"], fmt


def test_correct_first_answer_is_sure_and_needs_no_retry(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    outcome, feedback, fmt = _build(toolchain, data_dir, rows["classify"], synthetic_kind="correct")
    assert outcome.extra["first_answer_source"] == "synthetic" and outcome.extra["first_answer_kind"] == "correct"
    assert feedback.startswith("Feedback:\nPasses valid: True\n")
    assert "[False]" not in feedback and "Target IR BLEU score: 1.00" in feedback and "IR errors: None" in feedback
    assert outcome.example.sure and not fmt.needs_retry(outcome.example.feedback)
    assert fmt.render_completion(outcome.example).startswith(SURE_LINE + "\n")
    assert outcome.extra["needs_retry"] is False and outcome.extra["label_source"] == "answer"


def test_invalid_pass_is_reported_and_labelled_with_the_intended_list(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    outcome, feedback, _ = _build(toolchain, data_dir, rows["classify"], synthetic_kind="invalid_pass")
    assert "Passes valid: False" in feedback and "correct unknown" in feedback
    assert outcome.extra["passes_valid"] is False and outcome.extra["label_source"] == "intended"
    assert "invalid pass list" in outcome.extra["first_answer_parse"]
    assert not outcome.example.sure and fmt_starts(outcome, RETRY_LINE)


def test_wrong_count_is_marked_wrong(toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]) -> None:
    outcome, feedback, _ = _build(toolchain, data_dir, rows["classify"], synthetic_kind="wrong_count")
    inputs = outcome.example.feedback
    assert inputs.parse.target_instruction_count != inputs.target_instruction_count
    assert (
        f"Target instruction count: {inputs.parse.target_instruction_count} [False], "
        f"correct {inputs.target_instruction_count}"
    ) in feedback
    assert "IR errors: None" in feedback and not outcome.example.sure


def test_broken_ir_gives_a_compile_error(toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]) -> None:
    outcome, feedback, fmt = _build(toolchain, data_dir, rows["classify"], synthetic_kind="broken_ir")
    assert "IR errors:\nline " in feedback and "error:" in feedback.split("IR errors:", 1)[1]
    assert outcome.extra["compile_error"] and fmt.needs_retry(outcome.example.feedback)
    # The counts were right, and the sure line is about the target count only (the paper's definition).
    assert outcome.example.sure


def test_stale_ir_lowers_bleu_and_long_feedback_shows_compiled_ir(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    outcome, feedback, _ = _build(toolchain, data_dir, rows["dist"], synthetic_kind="stale_ir", feedback_kind="long")
    inputs = outcome.example.feedback
    assert inputs.bleu is not None and inputs.bleu < 1.0 and inputs.compile_error is None
    assert "Compiled IR:\n<code>\n" in feedback and inputs.compiled_ir.splitlines()[-1] in feedback


def test_fast_feedback_has_no_ir_fields(toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]) -> None:
    outcome, feedback, _ = _build(toolchain, data_dir, rows["bump"], feedback_kind="fast", synthetic_kind="wrong_count")
    assert "<code>" not in outcome.example.previous_completion
    assert "BLEU" not in feedback and "IR errors" not in feedback and "[False]" in feedback


def test_model_generations_are_matched_and_fast_cut_at_code(
    toolchain: Toolchain, data_dir: Path, tmp_path: Path, rows: dict[str, dict[str, Any]]
) -> None:
    row = rows["sq"]
    completion = "Run passes `instcombine,simplifycfg` to reduce instruction count from 6 to 2:\n<code>\nnope\n</code>"
    generations = tmp_path / "generations.jsonl"
    generations.write_text(json.dumps({"name": row["name"], "completion": completion}) + "\n")
    outcome, feedback, _ = _build(toolchain, data_dir, row, generations=str(generations))
    assert outcome.extra["first_answer_source"] == "model" and outcome.extra["first_answer_kind"] is None
    assert "Passes valid: True" in feedback and "IR errors:\nline 1:1: error:" in feedback
    fast, _, _ = _build(toolchain, data_dir, row, generations=str(generations), feedback_kind="fast")
    assert fast.example.previous_completion.endswith("from 6 to 2:")
    missing = FeedbackBuilder().build(rows["bump"], make_context(toolchain, data_dir, generations=str(generations)))
    assert missing.skip_reason == "no generation for row"


def test_feedback_on_garbage_never_raises(toolchain: Toolchain, rows: dict[str, dict[str, Any]]) -> None:
    inputs = compute_feedback_inputs(toolchain, rows["sq"]["ir"], FeedbackFormat("short").parse("garbage \x00 text"))
    assert not inputs.passes_valid and inputs.target_instruction_count is None and inputs.bleu is None
    assert inputs.source_instruction_count == rows["sq"]["instruction_count"]


def fmt_starts(outcome: TaskOutcome, line: str) -> bool:
    return FeedbackFormat().render_completion(outcome.example).startswith(line + "\n")
