"""Formats and the round-trip scorer on real IR and assembly from clang/opt (the toolchain API), and the registry."""

from __future__ import annotations

import re

import pytest

from llmopt.errors import ConfigError
from llmopt.prompts import (
    DisassemblyExample,
    FlagTuningExample,
    PeepholeExample,
    PromptFormat,
    RoundTripStatus,
    available_formats,
    bleu_score,
    get_format,
    register_format,
    score_round_trip,
    unregister_format,
)
from llmopt.prompts.flag_tuning import FlagTuningFormat
from llmopt.settings import Settings
from llmopt.toolchain import Toolchain, compile_source, count_instructions

C_SOURCE = """
int clamp_add(int a, int b) {
  int s = a + b;
  if (s > 100)
    s = 100;
  return s;
}
"""


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return Toolchain.discover(Settings.load().llvm_bin)


@pytest.fixture(scope="module")
def real(toolchain, tmp_path_factory):
    """Unoptimized (paper flavour), -Oz and instcombine IR of a tiny C function, and the -Oz assembly."""
    src = tmp_path_factory.mktemp("prompts") / "clamp.c"
    src.write_text(C_SOURCE)
    o0 = compile_source(toolchain, src, "paper").text

    def opt(passes: str) -> str:
        run = toolchain.run("opt", ["-S", f"-passes={passes}", "-o", "-", "-"], input=o0.encode())
        assert run.ok, run.describe()
        return run.stdout_text

    oz = opt("default<Oz>")
    return {"o0": o0, "oz": oz, "instcombine": opt("instcombine"), "asm": lower(toolchain, oz)}


def lower(toolchain: Toolchain, ir: str) -> str | None:
    """IR -> assembly the way the disassembly task's data is made (clang -S on IR); None if it does not compile."""
    run = toolchain.run("clang", ["-S", "-x", "ir", "-o", "-", "-"], input=ir.encode())
    return run.stdout_text if run.ok else None


def test_flag_tuning_on_real_ir(real):
    fmt = get_format("flag_tuning")
    example = FlagTuningExample(
        ir=real["o0"],
        ir_instruction_count=count_instructions(real["o0"]),
        ir_binary_size=37,
        best_passes="default<Oz>",
        optimized_instruction_count=count_instructions(real["oz"]),
        optimized_binary_size=21,
        optimized_ir=real["oz"],
    )
    prompt = fmt.render_prompt(example)
    assert "define dso_local i32 @clamp_add" in prompt[1]["content"]
    assert f"instruction count {example.ir_instruction_count} " in prompt[1]["content"]
    result = fmt.parse(fmt.render_completion(example))
    assert result.ok, result.describe()
    assert result.ir == real["oz"]
    assert result.pass_list.to_pipeline() == "default<Oz>"
    assert result.target_instruction_count == 3


def test_round_trip_of_the_true_ir_is_exact(toolchain, real):
    fmt = get_format("disassembly", style="llm-compiler")
    answer = fmt.render_completion(DisassemblyExample(asm=real["asm"], ir=real["oz"]))
    lifted = fmt.parse(answer).ir
    score = fmt.score(real["asm"], lower(toolchain, lifted))
    assert score.status is RoundTripStatus.LOWERED
    assert score.exact_match and score.bleu == 1.0


def test_round_trip_of_a_wrong_ir_scores_below_one(toolchain, real):
    wrong = real["oz"].replace("i32 100)", "i32 99)")
    assert wrong != real["oz"]
    score = score_round_trip(real["asm"], lower(toolchain, wrong))
    assert score.round_tripped and not score.exact_match
    assert 0.5 < score.bleu < 1.0


def test_round_trip_of_broken_ir_is_not_lowered(toolchain, real):
    broken = real["oz"].replace("ret i32", "ret i64", 1)
    assert lower(toolchain, broken) is None
    score = score_round_trip(real["asm"], None)
    assert score.to_json() == {"status": "not_lowered", "bleu": 0.0, "exact_match": False}


def test_round_trip_can_ignore_file_names(toolchain, real):
    renamed = lower(toolchain, re.sub(r'source_filename = ".*"', 'source_filename = "other.c"', real["oz"]))
    assert renamed is not None and renamed != real["asm"]
    assert not score_round_trip(real["asm"], renamed).exact_match
    assert score_round_trip(real["asm"], renamed, ignore_noise=True).exact_match


def test_bleu_bounds():
    assert bleu_score("", "") == 1.0
    assert bleu_score("", "movl %eax, %ebx") == 0.0
    assert 0.0 < bleu_score("movl %eax, %ebx\nretq", "movl %eax, %ecx\nretq") < 1.0


def test_peephole_prompt_holds_the_function(real):
    fmt = get_format("peephole", form="diagnostic")
    example = PeepholeExample(ir=real["o0"], optimized_ir=real["instcombine"])
    messages = fmt.render_prompt(example)
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "<think>" in messages[0]["content"] and "<answer>" in messages[0]["content"]
    # The function, ending at a line break: the IR tokenizer then splits prompt and answer apart (see render_prompt).
    assert messages[1]["content"] == real["o0"].rstrip("\n") + "\n"
    assert fmt.parse(fmt.render_completion(example)).ir == real["instcombine"]


def test_registry_lists_and_rejects():
    assert available_formats() == {
        "compiler_emulation": ("llm-compiler", "llmopt"),
        "disassembly": ("llm-compiler", "llmopt"),
        "feedback": ("llmopt",),
        "flag_tuning": ("llm-compiler", "llmopt"),
        "instruction_count": ("llmopt",),
        "peephole": ("llmopt",),
    }
    with pytest.raises(ConfigError, match="unknown prompt task 'flag-tune'; valid tasks: compiler_emulation, "):
        get_format("flag-tune")
    with pytest.raises(ConfigError, match="has no style 'llm-compiler'; valid styles: llmopt"):
        get_format("peephole", style="llm-compiler")
    with pytest.raises(ConfigError, match="does not take options \\['colour'\\]; its options are: kind"):
        get_format("feedback", colour="red")
    with pytest.raises(ConfigError, match="not a PromptFormat subclass"):
        get_format("llmopt.errors:ConfigError")


def test_registry_takes_new_formats_and_dotted_paths():
    class ShortFlagTuning(FlagTuningFormat):
        style = "terse"

    register_format("flag_tuning", "terse", ShortFlagTuning)
    try:
        with pytest.raises(ConfigError, match="already registered"):
            register_format("flag_tuning", "terse", ShortFlagTuning)
        fmt = get_format("flag_tuning", style="terse", show_input_size=False)
        assert isinstance(fmt, ShortFlagTuning) and not fmt.show_input_size
    finally:
        unregister_format("flag_tuning", "terse")
    assert "terse" not in available_formats()["flag_tuning"]
    loaded = get_format("llmopt.prompts.peephole:PeepholeFormat", form="diagnostic")
    assert isinstance(loaded, PromptFormat) and loaded.form == "diagnostic"


def test_wrong_example_type_is_a_config_error(real):
    with pytest.raises(ConfigError, match="renders FlagTuningExample examples, got DisassemblyExample"):
        get_format("flag_tuning").render_prompt(DisassemblyExample(asm=real["asm"]))
