"""Peephole builder: only pairs the SMT verifier proves are kept; wrong pairs are refuted and skipped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from builder_fixtures import function_rows, make_context

from llmopt.data.tasks import get_builder
from llmopt.data.tasks.common import run_opt
from llmopt.data.tasks.peephole import (
    INSTCOMBINE_PIPELINE,
    REFUTED_PREFIX,
    PeepholeBuilder,
    classify_verdicts,
    verify_pair,
)
from llmopt.prompts import get_format
from llmopt.prompts.parsing import normalize_block
from llmopt.prompts.peephole import SUCCESS_VERDICT
from llmopt.toolchain import Flavour, IRModule, Toolchain
from llmopt.verify.result import Verdict, VerificationResult
from llmopt.verify.smt import SmtVerifier


@pytest.fixture(scope="module")
def rows(toolchain: Toolchain) -> dict[str, dict[str, Any]]:
    return function_rows(toolchain)


def _wrong_bump(toolchain: Toolchain, row: dict[str, Any]) -> tuple[IRModule, IRModule]:
    """bump's real input and an instcombine-like output that subtracts where the source adds."""
    source = run_opt(toolchain, row["ir"], None, 20).stdout_text
    target = run_opt(toolchain, row["ir"], INSTCOMBINE_PIPELINE, 20).stdout_text
    assert "add nsw i32 %2, %0" in target
    return IRModule(source, name="bump"), IRModule(target.replace("add nsw i32 %2, %0", "sub nsw i32 %2, %0"))


