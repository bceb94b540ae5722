"""Disassembly builder: -Oz labels that round-trip exactly, and the round-trip check on model-like output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builder_fixtures import function_rows, make_context

from llmopt.data.tasks import get_builder
from llmopt.data.tasks.disassembly import DisassemblyBuilder, check_disassembly
from llmopt.prompts import get_format
from llmopt.prompts.parsing import normalize_block
from llmopt.prompts.scoring import RoundTripStatus
from llmopt.toolchain import Flavour, Toolchain


@pytest.fixture(scope="module")
def rows(toolchain: Toolchain) -> dict[str, dict[str, Any]]:
    return function_rows(toolchain)


def test_labels_round_trip_exactly_and_render(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    builder = get_builder("disassembly")
    assert isinstance(builder, DisassemblyBuilder)
    ctx = make_context(toolchain, data_dir)
    fmt = get_format("disassembly", **builder.format_options(ctx))
    for name in ("classify", "popcnt", "dist"):
        outcome = builder.build(rows[name], ctx)
        assert outcome.ok, (name, outcome.skip_reason, outcome.detail)
        assert outcome.extra["round_trip_exact"] is True and outcome.extra["round_trip_bleu"] == 1.0
        example = outcome.example
        assert f"{name}:" in example.asm and "default<Oz>" == outcome.extra["pipeline"]
        assert "-O2" in outcome.extra["codegen"]
        prompt = fmt.render_prompt(example)
        assert example.asm.strip().splitlines()[0] in prompt[-1]["content"]
        parsed = fmt.parse(fmt.render_completion(example))
        assert parsed.ok and parsed.ir == normalize_block(example.ir)
        check = check_disassembly(toolchain, example.asm, parsed.ir, Flavour.SIZE)
        assert check.lowered and check.exact_match and check.bleu == 1.0 and check.error is None


def test_paper_flavour_uses_o0_codegen_and_llm_compiler_style(toolchain: Toolchain, data_dir: Path) -> None:
    row = function_rows(toolchain, flavour=Flavour.PAPER)["popcnt"]
    builder = DisassemblyBuilder()
    outcome = builder.build(row, make_context(toolchain, data_dir))
    assert outcome.ok and outcome.extra["codegen"].startswith("llc -O0")
    fmt = get_format("disassembly", style="llm-compiler")
    prompt = fmt.render_prompt(outcome.example)
    assert prompt.startswith("[INST] Disassemble this code to LLVM-IR:\n\n<code>")
    parsed = fmt.parse(fmt.render_completion(outcome.example))
    assert check_disassembly(toolchain, outcome.example.asm, parsed.ir, Flavour.PAPER).exact_match
    # The same IR lowered with the other flavour's codegen is a different assembly: the flavour matters.
    assert not check_disassembly(toolchain, outcome.example.asm, parsed.ir, Flavour.SIZE).exact_match


def test_check_disassembly_scores_garbage_and_wrong_ir(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    ctx = make_context(toolchain, data_dir)
    classify = DisassemblyBuilder().build(rows["classify"], ctx).example
    bump = DisassemblyBuilder().build(rows["bump"], ctx).example

    garbage = check_disassembly(toolchain, classify.asm, "this is not IR at all")
    assert garbage.score.status is RoundTripStatus.NOT_LOWERED and not garbage.lowered
    assert garbage.bleu == 0.0 and not garbage.exact_match and "error" in (garbage.error or "")

    undefined = check_disassembly(toolchain, classify.asm, "define i32 @classify(i32 %c) {\n  ret i32 %x\n}\n")
    assert not undefined.lowered and "undefined value" in (undefined.error or "")

    missing = check_disassembly(toolchain, classify.asm, None)
    assert missing.error == "no IR" and missing.to_json()["status"] == "not_lowered"

    wrong = check_disassembly(toolchain, classify.asm, bump.ir)  # valid IR, but of another function
    assert wrong.lowered and not wrong.exact_match and 0.0 < wrong.bleu < 1.0 and wrong.round_trip_asm


def test_bad_rows_are_skipped_not_raised(toolchain: Toolchain, data_dir: Path) -> None:
    builder = DisassemblyBuilder()
    ctx = make_context(toolchain, data_dir)
    assert builder.build({"name": "x", "ir": ""}, ctx).skip_reason == "no IR"
    broken = builder.build({"name": "x", "ir": "define i32 @f() {\n  ret i32 %nope\n}\n", "flavour": "size"}, ctx)
    assert broken.skip_reason == "opt failed" and "undefined value" in broken.detail
    assert builder.build({"name": "x", "ir": "x", "flavour": "mystery"}, ctx).skip_reason == "unknown flavour"
