"""SmtVerifier on memory: locals (alloca/load/store/GEP), pointer arguments that may alias, globals, memcpy/memset."""

from __future__ import annotations

import pytest

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict


@pytest.fixture(scope="module")
def verifier(toolchain):
    return SmtVerifier(toolchain)


def check(verifier, src: str, tgt: str, function: str = "f"):
    [result] = verifier.verify(IRModule(src), IRModule(tgt), function=function, timeout_s=10)
    return result


O0_SUM = """
define i32 @f(i32 noundef %a, i32 noundef %b) {
  %pa = alloca i32, align 4
  %pb = alloca i32, align 4
  %arr = alloca [4 x i32], align 16
  store i32 %a, ptr %pa, align 4
  store i32 %b, ptr %pb, align 4
  %x = load i32, ptr %pa, align 4
  %e1 = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 1
  store i32 %x, ptr %e1, align 4
  %y = load i32, ptr %pb, align 4
  %i = and i32 %y, 1
  %ix = sext i32 %i to i64
  %ei = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 %ix
  store i32 7, ptr %ei, align 4
  %v = load i32, ptr %e1, align 4
  ret i32 %v
}
"""

# After mem2reg/instcombine: slot 1 holds 7 when b is odd, else a.
O0_SUM_OPT = """
define i32 @f(i32 noundef %a, i32 noundef %b) {
  %odd = and i32 %b, 1
  %c = icmp eq i32 %odd, 0
  %r = select i1 %c, i32 %a, i32 7
  ret i32 %r
}
"""


def test_locals_with_constant_and_variable_gep_offsets(verifier):
    r = check(verifier, O0_SUM, O0_SUM_OPT)
    assert r.verdict is Verdict.EQUIVALENT, r.reason


