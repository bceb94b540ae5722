"""Proofs that rest on the attributes LLVM infers for defined callees (llmopt.verify.smt.callees).

A caller's added nofree / willreturn / memory(...) / nocapture may rest on its callee's; the proof is kept only when
the callee's own check proves those attributes, on a chain of reliances that ends.
"""

from __future__ import annotations

import pytest

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict
from llmopt.verify.smt.callees import callee_within_rules, discharge_reliances

SOURCE = """\
@table = global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 4
define internal i32 @get(ptr %p) noinline {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
define internal i32 @twice(ptr %p) noinline {
  %a = call i32 @get(ptr %p)
  %b = shl i32 %a, 1
  ret i32 %b
}
define i32 @f(ptr %p, i32 %i) {
  %r = call i32 @twice(ptr %p)
  %q = getelementptr inbounds [4 x i32], ptr @table, i64 0, i64 1
  %t = call i32 @get(ptr %q)
  %s = add i32 %r, %t
  ret i32 %s
}
"""


@pytest.fixture(scope="module")
def verifier(toolchain) -> SmtVerifier:
    return SmtVerifier(toolchain)


def test_discharge_keeps_chains_that_end_and_withdraws_cycles_and_unproved_callees() -> None:
    relied = {"f": {"g"}, "g": {"h"}, "h": set(), "a": {"b"}, "b": {"a"}, "u": {"missing"}, "v": {"u"}}
    withdrawn = discharge_reliances(["f", "g", "h", "a", "b", "u", "v"], relied)
    assert withdrawn == {"a": "b", "b": "a", "u": "missing", "v": "u"}
    # h is not proved: everything resting on it, directly or not, goes.
    assert discharge_reliances(["f", "g"], relied) == {"f": "g", "g": "h"}


def test_a_callee_keeps_the_callers_memory_promise_only_where_its_arguments_point() -> None:
    caller = {"argmem": "read", "inaccessiblemem": "none", "other": "none"}
    reads_args = {"argmem": "read", "inaccessiblemem": "none", "other": "none"}
    assert callee_within_rules(caller, reads_args, ["argmem"])
    assert not callee_within_rules(caller, reads_args, ["argmem", "other"])  # an argument may be a global
    assert callee_within_rules(caller, reads_args, [])  # only the caller's own allocas passed
    writes = {"argmem": "readwrite", "inaccessiblemem": "none", "other": "none"}
    assert not callee_within_rules(caller, writes, ["argmem"])


def test_function_attrs_output_is_proved_through_its_callees(verifier, toolchain) -> None:
    run = toolchain.optimize_ir(SOURCE, "cgscc(function-attrs)")
    assert run.ok, run.first_error_line()
    target = run.stdout_text
    assert "define i32 @f(ptr nocapture readonly %p, i32 %i)" in target and "willreturn" in target
    results = verifier.verify(IRModule(SOURCE), IRModule(target), timeout_s=10)
    assert {r.function: r.verdict for r in results} == {n: Verdict.EQUIVALENT for n in ("get", "twice", "f")}
    # Asked for @f alone, its callees are checked too (not reported): the proof stands.
    [only] = verifier.verify(IRModule(SOURCE), IRModule(target), function="f", timeout_s=10)
    assert only.verdict is Verdict.EQUIVALENT


def test_a_proof_resting_on_a_false_callee_promise_is_withdrawn(verifier) -> None:
    source = (
        "declare void @free(ptr)\n"
        "define internal void @release(ptr %p) noinline {\n  call void @free(ptr %p)\n  ret void\n}\n"
        "define void @f(ptr %p) {\n  call void @release(ptr %p)\n  ret void\n}\n"
    )
    target = source.replace("noinline {", "noinline nofree {").replace("@f(ptr %p) {", "@f(ptr %p) nofree {")
    for function in (None, "f"):
        results = {r.function: r for r in verifier.verify(IRModule(source), IRModule(target), function=function)}
        assert results["f"].verdict is Verdict.INCONCLUSIVE
        assert "relies on attributes the target gives @release" in results["f"].reason


def test_a_caller_that_relies_on_nothing_keeps_its_proof_when_a_callee_is_wrong(verifier) -> None:
    source = (
        "define internal i32 @g(i32 %x) noinline {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n"
        "define i32 @f(i32 %x) {\n  %r = call i32 @g(i32 %x)\n  %s = mul i32 %r, 2\n  ret i32 %s\n}\n"
    )
    target = source.replace("add i32 %x, 1", "add i32 %x, 2").replace("mul i32 %r, 2", "shl i32 %r, 1")
    results = {r.function: r.verdict for r in verifier.verify(IRModule(source), IRModule(target))}
    assert results == {"g": Verdict.NOT_EQUIVALENT, "f": Verdict.EQUIVALENT}


def test_mutual_recursion_cannot_prove_its_own_willreturn(verifier) -> None:
    body = "define internal i32 @{a}(i32 %x) noinline{attrs} {{\n  %r = call i32 @{b}(i32 %x)\n  ret i32 %r\n}}\n"
    source = body.format(a="ping", b="pong", attrs="") + body.format(a="pong", b="ping", attrs="")
    promised = " willreturn nounwind"
    target = body.format(a="ping", b="pong", attrs=promised) + body.format(a="pong", b="ping", attrs=promised)
    results = verifier.verify(IRModule(source), IRModule(target))
    assert [r.verdict for r in results] == [Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE]
    assert all("relies on attributes" in r.reason for r in results)
