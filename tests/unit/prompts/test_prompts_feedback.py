"""Short / Long / Fast feedback: the right fields, in the paper's layout, and the retry turn around them."""

from __future__ import annotations

import pytest

from llmopt.errors import ConfigError
from llmopt.prompts import (
    RETRY_LINE,
    SURE_LINE,
    FeedbackExample,
    FeedbackFormat,
    FeedbackInputs,
    InstructionCountExample,
    ParseStatus,
    get_format,
)

SOURCE_IR = """define i32 @f(i32 %0) {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}
"""
COMPILED_IR = """define i32 @f(i32 %0) {
  %2 = add nsw i32 %0, 1
  ret i32 %2
}
"""
GENERATED_IR = """define i32 @f(i32 %0) {
  %2 = add nsw i32 %x, 1
  ret i32 %2
}
"""
ANSWER = (
    f"{RETRY_LINE}\nRun passes `mem2reg,instcombine` to reduce instruction count from 5 to 1:\n"
    f"<code>\n{GENERATED_IR}</code>"
)
TASK = InstructionCountExample(
    ir=SOURCE_IR,
    ir_instruction_count=5,
    best_passes="mem2reg,instcombine",
    optimized_instruction_count=2,
    optimized_ir=COMPILED_IR,
)


def inputs_for(fmt: FeedbackFormat, error: str | None = "use of undefined value '%x'") -> FeedbackInputs:
    answer = fmt.parse(ANSWER)
    assert answer.ok, answer.describe()
    return FeedbackInputs.from_compilation(
        answer, passes_valid=True, source_instruction_count=5, compiled_ir=COMPILED_IR, compile_error=error
    )


def test_fast_feedback_has_only_pass_and_count_fields():
    fmt = get_format("feedback", kind="fast")
    text = fmt.render_feedback(inputs_for(fmt))
    assert text == (
        "Feedback:\n"
        "Passes valid: True\n"
        "Source instruction count: 5 [True], correct 5\n"
        "Target instruction count: 1 [False], correct 2"
    )
    assert fmt.stop_sequences == ("<code>",)


def test_short_feedback_adds_bleu_and_ir_errors():
    fmt = get_format("feedback", kind="short")
    inputs = inputs_for(fmt)
    assert inputs.target_instruction_count == 2  # counted on the compiled IR
    assert 0.0 < inputs.bleu < 1.0
    lines = fmt.render_feedback(inputs).split("\n")
    assert lines[:4] == [
        "Feedback:",
        "Passes valid: True",
        "Source instruction count: 5 [True], correct 5",
        "Target instruction count: 1 [False], correct 2",
    ]
    assert lines[4] == f"Target IR BLEU score: {inputs.bleu:.2f}"
    assert lines[5:] == ["IR errors:", "use of undefined value '%x'"]
    assert "Compiled IR" not in "\n".join(lines)


def test_long_feedback_adds_the_compiled_ir():
    fmt = get_format("feedback", kind="long")
    text = fmt.render_feedback(inputs_for(fmt, error=None))
    assert "IR errors: None" in text
    assert text.endswith(f"Compiled IR:\n<code>\n{COMPILED_IR.rstrip()}\n</code>")
    short = get_format("feedback", kind="short").render_feedback(inputs_for(fmt, error=None))
    assert text.startswith(short)


def test_invalid_passes_and_missing_predictions():
    fmt = get_format("feedback", kind="short")
    answer = fmt.parse("I am sure!\nRun passes `nosuchpass` to reduce instruction count")
    assert answer.sure is True and answer.status is ParseStatus.PARTIAL
    assert any("unknown pass 'nosuchpass'" in p for p in answer.problems)
    inputs = FeedbackInputs.from_compilation(
        answer, passes_valid=False, source_instruction_count=5, compiled_ir=None, compile_error=None
    )
    text = fmt.render_feedback(inputs)
    assert "Passes valid: False" in text
    assert "Source instruction count: missing [False], correct 5" in text
    assert "Target instruction count: missing [False], correct unknown" in text
    assert "Target IR BLEU score: n/a" in text
    assert "IR errors: the answer contains no IR" in text
    assert fmt.needs_retry(inputs)


def test_needs_retry_depends_on_the_kind():
    perfect = FeedbackInputs(
        parse=get_format("feedback").parse(ANSWER.replace("from 5 to 1", "from 5 to 2")),
        passes_valid=True,
        source_instruction_count=5,
        target_instruction_count=2,
        compile_error=None,
        bleu=0.8,
        compiled_ir=COMPILED_IR,
    )
    assert not get_format("feedback", kind="fast").needs_retry(perfect)  # counts are right
    assert get_format("feedback", kind="short").needs_retry(perfect)  # but the generated IR differs


def test_retry_turn_carries_first_prompt_answer_and_feedback():
    fmt = get_format("feedback", kind="long")
    inputs = inputs_for(fmt)
    messages = fmt.render_prompt(FeedbackExample(task=TASK, sure=False, previous_completion=ANSWER, feedback=inputs))
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[:2] == fmt.render_prompt(FeedbackExample(task=TASK))
    assert messages[2]["content"] == ANSWER
    assert messages[3]["content"].startswith(fmt.render_feedback(inputs))
    assert SURE_LINE in messages[3]["content"] and RETRY_LINE in messages[3]["content"]
    assert fmt.render_followup(TASK, ANSWER, inputs) == messages


def test_label_starts_with_the_sure_line():
    fmt = get_format("feedback")
    assert fmt.render_completion(FeedbackExample(task=TASK, sure=True)).split("\n")[0] == "I am sure!"
    assert fmt.render_completion(FeedbackExample(task=TASK, sure=False)).split("\n")[0] == "Let me try again."
    assert fmt.parse(
        "Run passes `instcombine` to reduce instruction count from 5 to 2:\n<code>\nx\n</code>"
    ).missing == ("sure",)


def test_misuse_raises_config_errors():
    with pytest.raises(ConfigError, match="unknown feedback kind 'medium'"):
        FeedbackFormat(kind="medium")
    with pytest.raises(ConfigError, match="go together"):
        FeedbackExample(task=TASK, previous_completion=ANSWER)
    with pytest.raises(ConfigError, match="best_passes"):
        get_format("feedback").render_completion(FeedbackExample(task=InstructionCountExample(ir=SOURCE_IR)))
