"""render -> parse round trips for every format and style: what a perfect model writes is read back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from prompt_strategies import (
    PROPERTY,
    disassembly_examples,
    emulation_examples,
    expected_ir,
    flag_tuning_examples,
    instruction_count_examples,
    peephole_examples,
)

from llmopt.prompts import (
    FeedbackExample,
    ParseStatus,
    get_format,
)
from llmopt.prompts.peephole import SUCCESS_VERDICT


@PROPERTY
@given(example=flag_tuning_examples(), style=st.sampled_from(["llmopt", "llm-compiler"]))
def test_flag_tuning_round_trip(example, style):
    fmt = get_format("flag_tuning", style=style)
    result = fmt.parse(fmt.render_completion(example))
    assert result.status is ParseStatus.OK, result.describe()
    if not example.improvable:
        assert result.no_improvement
        assert result.source_binary_size == example.ir_binary_size
        assert result.pass_pipeline is None
        return
    assert not result.no_improvement
    assert result.pass_pipeline == example.best_passes
    assert result.pass_list is not None
    assert (result.source_instruction_count, result.target_instruction_count) == (
        example.ir_instruction_count,
        example.optimized_instruction_count,
    )
    assert (result.source_binary_size, result.target_binary_size) == (
        example.ir_binary_size,
        example.optimized_binary_size,
    )
    assert result.ir == expected_ir(example.optimized_ir)


@PROPERTY
@given(example=emulation_examples(), style=st.sampled_from(["llmopt", "llm-compiler"]))
def test_compiler_emulation_round_trip(example, style):
    fmt = get_format("compiler_emulation", style=style)
    result = fmt.parse(fmt.render_completion(example))
    assert result.status is ParseStatus.OK, result.describe()
    assert result.target_instruction_count == example.optimized_instruction_count
    assert result.target_binary_size == example.optimized_binary_size
    assert result.ir == expected_ir(example.optimized_ir)


@PROPERTY
@given(example=instruction_count_examples(), with_ir=st.booleans())
def test_instruction_count_round_trip(example, with_ir):
    fmt = get_format("instruction_count", with_ir=with_ir)
    result = fmt.parse(fmt.render_completion(example))
    assert result.status is ParseStatus.OK, result.describe()
    assert result.pass_pipeline == example.best_passes
    assert result.pass_list is not None and len(result.pass_list) >= 1
    assert result.source_instruction_count == example.ir_instruction_count
    assert result.target_instruction_count == example.optimized_instruction_count
    assert result.ir == (expected_ir(example.optimized_ir) if with_ir else None)


@PROPERTY
@given(task=instruction_count_examples(), sure=st.booleans(), kind=st.sampled_from(["short", "long", "fast"]))
def test_feedback_round_trip(task, sure, kind):
    fmt = get_format("feedback", kind=kind)
    result = fmt.parse(fmt.render_completion(FeedbackExample(task=task, sure=sure)))
    assert result.status is ParseStatus.OK, result.describe()
    assert result.sure is sure
    assert result.pass_pipeline == task.best_passes
    assert (result.source_instruction_count, result.target_instruction_count) == (
        task.ir_instruction_count,
        task.optimized_instruction_count,
    )
    assert result.ir == expected_ir(task.optimized_ir)


@PROPERTY
@given(example=disassembly_examples(), style=st.sampled_from(["llmopt", "llm-compiler"]))
def test_disassembly_round_trip(example, style):
    fmt = get_format("disassembly", style=style)
    result = fmt.parse(fmt.render_completion(example))
    assert result.status is ParseStatus.OK, result.describe()
    assert result.ir == expected_ir(example.ir)


@PROPERTY
@given(example=peephole_examples(), form=st.sampled_from(["generic", "diagnostic"]))
def test_peephole_round_trip(example, form):
    fmt = get_format("peephole", form=form)
    result = fmt.parse(fmt.render_completion(example))
    assert result.status is ParseStatus.OK, result.describe()
    assert result.ir == expected_ir(example.optimized_ir)
    if form == "generic":
        assert result.think is None and result.draft_ir is None
        return
    assert result.draft_ir == expected_ir(example.draft_ir or example.optimized_ir)
    assert result.diagnosis == (example.diagnostic.strip() if example.diagnostic else SUCCESS_VERDICT)


@PROPERTY
@given(example=flag_tuning_examples(improvable=True))
def test_conversation_ends_with_the_label(example):
    fmt = get_format("flag_tuning")
    conversation = fmt.render_conversation(example)
    assert [m["role"] for m in conversation] == ["system", "user", "assistant"]
    assert conversation[-1]["content"] == fmt.render_completion(example)
    assert expected_ir(example.ir).rstrip("\n") in conversation[1]["content"]
