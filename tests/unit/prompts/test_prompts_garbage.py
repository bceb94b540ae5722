"""Parsing never raises: random text, near-miss text built from the formats' vocabulary, truncated answers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from prompt_strategies import (
    FUZZ,
    PROPERTY,
    disassembly_examples,
    emulation_examples,
    flag_tuning_examples,
    instruction_count_examples,
    near_miss_texts,
    peephole_examples,
)

from llmopt.prompts import FeedbackExample, ParseResult, ParseStatus, PromptFormat, available_formats, get_format

OPTIONS = {
    "feedback": [{"kind": k} for k in ("short", "long", "fast")],
    "peephole": [{"form": f} for f in ("generic", "diagnostic")],
    "instruction_count": [{"with_ir": True}, {"with_ir": False}],
}


def all_formats() -> list[PromptFormat]:
    formats = []
    for task, styles in available_formats().items():
        for style in styles:
            for options in OPTIONS.get(task, [{}]):
                formats.append(get_format(task, style=style, **options))
    return formats


FORMATS = all_formats()


def check_total(fmt: PromptFormat, text: object) -> ParseResult:
    result = fmt.parse(text)
    assert isinstance(result, ParseResult)
    assert result.task == fmt.task
    assert result.status in set(ParseStatus)
    assert not any(p.startswith("internal parser error") for p in result.problems), result.problems
    if result.status is not ParseStatus.OK:
        assert result.missing or result.problems, "a non-OK result must say what was missing or wrong"
    result.to_json()
    result.describe()
    return result


def test_every_task_and_style_is_fuzzed():
    assert {(f.task, f.style) for f in FORMATS} == {
        (task, style) for task, styles in available_formats().items() for style in styles
    }
    assert len(FORMATS) == 13  # 9 (task, style) pairs, feedback x3 kinds, peephole x2 forms, counts x2


@FUZZ
@given(text=st.text(max_size=3000))
def test_random_text_never_raises(text):
    for fmt in FORMATS:
        check_total(fmt, text)


@FUZZ
@given(text=near_miss_texts)
def test_near_miss_text_never_raises(text):
    for fmt in FORMATS:
        check_total(fmt, text)


@pytest.mark.parametrize("value", [None, b"<code>x</code>", 42, ["Passes: instcombine"]])
def test_non_text_is_a_failure_not_an_exception(value):
    for fmt in FORMATS:
        result = check_total(fmt, value)
        assert result.status is ParseStatus.FAILED
        assert "not text" in result.problems[0]


def test_empty_completion_names_what_is_missing():
    result = get_format("flag_tuning").parse("")
    assert result.status is ParseStatus.FAILED
    assert result.missing == (
        "pass_list",
        "source_instruction_count",
        "target_instruction_count",
        "source_binary_size",
        "target_binary_size",
        "ir",
    )
    assert get_format("feedback", kind="fast").parse("").missing == (
        "sure",
        "pass_list",
        "source_instruction_count",
        "target_instruction_count",
    )


def completions() -> st.SearchStrategy[tuple[PromptFormat, str]]:
    """(format, a valid completion for it) over every task and style."""

    def pair(task, example_strategy, **options):
        return st.tuples(
            st.sampled_from([get_format(task, style=s, **options) for s in available_formats()[task]]), example_strategy
        ).map(lambda fe: (fe[0], fe[0].render_completion(fe[1])))

    return st.one_of(
        pair("flag_tuning", flag_tuning_examples(improvable=True)),
        pair("compiler_emulation", emulation_examples()),
        pair("instruction_count", instruction_count_examples()),
        pair("disassembly", disassembly_examples()),
        pair("peephole", peephole_examples(), form="diagnostic"),
        pair("peephole", peephole_examples(), form="generic"),
        st.tuples(st.sampled_from(["short", "long"]), instruction_count_examples(), st.booleans()).map(
            lambda t: (
                get_format("feedback", kind=t[0]),
                get_format("feedback", kind=t[0]).render_completion(FeedbackExample(task=t[1], sure=t[2])),
            )
        ),
    )


@PROPERTY
@given(case=completions(), data=st.data())
def test_truncated_completions_never_raise_and_are_never_ok(case, data):
    # Every one of these completions ends in a closing tag, so any proper prefix lacks a field.
    fmt, text = case
    assert check_total(fmt, text).ok
    cut = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    truncated = check_total(fmt, text[:cut])
    assert not truncated.ok, (cut, text[:cut])


@PROPERTY
@given(case=completions(), data=st.data())
def test_mutated_completions_never_raise(case, data):
    fmt, text = case
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=min(len(text), start + 20)))
    insert = data.draw(st.text(max_size=10))
    check_total(fmt, text[:start] + insert + text[end:])


def test_cut_off_ir_keeps_the_pass_list_and_says_why():
    text = (
        "Passes: instcombine,simplifycfg\nInstruction count: 16 -> 4\nBinary size: 37 -> 21 bytes\n"
        "<code>\ndefine i32 @f(i32 %0) {\n  ret i32 %0"
    )
    result = get_format("flag_tuning").parse(text)
    assert result.status is ParseStatus.PARTIAL
    assert result.missing == ("ir",)
    assert result.pass_list is not None and result.pass_list.names == ("instcombine<no-verify-fixpoint>", "simplifycfg")
    assert "not closed" in result.problems[0]


def test_unknown_pass_is_a_problem_not_an_exception():
    result = get_format("flag_tuning", style="llm-compiler").parse(
        "Run opt -p 'instcombine,frobnicate' to get instruction count 3 and binary size 9 bytes"
    )
    assert result.pass_pipeline == "instcombine,frobnicate"
    assert result.pass_list is None
    assert any("unknown pass 'frobnicate'" in p for p in result.problems)
    assert result.status is ParseStatus.PARTIAL


def test_legacy_flag_answers_are_read_as_pipelines():
    result = get_format("instruction_count").parse(
        "Run passes -reg2mem -instcombine -Oz to reduce instruction count from 14 to 6:\n<code>\nx\n</code>"
    )
    assert result.ok, result.describe()
    assert result.pass_pipeline == "reg2mem,instcombine,default<Oz>"


def test_markdown_fence_is_accepted_for_ir():
    result = get_format("disassembly").parse("Here it is:\n```llvm\ndefine void @f() {\n  ret void\n}\n```\n")
    assert result.ok
    assert result.ir == "define void @f() {\n  ret void\n}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Passes: `instcombine,simplifycfg` (folds the branch)",
        "Passes: instcombine,simplifycfg because the branch folds",
        "Passes: 'instcombine,simplifycfg'.",
    ],
)
def test_pass_list_is_taken_out_of_surrounding_prose(line):
    result = get_format("flag_tuning").parse(line)
    assert result.pass_pipeline == "instcombine,simplifycfg"
    assert result.pass_list is not None
