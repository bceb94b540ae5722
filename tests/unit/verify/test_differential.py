"""Differential testing: refutes real differences, never refutes on source UB, never answers EQUIVALENT."""

from __future__ import annotations

import pytest

from llmopt.settings import Settings
from llmopt.toolchain import IRModule, Toolchain, parse_ir
from llmopt.verify.differential import DifferentialVerifier
from llmopt.verify.harness import instrument_undefined_behaviour
from llmopt.verify.ir_signature import UnsupportedSignature, parse_signature, rename_definitions
from llmopt.verify.result import Verdict

HEADER = (
    'target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"\n'
    'target triple = "x86_64-pc-linux-gnu"\n'
)


@pytest.fixture(scope="module")
def tc() -> Toolchain:
    return Toolchain.discover(Settings.load().llvm_bin)


@pytest.fixture(scope="module")
def tester(tc: Toolchain) -> DifferentialVerifier:
    return DifferentialVerifier(tc, inputs=120)


def module(body: str) -> IRModule:
    return IRModule(text=HEADER + body, name="t")


ADD3 = module("""
define i32 @f(i32 %a, i32 %b) {
  %s = add nsw i32 %a, %b
  %t = add nsw i32 %s, 3
  ret i32 %t
}
""")


def test_parse_signature_reads_widths_signedness_and_struct_returns() -> None:
    sig = parse_signature(
        "define dso_local { i64, i64 } @g(i8 noundef signext %0, ptr noundef %1, i7 %2, double %3) #0 {"
    )
    assert sig.name == "g"
    assert [(r.kind, r.bits) for r in sig.returns] == [("int", 64), ("int", 64)]
    assert [(p.kind, p.bits, p.signed) for p in sig.params] == [
        ("int", 8, True),
        ("ptr", 0, False),
        ("int", 7, False),
        ("double", 0, False),
    ]
    assert parse_signature("define range(i32 -1, 2) i32 @h(i32 %x) {").returns[0].bits == 32
    with pytest.raises(UnsupportedSignature):
        parse_signature("define <4 x i32> @v(<4 x i32> %x) {")


def test_renaming_and_instrumentation_keep_the_ir_valid(tc: Toolchain) -> None:
    text, mapping = rename_definitions(ADD3.text, "__v1")
    assert mapping == {"f": "f__v1"} and "@f__v1(" in text and "@f(" not in text
    shifted = module("""
define i32 @s(i32 %a, i32 %b) {
  %x = shl nsw i32 %a, %b
  %y = lshr exact i32 %x, 1
  %z = mul nuw i32 %y, %a
  ret i32 %z
}
""")
    instrumented = instrument_undefined_behaviour(shifted.text)
    # shl: variable amount + nsw; lshr by the constant 1: exact only; mul nuw
    assert instrumented.count("call void @__llmopt_ub") == 4
    parse_ir(tc, instrumented.encode())  # raises if the inserted checks were malformed


def test_equivalent_pair_is_inconclusive_never_equivalent(tester: DifferentialVerifier) -> None:
    target = module("""
define i32 @f(i32 %a, i32 %b) {
  %s = add i32 %b, %a
  %t = add i32 %s, 3
  ret i32 %t
}
""")
    (result,) = tester.verify(ADD3, target)
    assert tester.can_prove is False
    assert result.verdict is Verdict.INCONCLUSIVE
    assert result.reason.startswith("no difference found in ") and result.details["inputs_tested"] > 50


def test_refutes_wrong_targets_with_replayable_counterexamples(tester: DifferentialVerifier) -> None:
    wrong_return = module("""
define i32 @f(i32 %a, i32 %b) {
  %s = sub i32 %a, %b
  %t = add i32 %s, 3
  ret i32 %t
}
""")
    crashes = module("""
define i32 @f(i32 %a, i32 %b) {
  %v = load volatile i32, ptr null
  ret i32 %v
}
""")
    results = tester.compare_many(ADD3, [wrong_return, crashes], "f")
    assert [r.verdict for r in results] == [Verdict.NOT_EQUIVALENT, Verdict.NOT_EQUIVALENT]
    ce = results[0].counterexample
    assert ce is not None and ce["what"] == "return value"
    a, b = ce["arguments"]
    assert ce["source"] == a + b + 3 and ce["target"] == a - b + 3 and b != 0
    assert results[1].counterexample["what"] == "crash"


def test_source_undefined_behaviour_never_counts_as_a_difference(tester: DifferentialVerifier) -> None:
    # x + 1 > x is true whenever the source is defined; at INT_MAX the add nsw overflows (UB) and the -O0 machine
    # code says false. A tester without UB detection would call the correct `ret i1 true` wrong.
    source = module("""
define zeroext i1 @g(i32 %x) {
  %y = add nsw i32 %x, 1
  %c = icmp sgt i32 %y, %x
  ret i1 %c
}
""")
    target = module("""
define zeroext i1 @g(i32 %x) {
  ret i1 true
}
""")
    (result,) = tester.verify(source, target)
    assert result.verdict is Verdict.INCONCLUSIVE
    assert result.details["source_skipped"].get("ub", 0) >= 1


