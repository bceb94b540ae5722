"""SmtVerifier on calls to external functions: uninterpreted, compared in lock-step (callee, arguments, memory)."""

from __future__ import annotations

import pytest

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict

DECL = "declare i32 @ext(i32)\n"


@pytest.fixture(scope="module")
def verifier(toolchain):
    return SmtVerifier(toolchain)


def check(verifier, src: str, tgt: str, function: str = "f"):
    [result] = verifier.verify(IRModule(src), IRModule(tgt), function=function, timeout_s=10)
    return result


def fn(body: str) -> str:
    return f"define i32 @f(i32 noundef %x) {{\n{body.strip()}\n}}\n{DECL}"


def test_same_calls_with_rearranged_arithmetic_are_equivalent(verifier):
    src = fn(
        "%a = call i32 @ext(i32 %x)\n%b = add i32 %x, 1\n%c = call i32 @ext(i32 %b)\n%s = add i32 %a, %c\nret i32 %s"
    )
    tgt = fn(
        "%a = call i32 @ext(i32 %x)\n%b = add i32 1, %x\n%c = call i32 @ext(i32 %b)\n%s = add i32 %c, %a\nret i32 %s"
    )
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT


def test_merging_two_calls_into_one_is_refuted(verifier):
    src = fn("%a = call i32 @ext(i32 %x)\n%b = call i32 @ext(i32 %x)\n%s = add i32 %a, %b\nret i32 %s")
    tgt = fn("%a = call i32 @ext(i32 %x)\n%s = shl i32 %a, 1\nret i32 %s")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_call_with_different_argument_is_refuted(verifier):
    src = fn("%a = call i32 @ext(i32 %x)\nret i32 %a")
    tgt = fn("%y = add i32 %x, 1\n%a = call i32 @ext(i32 %y)\nret i32 %a")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["calls"] == {"source": ["ext"], "target": ["ext"]}


def test_reordered_calls_are_refuted(verifier):
    src = fn("%a = call i32 @ext(i32 1)\n%b = call i32 @ext(i32 2)\n%s = sub i32 %a, %b\nret i32 %s")
    tgt = fn("%b = call i32 @ext(i32 2)\n%a = call i32 @ext(i32 1)\n%s = sub i32 %a, %b\nret i32 %s")
    assert check(verifier, src, tgt).verdict is Verdict.NOT_EQUIVALENT


def test_load_moved_across_a_clobbering_call_is_refuted(verifier):
    decl = "declare void @clobber()\n"
    src = "define i32 @f(ptr %p) {\n  call void @clobber()\n  %v = load i32, ptr %p, align 4\n  ret i32 %v\n}\n" + decl
    tgt = "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4\n  call void @clobber()\n  ret i32 %v\n}\n" + decl
    assert check(verifier, src, tgt).verdict is Verdict.NOT_EQUIVALENT


def test_load_moved_across_a_readnone_call_is_equivalent(verifier):
    decl = "declare i32 @pure(i32) #0\nattributes #0 = { nounwind willreturn memory(none) }\n"
    src = (
        "define i32 @f(ptr %p) {\n  %c = call i32 @pure(i32 1)\n  %v = load i32, ptr %p, align 4\n"
        "  %s = add i32 %c, %v\n  ret i32 %s\n}\n" + decl
    )
    tgt = (
        "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4\n  %c = call i32 @pure(i32 1)\n"
        "  %s = add i32 %v, %c\n  ret i32 %s\n}\n" + decl
    )
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT


def test_call_result_may_be_poison(verifier):
    src = fn("%a = call i32 @ext(i32 %x)\n%f = freeze i32 %a\nret i32 %f")
    tgt = fn("%a = call i32 @ext(i32 %x)\nret i32 %a")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_result"] == "poison"


def test_local_pointer_passed_to_call_is_modelled(verifier):
    # The callee reads the local: an uninitialized local (undef) may be passed initialized, not the other way.
    decl = "declare void @take(ptr)\n"
    body = "define void @f() {\n  %a = alloca i32, align 4\n  call void @take(ptr %a)\n  ret void\n}\n" + decl
    stored = body.replace("call void @take", "store i32 0, ptr %a, align 4\n  call void @take")
    assert check(verifier, body, stored).verdict is Verdict.EQUIVALENT
    assert check(verifier, stored, body).verdict is Verdict.NOT_EQUIVALENT


def test_call_after_a_local_escaped_is_inconclusive(verifier):
    # @take may keep the address, so @poke may change the local: reading it once for both loads is not modelled.
    decl = "declare void @take(ptr)\ndeclare void @poke()\n"
    head = "define i32 @f() {\n  %a = alloca i32, align 4\n  call void @take(ptr %a)\n  %v = load i32, ptr %a\n"
    src = head + "  call void @poke()\n  %w = load i32, ptr %a\n  ret i32 %w\n}\n" + decl
    tgt = head + "  call void @poke()\n  ret i32 %v\n}\n" + decl
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE
    assert "@poke after a local's address was passed to @take" in r.reason


def test_target_declaring_a_stronger_callee_is_inconclusive(verifier):
    src = fn("%a = call i32 @ext(i32 %x)\nret i32 %a")
    tgt = src.replace("declare i32 @ext(i32)", "declare i32 @ext(i32) #0\nattributes #0 = { memory(none) }")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE
    assert "@ext" in r.reason and "memory(none)" in r.reason


def test_target_promising_nofree_around_an_unknown_call_is_not_trusted(verifier):
    src = fn("%a = call i32 @ext(i32 %x)\nret i32 %a")
    r = check(verifier, src, src.replace("@f(i32 noundef %x)", "@f(i32 noundef %x) nofree willreturn"))
    assert r.verdict is Verdict.INCONCLUSIVE and "nofree" in r.reason
    pure = fn("%a = add i32 %x, 1\nret i32 %a")
    r = check(
        verifier,
        pure,
        pure.replace("@f(i32 noundef %x)", "@f(i32 noundef %x) nofree nosync norecurse").replace("%x, 1", "1, %x"),
    )
    assert r.verdict is Verdict.EQUIVALENT


def test_refutation_through_a_call_to_a_defined_function_is_inconclusive(verifier):
    src = (
        "define i32 @g(i32 %x) {\n  ret i32 %x\n}\n"
        "define i32 @f(i32 %x) {\n  %a = call i32 @g(i32 %x)\n  ret i32 %a\n}\n"
    )
    tgt = src.replace("%a = call i32 @g(i32 %x)\n  ret i32 %a", "ret i32 %x")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE and "@g" in r.reason


def test_dropping_llvm_sideeffect_is_never_proved(verifier):
    # llvm.sideeffect is observable (LangRef): a target without it is not a refinement of a source with it.
    decl = "declare void @llvm.sideeffect()\n"
    src = "define i32 @f(i32 noundef %x) {\n  call void @llvm.sideeffect()\n  ret i32 %x\n}\n" + decl
    tgt = "define i32 @f(i32 noundef %x) {\n  ret i32 %x\n}\n" + decl
    r = check(verifier, src, tgt)
    assert r.verdict is not Verdict.EQUIVALENT
    assert r.verdict is Verdict.INCONCLUSIVE and "sideeffect" in r.reason
