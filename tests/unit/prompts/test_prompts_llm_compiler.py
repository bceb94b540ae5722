"""The llm-compiler style reproduces the prompt strings Meta's released LLM Compiler models expect, byte for byte."""

from __future__ import annotations

from hypothesis import given
from prompt_strategies import PROPERTY, counts, ir_texts, pipelines

from llmopt.prompts import (
    CompilerEmulationExample,
    DisassemblyExample,
    FlagTuningExample,
    ParseStatus,
    get_format,
)

IR = "define i32 @f(i32 %0) {\n  %2 = add i32 %0, 1\n  ret i32 %2\n}\n"
ASM = "\t.text\nf:\n\tleal\t1(%rdi), %eax\n\tretq\n"


def test_flag_tuning_prompt_is_byte_exact():
    fmt = get_format("flag_tuning", style="llm-compiler")
    prompt = fmt.render_prompt(FlagTuningExample(ir=IR, ir_instruction_count=2, ir_binary_size=4))
    expected = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>" + IR + "</code> [/INST]"
    assert prompt == expected
    assert prompt.encode() == expected.encode()
    assert not fmt.is_chat


def test_disassembly_prompt_is_byte_exact():
    prompt = get_format("disassembly", style="llm-compiler").render_prompt(DisassemblyExample(asm=ASM))
    assert prompt == "[INST] Disassemble this code to LLVM-IR:\n\n<code>" + ASM + "</code> [/INST]"


def test_emulation_prompt_is_byte_exact():
    example = CompilerEmulationExample(ir=IR, passes="module(default<Oz>)", ir_instruction_count=2, ir_binary_size=17)
    prompt = get_format("compiler_emulation", style="llm-compiler").render_prompt(example)
    assert prompt == (
        "[INST] Give the LLVM-IR for the following code when optimized using opt -p 'module(default<Oz>)':\n\n"
        "<code>" + IR + "</code>\n\n"
        "The input code has instruction count 2 and binary size 17 bytes. [/INST]"
    )


@PROPERTY
@given(ir=ir_texts, passes=pipelines, n=counts, b=counts)
def test_prompts_match_the_templates_for_any_input(ir, passes, n, b):
    # The templates as Meta's demo code writes them, filled by str.format: the IR goes in unchanged.
    flag = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>{ir}</code> [/INST]"
    dis = "[INST] Disassemble this code to LLVM-IR:\n\n<code>{asm}</code> [/INST]"
    emu = (
        "[INST] Give the LLVM-IR for the following code when optimized using opt -p '{passes}':\n\n<code>{ir}"
        "</code>\n\nThe input code has instruction count {n} and binary size {b} bytes. [/INST]"
    )
    assert get_format("flag_tuning", style="llm-compiler").render_prompt(
        FlagTuningExample(ir=ir, ir_instruction_count=n, ir_binary_size=b)
    ) == flag.format(ir=ir)
    assert get_format("disassembly", style="llm-compiler").render_prompt(DisassemblyExample(asm=ir)) == dis.format(
        asm=ir
    )
    assert get_format("compiler_emulation", style="llm-compiler").render_prompt(
        CompilerEmulationExample(ir=ir, passes=passes, ir_instruction_count=n, ir_binary_size=b)
    ) == emu.format(ir=ir, passes=passes, n=n, b=b)


def test_llm_compiler_answers_in_other_wordings_are_read():
    # The paper fixes what the answer holds, not its wording: the parser takes the pieces wherever they are.
    fmt = get_format("flag_tuning", style="llm-compiler")
    answer = (
        "Apply opt -p 'module(default<Oz>),function(instcombine)' to reduce the binary size from 120 bytes: "
        "the input code has instruction count 20 and binary size 120 bytes, the output instruction count 8 "
        "and binary size 64 bytes.\n\n<code>" + IR + "</code>"
    )
    result = fmt.parse(answer)
    assert result.status is ParseStatus.OK, result.describe()
    assert result.pass_pipeline == "module(default<Oz>),function(instcombine)"
    assert (result.source_instruction_count, result.target_instruction_count) == (20, 8)
    assert (result.source_binary_size, result.target_binary_size) == (120, 64)
    assert result.ir == IR


def test_llm_compiler_no_improvement_answer():
    fmt = get_format("flag_tuning", style="llm-compiler")
    completion = fmt.render_completion(FlagTuningExample(ir=IR, ir_instruction_count=2, ir_binary_size=17))
    assert "17" in completion and "<code>" not in completion
    result = fmt.parse(completion)
    assert result.ok and result.no_improvement and result.source_binary_size == 17


def test_docs_show_every_task_and_the_literal_templates():
    from pathlib import Path

    from llmopt.prompts import available_formats

    docs = (Path(__file__).resolve().parents[3] / "docs" / "tasks.md").read_text()
    for task in available_formats():
        assert f"\n## {task}\n" in docs
    assert "[INST] Tell me how to optimize this LLVM-IR for object file size:" in docs
    assert "[INST] Disassemble this code to LLVM-IR:" in docs
    assert (
        "[INST] Give the LLVM-IR for the following code when optimized using opt -p 'sroa,loop-rotate,simplifycfg'"
        in docs
    )
