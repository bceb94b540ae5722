"""SmtVerifier on bad and awkward input: each gives the right category with a clear reason, never a traceback.

Also: loops (bounded unrolling; a bound-dependent answer is inconclusive), unsupported features named precisely,
timeouts, the registry, and real clang -O0 -> instcombine pairs from tests/data/verify.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.errors import ConfigError
from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict, get_verifier

DATA = Path(__file__).parents[2] / "data" / "verify"
ADD = "define i32 @f(i32 %x) {\n  %a = add i32 %x, 1\n  ret i32 %a\n}\n"


@pytest.fixture(scope="module")
def verifier(toolchain):
    return SmtVerifier(toolchain)


def verify(verifier, src: str, tgt: str, function: str | None = "f", **kw):
    return verifier.verify(IRModule(src), IRModule(tgt), function=function, **kw)


def test_unparsable_target_is_syntax_error_with_llvm_message(verifier):
    [r] = verify(verifier, ADD, ADD.replace("add i32", "add i33"))
    assert r.verdict is Verdict.SYNTAX_ERROR
    assert r.reason.startswith("target: ") and "line 2" in r.reason


def test_unparsable_source_is_syntax_error_for_every_function(verifier):
    results = verify(verifier, (DATA / "broken.ll").read_text(), ADD, function=None)
    assert [r.verdict for r in results] == [Verdict.SYNTAX_ERROR]
    assert results[0].reason.startswith("source: ")


def test_empty_target_is_syntax_error(verifier):
    [r] = verify(verifier, ADD, "")
    assert r.verdict is Verdict.SYNTAX_ERROR and "empty" in r.reason


def test_missing_function_in_target(verifier):
    [r] = verify(verifier, ADD, ADD.replace("@f(", "@g("))
    assert r.verdict is Verdict.SYNTAX_ERROR
    assert "@f is missing from the target" in r.reason


def test_different_signature_is_not_equivalent_with_both_signatures(verifier):
    [r] = verify(
        verifier,
        ADD,
        ADD.replace("i32 %x)", "i64 %x)")
        .replace("add i32", "add i64")
        .replace("ret i32 %a", "%t = trunc i64 %a to i32\n  ret i32 %t"),
    )
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample == {"signature": {"source": "i32 (i32)", "target": "i32 (i64)"}}


def test_huge_function_is_inconclusive_without_trying(toolchain):
    body = "".join(f"  %v{i + 1} = add i32 %v{i}, 1\n" for i in range(40))
    src = "define i32 @f(i32 %v0) {\n" + body + "  ret i32 %v40\n}\n"
    tgt = src.replace("%v1 = add i32 %v0, 1", "%v1 = add i32 1, %v0")
    [r] = SmtVerifier(toolchain, max_instructions=30).verify(IRModule(src), IRModule(tgt), function="f")
    assert r.verdict is Verdict.INCONCLUSIVE and "too large: 41 instructions > 30" in r.reason


def test_every_source_function_gets_one_result_in_order(verifier):
    two = ADD + ADD.replace("@f(", "@g(")
    results = verify(verifier, two, two + ADD.replace("@f(", "@extra("), function=None)
    assert [(r.function, r.verdict) for r in results] == [("f", Verdict.EQUIVALENT), ("g", Verdict.EQUIVALENT)]
    assert all(r.verifier == "smt" and r.walltime_s >= 0 for r in results)


def test_unsupported_vector_feature_is_named(verifier):
    # Fixed-length vectors are modelled (test_smt_vectors); scalable ones are not.
    vec = "define <vscale x 4 x i32> @f(<vscale x 4 x i32> %x) {\n  %a = add <vscale x 4 x i32> %x, %x\n"
    vec += "  ret <vscale x 4 x i32> %a\n}\n"
    [r] = verify(
        verifier, vec, vec.replace("add <vscale x 4 x i32> %x, %x", "shl <vscale x 4 x i32> %x, splat (i32 1)")
    )
    assert r.verdict is Verdict.INCONCLUSIVE
    assert r.reason.startswith("unsupported: ") and "vector" in r.reason


def test_unsupported_instruction_is_named(verifier):
    src = "define i32 @f(ptr %p) {\n  %v = atomicrmw add ptr %p, i32 1 seq_cst, align 4\n  ret i32 %v\n}\n"
    [r] = verify(verifier, src, src)
    assert r.verdict is Verdict.EQUIVALENT  # identical code: refinement is reflexive, no need to model it
    [r] = verify(verifier, src, src.replace("add ptr", "sub ptr"))
    assert r.verdict is Verdict.INCONCLUSIVE and "atomicrmw" in r.reason


LOOP = """
define i32 @f(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %body ]
  %s = phi i32 [ 0, %entry ], [ %s1, %body ]
  %c = icmp slt i32 %i, BOUND
  br i1 %c, label %body, label %exit