def test_source_crash_skips_the_input(tester: DifferentialVerifier) -> None:
    source = module("""
define i32 @d(i32 %a, i32 %b) {
  %q = udiv i32 %a, %b
  ret i32 %q
}
""")
    target = module("""
define i32 @d(i32 %a, i32 %b) {
  %z = icmp eq i32 %b, 0
  %q = udiv i32 %a, %b
  %r = select i1 %z, i32 12345, i32 %q
  ret i32 %r
}
""")
    (result,) = tester.verify(source, target)
    assert result.verdict is Verdict.INCONCLUSIVE
    assert result.details["source_skipped"].get("crash", 0) >= 1


def test_memory_effects_floats_and_external_calls_are_compared(tester: DifferentialVerifier) -> None:
    store_src = module("define void @m(ptr %p, i32 %v) {\n  store i32 %v, ptr %p\n  ret void\n}\n")
    store_tgt = module(
        "define void @m(ptr %p, i32 %v) {\n  %w = xor i32 %v, 1\n  store i32 %w, ptr %p\n  ret void\n}\n"
    )
    # same return value, but the target calls the external function once instead of twice
    calls_src = module(
        "declare void @ext(i32)\ndefine i32 @c(i32 %a) {\n  call void @ext(i32 %a)\n"
        "  call void @ext(i32 %a)\n  ret i32 %a\n}\n"
    )
    calls_tgt = module("declare void @ext(i32)\ndefine i32 @c(i32 %a) {\n  call void @ext(i32 %a)\n  ret i32 %a\n}\n")
    float_src = module("define double @h(double %x) {\n  %r = fmul double %x, 2.0\n  ret double %r\n}\n")
    float_same = module("define double @h(double %x) {\n  %r = fadd double %x, %x\n  ret double %r\n}\n")
    float_wrong = module("define double @h(double %x) {\n  %r = fadd double %x, 2.0\n  ret double %r\n}\n")
    (mem,) = tester.verify(store_src, store_tgt)
    assert mem.verdict is Verdict.NOT_EQUIVALENT and mem.counterexample["what"] == "memory"
    (calls,) = tester.verify(calls_src, calls_tgt)
    assert calls.verdict is Verdict.NOT_EQUIVALENT and calls.counterexample["what"] == "external calls"
    same, wrong = tester.compare_many(float_src, [float_same, float_wrong], "h")
    assert same.verdict is Verdict.INCONCLUSIVE  # NaN payloads may differ, NaN == NaN here
    assert wrong.verdict is Verdict.NOT_EQUIVALENT


def test_bad_targets_are_syntax_errors_or_inconclusive(tester: DifferentialVerifier) -> None:
    missing = module("define i32 @other(i32 %a, i32 %b) {\n  ret i32 %a\n}\n")
    broken = module("define i32 @f(i32 %a, i32 %b) {\n  %s = add i32 %a, %undefined_value\n  ret i32 %s\n}\n")
    other_sig = module("define i64 @f(i64 %a, i32 %b) {\n  ret i64 %a\n}\n")
    vector = module("define <2 x i32> @v(<2 x i32> %a) {\n  ret <2 x i32> %a\n}\n")
    r_missing, r_broken, r_sig = tester.compare_many(ADD3, [missing, broken, other_sig], "f")
    assert r_missing.verdict is Verdict.SYNTAX_ERROR and "not defined in the target" in r_missing.reason
    assert r_broken.verdict is Verdict.SYNTAX_ERROR
    assert r_sig.verdict is Verdict.INCONCLUSIVE and "signatures differ" in r_sig.reason
    (r_vec,) = tester.verify(vector, vector)
    assert r_vec.verdict is Verdict.INCONCLUSIVE and "not supported" in r_vec.reason


# A struct {i8, i32} returned as one i64 read from an alloca: bytes 1-3 are padding the source never writes.
PADDED_SOURCE = module("""
define i64 @p(i8 %a, i32 %b) {
  %s = alloca { i8, i32 }, align 8
  store i8 %a, ptr %s, align 8
  %f1 = getelementptr inbounds { i8, i32 }, ptr %s, i32 0, i32 1
  store i32 %b, ptr %f1, align 4
  %r = load i64, ptr %s, align 8
  ret i64 %r
}
""")


def test_uninitialized_padding_is_undefined_not_a_difference(tester: DifferentialVerifier) -> None:
    # The target defines the padding as zero: a refinement of the source's undefined bytes, never a refutation.
    zeroed = module("""
define i64 @p(i8 %a, i32 %b) {
  %lo = zext i8 %a to i64
  %hi0 = zext i32 %b to i64
  %hi = shl i64 %hi0, 32
  %r = or i64 %lo, %hi
  ret i64 %r
}
""")
    (result,) = tester.verify(PADDED_SOURCE, zeroed)
    assert result.verdict is Verdict.INCONCLUSIVE, result.reason
    # A target that gets a *defined* byte wrong (field 0 off by one) is still refuted.
    wrong = module("""
define i64 @p(i8 %a, i32 %b) {
  %a1 = add i8 %a, 1
  %lo = zext i8 %a1 to i64
  %hi0 = zext i32 %b to i64
  %hi = shl i64 %hi0, 32
  %r = or i64 %lo, %hi
  ret i64 %r
}
""")
    (refuted,) = tester.verify(PADDED_SOURCE, wrong)
    assert refuted.verdict is Verdict.NOT_EQUIVALENT, refuted.reason