def test_locals_wrong_forwarding_refuted(verifier):
    r = check(verifier, O0_SUM, O0_SUM_OPT.replace("i32 %a, i32 7", "i32 7, i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    b = r.counterexample["arguments"]["%b"]
    assert r.counterexample["source_result"] == (7 if b % 2 else r.counterexample["arguments"]["%a"])


def test_out_of_bounds_local_store_in_target_is_ub(verifier):
    src = "define i32 @f(i64 %i) {\n  %a = alloca [2 x i32], align 4\n  ret i32 0\n}\n"
    tgt = (
        "define i32 @f(i64 %i) {\n  %a = alloca [2 x i32], align 4\n"
        "  %p = getelementptr [2 x i32], ptr %a, i64 0, i64 %i\n  store i32 1, ptr %p, align 4\n  ret i32 0\n}\n"
    )
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_ub"] is True


def test_pointer_arguments_may_alias(verifier):
    src = """
define i32 @f(ptr %p, ptr %q) {
  store i32 1, ptr %p, align 4
  store i32 2, ptr %q, align 4
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
"""
    tgt = """
define i32 @f(ptr %p, ptr %q) {
  store i32 1, ptr %p, align 4
  store i32 2, ptr %q, align 4
  ret i32 1
}
"""
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%p"] == r.counterexample["arguments"]["%q"]
    assert r.counterexample["source_result"] == 2


def test_dropped_store_to_argument_is_a_memory_difference(verifier):
    src = "define void @f(ptr %p, i32 %v) {\n  store i32 %v, ptr %p, align 4\n  ret void\n}\n"
    tgt = "define void @f(ptr %p, i32 %v) {\n  ret void\n}\n"
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert "memory" in r.counterexample


def test_store_forwarding_through_argument_is_equivalent(verifier):
    src = (
        "define i32 @f(ptr %p, i32 %v) {\n  store i32 %v, ptr %p, align 4\n"
        "  %g = getelementptr inbounds i8, ptr %p, "
        "i64 0\n  %l = load i32, ptr %g, align 4\n  ret i32 %l\n}\n"
    )
    tgt = "define i32 @f(ptr %p, i32 %v) {\n  store i32 %v, ptr %p, align 4\n  ret i32 %v\n}\n"
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT


def test_target_reading_memory_the_source_never_touches_is_refuted(verifier):
    src = "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4\n  ret i32 0\n}\n"
    tgt = (
        "define i32 @f(ptr %p) {\n  %g = getelementptr i8, ptr %p, i64 64\n  %v = load i32, ptr %g, align 4\n"
        "  ret i32 0\n}\n"
    )
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_ub"] is True


def test_gep_folding_on_argument_struct_is_equivalent(verifier):
    src = """
%struct.S = type { i32, i32, [8 x i8] }
define void @f(ptr noundef %s) {
  %b = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store i32 1, ptr %b, align 4
  %c = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 2
  %c3 = getelementptr inbounds [8 x i8], ptr %c, i64 0, i64 3
  store i8 120, ptr %c3, align 1
  ret void
}
"""
    tgt = """
define void @f(ptr noundef %s) {
  %b = getelementptr inbounds i8, ptr %s, i64 4
  store i32 1, ptr %b, align 4
  %c3 = getelementptr inbounds i8, ptr %s, i64 11
  store i8 120, ptr %c3, align 1
  ret void
}
"""
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, tgt.replace("i64 11", "i64 12"))
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_memset_and_memcpy_of_constant_size(verifier):
    decls = (
        "declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)\ndeclare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)\n"
    )
    src = (
        "define void @f(ptr noundef %d, ptr noundef %s) {\n"
        "  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 4, i1 false)\n"
        "  %h = getelementptr inbounds i8, ptr %d, i64 4\n"
        "  call void @llvm.memset.p0.i64(ptr align 4 %h, i8 0, i64 4, i1 false)\n  ret void\n}\n" + decls
    )
    tgt = (
        "define void @f(ptr noundef %d, ptr noundef %s) {\n  %v = load i32, ptr %s, align 4\n"
        "  store i32 %v, ptr %d, align 4\n  %h = getelementptr inbounds i8, ptr %d, i64 4\n"
        "  store i32 0, ptr %h, align 4\n  ret void\n}\n"
    )
    # memcpy copies poison byte by byte while an i32 load turns one poison byte into a poison word: this lowering
    # (which instcombine performs) is only wrong for poisoned caller memory, so it is not called equivalent or wrong.
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE and "poison bytes" in r.reason
    r = check(verifier, src, tgt.replace("store i32 0, ptr %h", "store i32 1, ptr %h"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert "memory" in r.counterexample


def test_memset_of_constant_size_equals_stores(verifier):
    src = (
        "define void @f(ptr noundef %d) {\n"
        "  call void @llvm.memset.p0.i64(ptr align 4 %d, i8 1, i64 8, i1 false)\n  ret void\n}\n"
        "declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)\n"
    )
    tgt = "define void @f(ptr noundef %d) {\n  store i64 72340172838076673, ptr %d, align 4\n  ret void\n}\n"
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, tgt.replace("72340172838076673", "72340172838076672"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["memory"]["source_byte"] == 1


def test_constant_global_load_folded(verifier):
    glob = "@t = constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16\n"
    src = glob + (
        "define i32 @f(i32 %i) {\n  %m = and i32 %i, 1\n  %x = zext i32 %m to i64\n"
        "  %p = getelementptr inbounds [4 x i32], ptr @t, i64 0, i64 %x\n  %v = load i32, ptr %p, align 4\n"
        "  ret i32 %v\n}\n"
    )
    tgt = glob + "define i32 @f(i32 %i) {\n  %m = and i32 %i, 1\n  %v = add i32 %m, 1\n  ret i32 %v\n}\n"
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, tgt.replace("add i32 %m, 1", "add i32 %m, 2"))
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_mutable_global_is_not_assumed_to_hold_its_initializer(verifier):
    glob = "@g = global i32 5, align 4\n"
    src = glob + "define i32 @f() {\n  %v = load i32, ptr @g, align 4\n  ret i32 %v\n}\n"
    r = check(verifier, src, glob + "define i32 @f() {\n  ret i32 5\n}\n")
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_source_reading_uninitialized_local_is_inconclusive(verifier):
    src = "define i32 @f() {\n  %a = alloca i32, align 4\n  %v = load i32, ptr %a, align 4\n  ret i32 %v\n}\n"
    r = check(verifier, src, "define i32 @f() {\n  ret i32 0\n}\n")
    assert r.verdict is Verdict.INCONCLUSIVE
    assert "uninitialized" in r.reason


def test_local_address_escaping_to_memory_is_inconclusive(verifier):
    src = "define void @f(ptr %out) {\n  %a = alloca i32, align 4\n  store ptr %a, ptr %out, align 8\n  ret void\n}\n"
    tgt = (
        "define void @f(ptr %out) {\n  %a = alloca i32, align 4\n  store i32 0, ptr %a, align 4\n"
        "  store ptr %a, ptr %out, align 8\n  ret void\n}\n"
    )
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE
    assert "address" in r.reason


def test_target_adding_nonnull_makes_null_argument_poison(verifier):
    src = "define i1 @f(ptr %p) {\n  %c = icmp eq ptr %p, null\n  ret i1 %c\n}\n"
    tgt = "define i1 @f(ptr nonnull %p) {\n  ret i1 false\n}\n"
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%p"] == "0x0" and r.counterexample["source_result"] == 1


def test_source_dereferenceable_allows_speculating_a_load(verifier):
    src = """
define i32 @f(ptr noundef ATTR %p, i1 noundef %c) {
  br i1 %c, label %l, label %z
l:
  %v = load i32, ptr %p, align 4
  ret i32 %v
z:
  ret i32 0
}
"""
    tgt = """
define i32 @f(ptr noundef ATTR %p, i1 noundef %c) {
  %v = load i32, ptr %p, align 4
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}
"""
    attr = "align 4 dereferenceable(4)"
    assert check(verifier, src.replace("ATTR", attr), tgt.replace("ATTR", attr)).verdict is Verdict.EQUIVALENT
    r = check(verifier, src.replace("ATTR", ""), tgt.replace("ATTR", ""))
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["target_ub"] is True


def test_identical_code_with_different_range_metadata_is_not_trusted(verifier):
    body = (
        "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4, !range !0\n  ret i32 %v\n}\n!0 = !{i32 0, i32 HI}\n"
    )
    r = check(verifier, body.replace("HI", "10"), body.replace("HI", "5"))
    assert r.verdict is not Verdict.EQUIVALENT
    assert "range" in r.reason


def test_noalias_source_turns_aliasing_counterexample_into_inconclusive(verifier):
    src = """
define i32 @f(ptr noalias %p, ptr %q) {
  store i32 1, ptr %p, align 4
  store i32 2, ptr %q, align 4
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
"""
    tgt = src.replace("%v = load i32, ptr %p, align 4\n  ret i32 %v", "ret i32 1")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.INCONCLUSIVE and "noalias" in r.reason


def test_returning_a_local_address_is_inconclusive(verifier):
    src = "define ptr @f() {\n  %a = alloca i32, align 4\n  %b = alloca i32, align 4\n  ret ptr %b\n}\n"
    r = check(verifier, src, "define ptr @f() {\n  %b = alloca i32, align 4\n  ret ptr %b\n}\n")
    assert r.verdict is Verdict.INCONCLUSIVE and "local variable" in r.reason


def test_target_memory_attribute_is_a_checked_promise(verifier):
    pure = "define i32 @f(i32 %x) {\n  %a = add i32 %x, 1\n  ret i32 %a\n}\n"
    r = check(verifier, pure, pure.replace("@f(i32 %x)", "@f(i32 %x) memory(none)").replace("%x, 1", "1, %x"))
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    reads = "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4\n  ret i32 %v\n}\n"
    r = check(verifier, reads, reads.replace("@f(ptr %p)", "@f(ptr %p) memory(argmem: read)"))
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    r = check(verifier, reads, reads.replace("@f(ptr %p)", "@f(ptr %p) memory(none)"))
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["target_ub"] is True


def test_memory_none_target_may_read_constant_globals(verifier):
    glob = "@t = private constant [2 x i32] [i32 5, i32 7], align 4\n"
    src = "define i32 @f(i1 noundef %c) {\n  %r = select i1 %c, i32 5, i32 7\n  ret i32 %r\n}\n"
    tgt = glob + (
        "define i32 @f(i1 noundef %c) memory(none) {\n  %i = zext i1 %c to i64\n  %j = xor i64 %i, 1\n"
        "  %p = getelementptr inbounds [2 x i32], ptr @t, i64 0, i64 %j\n  %v = load i32, ptr %p, align 4\n"
        "  ret i32 %v\n}\n"
    )
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT


def test_target_nocapture_and_returned_promises(verifier):
    src = "define i32 @f(ptr %p, i32 %x, i32 %y) {\n  store i32 %x, ptr %p, align 4\n  ret i32 %x\n}\n"
    good = src.replace("@f(ptr %p, i32 %x, i32 %y)", "@f(ptr nocapture %p, i32 returned %x, i32 %y)")
    assert check(verifier, src, good).verdict is Verdict.EQUIVALENT
    lying = src.replace("@f(ptr %p, i32 %x, i32 %y)", "@f(ptr %p, i32 %x, i32 returned %y)")
    r = check(verifier, src, lying)
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["target_ub"] is True
    escaping = "define void @f(ptr %p, ptr %out) {\n  store ptr %p, ptr %out, align 8\n  ret void\n}\n"
    r = check(verifier, escaping, escaping.replace("@f(ptr %p", "@f(ptr nocapture %p"))
    assert r.verdict is Verdict.INCONCLUSIVE and "nocapture" in r.reason


def test_target_readonly_parameter_promise(verifier):
    src = "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p, align 4\n  ret i32 %v\n}\n"
    assert check(verifier, src, src.replace("@f(ptr %p)", "@f(ptr readonly %p)")).verdict is Verdict.EQUIVALENT
    writes = "define void @f(ptr %p) {\n  store i32 0, ptr %p, align 4\n  ret void\n}\n"
    r = check(verifier, writes, writes.replace("@f(ptr %p)", "@f(ptr readonly %p)"))
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["target_ub"] is True


ARENA_VIA_SLOT = """
@arena = external global [128 x i32], align 4
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define void @f(i64 %i) {
  %slot = alloca ptr, align 8
  %copy = alloca ptr, align 8
  %p = getelementptr inbounds [128 x i32], ptr @arena, i64 0, i64 %i
  store ptr %p, ptr %slot, align 8
  RELOAD
  store i32 1, ptr %q, align 4
  ret void
}
"""
ARENA_DIRECT = """
@arena = external global [128 x i32], align 4

define void @f(i64 %i) {
  %p = getelementptr inbounds [128 x i32], ptr @arena, i64 0, i64 INDEX
  store i32 1, ptr %p, align 4
  ret void
}
"""


@pytest.mark.parametrize(
    "reload",
    [
        "%q = load ptr, ptr %slot, align 8",
        "call void @llvm.memcpy.p0.p0.i64(ptr %copy, ptr %slot, i64 8, i1 false)\n  %q = load ptr, ptr %copy, align 8",
    ],
)
def test_pointer_reloaded_from_a_local_keeps_its_object(verifier, reload):
    # %i = 128 is one past the end: the store is UB in both functions. When the reloaded pointer lost its
    # provenance (it was its own root, an object of any size), the direct store was refuted as "target UB where the
    # source has none".
    src = ARENA_VIA_SLOT.replace("RELOAD", reload)
    r = check(verifier, src, ARENA_DIRECT.replace("INDEX", "%i"))
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    wrong = ARENA_DIRECT.replace("INDEX", "%j").replace("i64 %i) {\n", "i64 %i) {\n  %j = add i64 %i, 1\n")
    r = check(verifier, src, wrong)
    # (%i need not be below 128: an external declaration is an object at least as large as its type.)
    assert r.verdict is Verdict.NOT_EQUIVALENT, r.reason