def test_generic_examples_are_proved_and_round_trip(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    builder = get_builder("peephole")
    assert isinstance(builder, PeepholeBuilder)
    ctx = make_context(toolchain, data_dir)
    fmt = get_format("peephole", **builder.format_options(ctx))
    assert fmt.form == "generic"
    for name in ("sq", "classify", "bump"):
        outcome = builder.build(rows[name], ctx)
        assert outcome.ok, (name, outcome.skip_reason, outcome.detail)
        assert outcome.extra["verdict"] == "equivalent" and outcome.extra["sample"] == "first-time"
        example = outcome.example
        assert example.ir != example.optimized_ir
        # Independent re-check of the kept pair with a fresh verifier.
        again = SmtVerifier(toolchain).verify(IRModule(example.ir), IRModule(example.optimized_ir), timeout_s=20)
        assert [r.verdict for r in again] == [Verdict.EQUIVALENT]
        assert example.ir.strip() in fmt.render_prompt(example)[-1]["content"]
        parsed = fmt.parse(fmt.render_completion(example))
        assert parsed.ok and parsed.ir == normalize_block(example.optimized_ir)


def test_wrong_pair_is_refuted_and_not_kept(toolchain: Toolchain, rows: dict[str, dict[str, Any]]) -> None:
    source, wrong = _wrong_bump(toolchain, rows["bump"])
    check = verify_pair(SmtVerifier(toolchain), source, wrong, timeout_s=20)
    assert not check.proved and check.skip_reason == "refuted" and check.verdict == "not_equivalent"
    assert check.results[0].counterexample is not None and "@bump" in check.reason


def test_unprovable_and_unchanged_functions_are_skipped(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    ctx = make_context(toolchain, data_dir)
    builder = PeepholeBuilder()
    # popcnt's loop runs 32 times: decided once the verifier deepens its loop bound (4, 16, 64), so it is kept.
    assert builder.build(rows["popcnt"], ctx).skip_reason is None
    # A loop whose trip count is an argument is never decided at any bound.
    symbolic = (
        "define i32 @sum(i32 %n) {\nentry:\n  br label %loop\nloop:\n"
        "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]\n"
        "  %t = add i32 %i, 0\n  %s1 = add i32 %s, %t\n  %i1 = add i32 %i, 1\n"
        "  %c = icmp slt i32 %i1, %n\n  br i1 %c, label %loop, label %done\ndone:\n  ret i32 %s1\n}\n"
    )
    loop = builder.build({"name": "sum", "ir": symbolic}, ctx)
    assert loop.skip_reason == "not proved: inconclusive" and loop.extra["verdict"] == "inconclusive"
    unchanged = builder.build({"name": "id", "ir": "define i32 @id(i32 %x) {\n  ret i32 %x\n}\n"}, ctx)
    assert unchanged.skip_reason == "no change"
    assert builder.build({"name": "bad", "ir": "define void @f( {"}, ctx).skip_reason == "opt failed"
    assert builder.build({"name": "empty", "ir": " "}, ctx).skip_reason == "no IR"


def test_classify_verdicts_orders_reasons() -> None:
    def result(verdict: Verdict, reason: str = "") -> VerificationResult:
        return VerificationResult(function="f", verdict=verdict, reason=reason)

    assert classify_verdicts([result(Verdict.EQUIVALENT)]) is None
    assert classify_verdicts([result(Verdict.INCONCLUSIVE, "x"), result(Verdict.NOT_EQUIVALENT)]) == "refuted"
    assert classify_verdicts([result(Verdict.INCONCLUSIVE, "unsupported: fp80")]) == "not proved: unsupported"
    assert classify_verdicts([result(Verdict.INCONCLUSIVE, "timeout after 1 s")]) == "not proved: timeout"
    assert classify_verdicts([result(Verdict.SYNTAX_ERROR, "line 1")]) == "verifier syntax error"
    assert classify_verdicts([]) == "not proved: no function verified"


def test_diagnostic_form_correction_and_first_time_samples(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    builder = PeepholeBuilder()
    ctx = make_context(toolchain, data_dir, form="diagnostic", correction_share=1.0)
    fmt = get_format("peephole", **builder.format_options(ctx))
    outcome = builder.build(rows["classify"], ctx)
    assert outcome.ok and outcome.extra["sample"] == "correction"
    assert outcome.extra["draft_source"].startswith("mutant: ")
    example = outcome.example
    assert example.diagnostic.startswith(REFUTED_PREFIX)
    # The draft really is wrong: the verifier refutes it against the input.
    verdicts = SmtVerifier(toolchain).verify(IRModule(example.ir), IRModule(example.draft_ir), timeout_s=20)
    assert verdicts[0].verdict is Verdict.NOT_EQUIVALENT
    parsed = fmt.parse(fmt.render_completion(example))
    assert parsed.ok and parsed.draft_ir == normalize_block(example.draft_ir)
    assert parsed.diagnosis == example.diagnostic and parsed.ir == normalize_block(example.optimized_ir)

    first_time = builder.build(rows["sq"], make_context(toolchain, data_dir, form="diagnostic", correction_share=0.0))
    assert first_time.ok and first_time.extra["sample"] == "first-time"
    parsed = fmt.parse(fmt.render_completion(first_time.example))
    assert parsed.ok and parsed.diagnosis == SUCCESS_VERDICT and parsed.draft_ir == parsed.ir


def test_model_drafts_give_real_diagnostics(
    toolchain: Toolchain, data_dir: Path, tmp_path: Path, rows: dict[str, dict[str, Any]]
) -> None:
    row = rows["bump"]
    _, wrong = _wrong_bump(toolchain, row)
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(
        "not json\n"
        + json.dumps({"normalized_hash": row["normalized_hash"], "completion": f"<answer>\n{wrong.text}</answer>"})
        + "\n"
        + json.dumps({"name": rows["sq"]["name"], "completion": "<answer>\nret 0\n</answer>"})
        + "\n"
    )
    ctx = make_context(toolchain, data_dir, form="diagnostic", drafts=str(drafts))
    outcome = PeepholeBuilder().build(row, ctx)
    assert outcome.ok and outcome.extra["sample"] == "correction" and outcome.extra["draft_source"] == "model"
    assert "sub nsw i32" in outcome.example.draft_ir and outcome.example.diagnostic.startswith(REFUTED_PREFIX)
    unparsable = PeepholeBuilder().build(rows["sq"], ctx)
    assert unparsable.ok and unparsable.extra["draft_source"] == "model"
    diagnostic = unparsable.example.diagnostic
    assert diagnostic.startswith("ERROR: could not parse") and "error" in diagnostic[len("ERROR") :]


def test_paper_flavour_has_no_optnone_and_is_optimized(toolchain: Toolchain, data_dir: Path) -> None:
    row = function_rows(toolchain, flavour=Flavour.PAPER)["sq"]
    assert "optnone" not in row["ir"]
    outcome = PeepholeBuilder().build(row, make_context(toolchain, data_dir))
    assert outcome.ok and outcome.extra["target_instruction_count"] < outcome.extra["source_instruction_count"]


def test_instruction_bounds_skip_before_the_verifier_runs(
    toolchain: Toolchain, data_dir: Path, rows: dict[str, dict[str, Any]]
) -> None:
    """max_instructions / min_instructions (the 3-30 filter of the CPU-scale runs, as options): a function outside
    the bounds is skipped with its count, never verified; inside them the pair is built as usual."""
    from llmopt.errors import ConfigError
    from llmopt.toolchain import count_instructions

    builder = get_builder("peephole")
    count = count_instructions(run_opt(toolchain, rows["bump"]["ir"], None, 20).stdout_text)
    small = builder.build(rows["bump"], make_context(toolchain, data_dir, max_instructions=str(count - 1)))
    assert small.skip_reason == "too large" and str(count) in small.detail and "verdict" not in small.extra
    large = builder.build(rows["bump"], make_context(toolchain, data_dir, min_instructions=count + 1))
    assert large.skip_reason == "too small"
    inside = builder.build(
        rows["bump"], make_context(toolchain, data_dir, min_instructions=count, max_instructions=count)
    )
    assert inside.ok, (inside.skip_reason, inside.detail)
    with pytest.raises(ConfigError, match="max_instructions"):
        builder.check_context(make_context(toolchain, data_dir, max_instructions="thirty"))