body:
  %s1 = add i32 %s, 2
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %s
}
"""


def test_loop_whose_answer_depends_on_the_bound_is_inconclusive(verifier):
    src = LOOP.replace("BOUND", "%n")
    tgt = (
        "define i32 @f(i32 %n) {\n  %p = icmp sgt i32 %n, 0\n  %d = shl i32 %n, 1\n"
        "  %r = select i1 %p, i32 %d, i32 0\n  ret i32 %r\n}\n"
    )
    [r] = verify(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE and "loop bound" in r.reason


def test_short_constant_loop_is_fully_unrolled(verifier):
    src = LOOP.replace("BOUND", "3")
    [r] = verify(verifier, src, "define i32 @f(i32 %n) {\n  ret i32 6\n}\n")
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    [r] = verify(verifier, src, "define i32 @f(i32 %n) {\n  ret i32 8\n}\n")
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["source_result"] == 6


def test_constant_trip_count_beyond_the_first_bound_is_decided_by_deepening(verifier):
    # 8 iterations: inconclusive at the first bound (4), decided at 16; 50 needs the deepest bound (64).
    src = LOOP.replace("BOUND", "8")
    [r] = verify(verifier, src, "define i32 @f(i32 %n) {\n  ret i32 16\n}\n")
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    [r] = verify(verifier, src, "define i32 @f(i32 %n) {\n  ret i32 18\n}\n")
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["source_result"] == 16
    [r] = verify(verifier, LOOP.replace("BOUND", "50"), "define i32 @f(i32 %n) {\n  ret i32 100\n}\n")
    assert r.verdict is Verdict.EQUIVALENT, r.reason


def test_deepening_stops_at_the_deepest_bound_and_can_be_turned_off(verifier):
    [r] = verify(verifier, LOOP.replace("BOUND", "100"), "define i32 @f(i32 %n) {\n  ret i32 200\n}\n")
    assert r.verdict is Verdict.INCONCLUSIVE and "unrolled 64 times" in r.reason
    shallow = SmtVerifier(verifier._toolchain, max_unroll_bound=4)
    [r] = verify(shallow, LOOP.replace("BOUND", "8"), "define i32 @f(i32 %n) {\n  ret i32 16\n}\n")
    assert r.verdict is Verdict.INCONCLUSIVE and "unrolled 4 times" in r.reason


def test_loop_counterexample_within_the_bound_is_still_a_refutation(verifier):
    src = LOOP.replace("BOUND", "%n")
    [r] = verify(verifier, src, "define i32 @f(i32 %n) {\n  ret i32 0\n}\n")
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert 1 <= r.counterexample["arguments"]["%n"] <= 4


def test_timeout_is_inconclusive(verifier):
    sig = "double @f(i32 %x)"
    src = f"define {sig} {{\n  %d = sitofp i32 %x to double\n  %r = fdiv double %d, 3.000000e+00\n  ret double %r\n}}\n"
    tgt = src.replace("fdiv double %d, 3.000000e+00", "fmul double %d, 0x3FD5555555555555")
    [r] = verify(verifier, src, tgt, timeout_s=0.3)
    assert r.verdict in (Verdict.INCONCLUSIVE, Verdict.NOT_EQUIVALENT)
    if r.verdict is Verdict.INCONCLUSIVE:
        assert "timeout" in r.reason


def test_target_adding_a_function_attribute_is_inconclusive(verifier):
    tgt = ADD.replace("@f(i32 %x)", "@f(i32 %x) speculatable")
    [r] = verify(verifier, ADD, tgt.replace("%a = add i32 %x, 1", "%a = add i32 1, %x"))
    assert r.verdict is Verdict.INCONCLUSIVE and "speculatable" in r.reason


def test_o0_instcombine_pairs_from_clang(verifier):
    src = (DATA / "o0.ll").read_text()
    tgt = (DATA / "o0_instcombine.ll").read_text()
    results = {r.function: r for r in verifier.verify(IRModule(src), IRModule(tgt), timeout_s=10)}
    loops = {"sum_to"}
    for name, r in results.items():
        expected = Verdict.INCONCLUSIVE if name in loops else Verdict.EQUIVALENT
        assert r.verdict is expected, (name, r.reason)
    assert len(results) >= 8


def test_registry_gives_smt_and_rejects_unknown_names():
    assert isinstance(get_verifier("smt"), SmtVerifier)
    with pytest.raises(ConfigError) as e:
        get_verifier("alive3")
    assert "alive2, differential, smt" in str(e.value)
