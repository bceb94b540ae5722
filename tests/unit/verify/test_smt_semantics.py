"""SmtVerifier on scalar IR: per feature one proved pair and one refuted pair whose counterexample is checked.

Each test is one property; the IR is written out so the pair under test is visible next to its expected verdict.
"""

from __future__ import annotations

import pytest

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict

INT_MAX = 2**31 - 1


@pytest.fixture(scope="module")
def verifier(toolchain):
    return SmtVerifier(toolchain)


def fn(body: str, sig: str = "i32 @f(i32 %x, i32 %y)", decls: str = "") -> str:
    return f"define {sig} {{\n{body.strip()}\n}}\n{decls}"


def check(verifier, src: str, tgt: str, function: str = "f", timeout_s: float = 10):
    [result] = verifier.verify(IRModule(src), IRModule(tgt), function=function, timeout_s=timeout_s)
    return result


def wrap32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


# ---- integer arithmetic ----------------------------------------------------------------------------------------


def test_commuted_add_is_equivalent(verifier):
    r = check(verifier, fn("%a = add i32 %x, %y\nret i32 %a"), fn("%a = add i32 %y, %x\nret i32 %a"))
    assert r.verdict is Verdict.EQUIVALENT, r.reason


def test_wrong_strength_reduction_counterexample_is_concrete(verifier):
    r = check(verifier, fn("%a = mul i32 %x, 2\nret i32 %a"), fn("%a = shl i32 %x, 2\nret i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    x = r.counterexample["arguments"]["%x"]
    assert r.counterexample["source_result"] == wrap32(2 * x)
    assert r.counterexample["target_result"] == wrap32(4 * x)
    assert r.counterexample["source_result"] != r.counterexample["target_result"]


def test_target_adding_nsw_is_refuted_with_poison(verifier):
    r = check(verifier, fn("%a = add i32 %x, 1\nret i32 %a"), fn("%a = add nsw i32 %x, 1\nret i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] == INT_MAX
    assert r.counterexample["target_result"] == "poison"


def test_target_dropping_nsw_is_equivalent(verifier):
    r = check(verifier, fn("%a = add nsw i32 %x, 1\nret i32 %a"), fn("%a = add i32 %x, 1\nret i32 %a"))
    assert r.verdict is Verdict.EQUIVALENT, r.reason


def test_target_adding_nuw_to_sub_is_refuted(verifier):
    r = check(verifier, fn("%a = sub i32 %x, %y\nret i32 %a"), fn("%a = sub nuw i32 %x, %y\nret i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    args = r.counterexample["arguments"]
    assert args["%x"] % 2**32 < args["%y"] % 2**32 or "poison" in args.values()


def test_exact_division_proved_and_refuted(verifier):
    src = fn("%a = udiv exact i32 %x, 4\nret i32 %a")
    assert check(verifier, src, fn("%a = lshr exact i32 %x, 2\nret i32 %a")).verdict is Verdict.EQUIVALENT
    r = check(verifier, fn("%a = udiv i32 %x, 4\nret i32 %a"), fn("%a = lshr exact i32 %x, 2\nret i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] % 4 != 0


def test_target_introducing_division_by_zero_is_refuted(verifier):
    src = fn("%z = icmp eq i32 %y, 0\n%d = udiv i32 %x, %y\n%r = select i1 %z, i32 0, i32 %d\nret i32 %r")
    tgt = fn("%d = udiv i32 %x, %y\nret i32 %d")
    # Source: the division is executed unconditionally, so y == 0 is UB there too: equivalent. (With arguments that
    # may be undef the proof needs the source to choose its instances, which z3 cannot decide: noundef here, and
    # undef_arguments.ll holds the undef variant.)
    defined = lambda text: text.replace("(i32 %x, i32 %y)", "(i32 noundef %x, i32 noundef %y)")  # noqa: E731
    assert check(verifier, defined(src), defined(tgt)).verdict is Verdict.EQUIVALENT
    guarded = fn("""
  %z = icmp eq i32 %y, 0
  br i1 %z, label %zero, label %div
zero:
  ret i32 0
div:
  %d = udiv i32 %x, %y
  ret i32 %d""")
    r = check(verifier, guarded, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_ub"] is True
    assert r.counterexample["arguments"]["%y"] == 0


def test_signed_division_overflow_is_ub(verifier):
    # i8 keeps the bit-blasted divider small; the semantics do not depend on the width.
    sig = "i8 @f(i8 %x, i8 %y)"
    src = fn("%d = sdiv i8 %x, %y\nret i8 %d", sig)
    tgt = fn(
        "%d = sdiv i8 %x, %y\n%n = icmp eq i8 %y, -1\n%m = sub i8 0, %x\n%r = select i1 %n, i8 %m, i8 %d\nret i8 %r",
        sig,
    )
    assert check(verifier, src, tgt).verdict is Verdict.EQUIVALENT
    # Guarding only division by zero does not make the overflow case (-128 / -1) defined.
    guarded = fn("%z = icmp eq i8 %y, 0\n%s = select i1 %z, i8 1, i8 %y\n%d = sdiv i8 %x, %s\nret i8 %d", sig)
    r = check(
        verifier,
        guarded,
        fn("%z = icmp eq i8 %y, 0\n%s = select i1 %z, i8 1, i8 %y\n%d = udiv i8 %x, %s\nret i8 %d", sig),
    )
    assert r.verdict is Verdict.NOT_EQUIVALENT


# ---- poison, undef, freeze -------------------------------------------------------------------------------------


def test_poison_source_allows_any_target_but_not_reverse(verifier):
    assert check(verifier, fn("ret i32 poison"), fn("ret i32 7")).verdict is Verdict.EQUIVALENT
    r = check(verifier, fn("ret i32 7"), fn("ret i32 poison"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_result"] == "poison"


def test_undef_in_source_is_a_choice_not_poison(verifier):
    # undef & 1 is 0 or 1, never 2: a verifier treating undef as poison would wrongly accept this.
    src = fn("%a = and i32 undef, 1\nret i32 %a")
    assert check(verifier, src, fn("ret i32 1")).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, fn("ret i32 2"))
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_undef_in_target_must_work_for_every_choice(verifier):
    r = check(verifier, fn("ret i32 0"), fn("%a = and i32 undef, 1\nret i32 %a"))
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_freeze_removed_by_target_is_refuted(verifier):
    r = check(verifier, fn("%f = freeze i32 %x\nret i32 %f"), fn("ret i32 %x"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] == "poison"
    assert check(verifier, fn("ret i32 %x"), fn("%f = freeze i32 %x\nret i32 %f")).verdict is Verdict.EQUIVALENT


def test_noundef_argument_is_never_poison(verifier):
    sig = "i32 @f(i32 noundef %x, i32 %y)"
    r = check(verifier, fn("%f = freeze i32 %x\nret i32 %f", sig), fn("ret i32 %x", sig))
    assert r.verdict is Verdict.EQUIVALENT, r.reason


# ---- icmp / select / phi / br / switch -------------------------------------------------------------------------


def test_select_pattern_to_smax_and_wrong_smin(verifier):
    src = fn("%c = icmp sgt i32 %x, %y\n%r = select i1 %c, i32 %x, i32 %y\nret i32 %r")
    good = fn("%r = call i32 @llvm.smax.i32(i32 %x, i32 %y)\nret i32 %r", decls="declare i32 @llvm.smax.i32(i32, i32)")
    bad = fn("%r = call i32 @llvm.smin.i32(i32 %x, i32 %y)\nret i32 %r", decls="declare i32 @llvm.smin.i32(i32, i32)")
    assert check(verifier, src, good).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, bad)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    x, y = r.counterexample["arguments"]["%x"], r.counterexample["arguments"]["%y"]
    assert r.counterexample["source_result"] == max(x, y) and r.counterexample["target_result"] == min(x, y)


def test_select_with_poison_condition_is_poison(verifier):
    sig = "i32 @f(i1 %c, i32 noundef %x)"
    r = check(verifier, fn("ret i32 %x", sig), fn("%r = select i1 %c, i32 %x, i32 %x\nret i32 %r", sig))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%c"] == "poison"


def test_branches_and_phi_to_abs(verifier):
    src = fn("""
  %neg = icmp slt i32 %x, 0
  br i1 %neg, label %n, label %p
n:
  %m = sub i32 0, %x
  br label %j
p:
  br label %j
j:
  %r = phi i32 [ %m, %n ], [ %x, %p ]
  ret i32 %r""")
    good = fn("%r = call i32 @llvm.abs.i32(i32 %x, i1 false)\nret i32 %r", decls="declare i32 @llvm.abs.i32(i32, i1)")
    poisoning = fn(
        "%r = call i32 @llvm.abs.i32(i32 %x, i1 true)\nret i32 %r", decls="declare i32 @llvm.abs.i32(i32, i1)"
    )
    assert check(verifier, src, good).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, poisoning)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] == -(2**31)


def test_branch_on_poison_is_ub_in_target(verifier):
    src = fn("ret i32 1", "i32 @f(i1 %c)")
    tgt = fn("br i1 %c, label %a, label %b\na:\n  ret i32 1\nb:\n  ret i32 1", "i32 @f(i1 %c)")
    r = check(verifier, src, tgt)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["target_ub"] is True


def test_switch_to_select_chain(verifier):
    src = fn(
        """
  switch i32 %x, label %d [
    i32 1, label %one
    i32 2, label %two
  ]
one:
  ret i32 10
two:
  ret i32 20
d:
  ret i32 0""",
        "i32 @f(i32 noundef %x)",
    )
    good = fn(
        """
  %is1 = icmp eq i32 %x, 1
  %is2 = icmp eq i32 %x, 2
  %a = select i1 %is2, i32 20, i32 0
  %r = select i1 %is1, i32 10, i32 %a
  ret i32 %r""",
        "i32 @f(i32 noundef %x)",
    )
    bad = good.replace("i32 20, i32 0", "i32 20, i32 1")
    assert check(verifier, src, good).verdict is Verdict.EQUIVALENT
    r = check(verifier, src, bad)
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] not in (1, 2)


# ---- casts -------------------------------------------------------------------------------------------------------


def test_casts_sext_trunc_roundtrip_and_wrong_zext(verifier):
    sig = "i8 @f(i8 %x)"
    src = fn("ret i8 %x", sig)
    assert check(verifier, src, fn("%w = sext i8 %x to i32\n%t = trunc i32 %w to i8\nret i8 %t", sig)).is_equivalent
    sig2 = "i32 @f(i8 %x)"
    r = check(verifier, fn("%w = sext i8 %x to i32\nret i32 %w", sig2), fn("%w = zext i8 %x to i32\nret i32 %w", sig2))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] < 0


def test_target_adding_nneg_or_trunc_nuw_is_refuted(verifier):
    sig = "i32 @f(i8 %x)"
    r = check(
        verifier, fn("%w = zext i8 %x to i32\nret i32 %w", sig), fn("%w = zext nneg i8 %x to i32\nret i32 %w", sig)
    )
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["target_result"] == "poison"
    sig = "i8 @f(i32 %x)"
    r = check(
        verifier, fn("%t = trunc i32 %x to i8\nret i8 %t", sig), fn("%t = trunc nuw i32 %x to i8\nret i8 %t", sig)
    )
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] % 2**32 > 255


# ---- intrinsics --------------------------------------------------------------------------------------------------

INTRINSIC_PAIRS = [
    (
        "ctpop",
        "%a = and i32 %x, 1\nret i32 %a",
        "%t = and i32 %x, 1\n%r = call i32 @llvm.ctpop.i32(i32 %t)\nret i32 %r",
        "declare i32 @llvm.ctpop.i32(i32)",
    ),
    (
        "ctlz",
        "%c = icmp slt i32 %x, 0\n%r = select i1 %c, i32 0, i32 1\nret i32 %r",
        "%o = or i32 %x, 1073741824\n%l = call i32 @llvm.ctlz.i32(i32 %o, i1 false)\nret i32 %l",
        "declare i32 @llvm.ctlz.i32(i32, i1)",
    ),
    (
        "cttz",
        "%a = and i32 %x, 1\n%c = icmp eq i32 %a, 0\n%r = zext i1 %c to i32\nret i32 %r",
        "%o = or i32 %x, 2\n%t = call i32 @llvm.cttz.i32(i32 %o, i1 true)\nret i32 %t",
        "declare i32 @llvm.cttz.i32(i32, i1)",
    ),
    (
        "bswap",
        "ret i32 %x",
        "%a = call i32 @llvm.bswap.i32(i32 %x)\n%b = call i32 @llvm.bswap.i32(i32 %a)\nret i32 %b",
        "declare i32 @llvm.bswap.i32(i32)",
    ),
    (
        "fshl",
        "%a = shl i32 %x, 3\n%b = lshr i32 %x, 29\n%r = or i32 %a, %b\nret i32 %r",
        "%r = call i32 @llvm.fshl.i32(i32 %x, i32 %x, i32 3)\nret i32 %r",
        "declare i32 @llvm.fshl.i32(i32, i32, i32)",
    ),
    (
        "fshr",
        "%a = lshr i32 %x, 3\n%b = shl i32 %x, 29\n%r = or i32 %a, %b\nret i32 %r",
        "%r = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 3)\nret i32 %r",
        "declare i32 @llvm.fshr.i32(i32, i32, i32)",
    ),
    (
        "uadd.with.overflow",
        "%s = add i32 %x, %y\n%c = icmp ult i32 %s, %x\n%r = zext i1 %c to i32\nret i32 %r",
        "%p = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)\n%o = extractvalue { i32, i1 } %p, 1\n"
        "%r = zext i1 %o to i32\nret i32 %r",
        "declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)",
    ),
    (
        "smul.with.overflow",
        "%a = sext i32 %x to i64\n%b = sext i32 %y to i64\n%m = mul i64 %a, %b\n%t = trunc i64 %m to i32\nret i32 %t",
        "%p = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %x, i32 %y)\n%v = extractvalue { i32, i1 } %p, 0\n"
        "ret i32 %v",
        "declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)",
    ),
    (
        "usub.sat",
        "%c = icmp ult i32 %x, %y\n%s = sub i32 %x, %y\n%r = select i1 %c, i32 0, i32 %s\nret i32 %r",
        "%r = call i32 @llvm.usub.sat.i32(i32 %x, i32 %y)\nret i32 %r",
        "declare i32 @llvm.usub.sat.i32(i32, i32)",
    ),
    (
        "umin",
        "%c = icmp ult i32 %x, %y\n%r = select i1 %c, i32 %x, i32 %y\nret i32 %r",
        "%r = call i32 @llvm.umin.i32(i32 %x, i32 %y)\nret i32 %r",
        "declare i32 @llvm.umin.i32(i32, i32)",
    ),
]


@pytest.mark.parametrize("name,src,tgt,decls", INTRINSIC_PAIRS, ids=[p[0] for p in INTRINSIC_PAIRS])
def test_intrinsic_proved_and_perturbed_refuted(verifier, name, src, tgt, decls):
    r = check(verifier, fn(src), fn(tgt, decls=decls))
    assert r.verdict is Verdict.EQUIVALENT, r.reason
    # Returning the intrinsic's result plus one can never be right.
    bad = tgt.rsplit("ret i32 ", 1)
    wrong = bad[0] + f"%wrong = add i32 {bad[1].strip()}, 1\nret i32 %wrong"
    r = check(verifier, fn(src), fn(wrong, decls=decls))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert isinstance(r.counterexample["arguments"]["%x"], (int, str))


# ---- floating point ----------------------------------------------------------------------------------------------


def test_float_plus_zero_is_not_identity(verifier):
    sig = "double @f(double %x)"
    r = check(verifier, fn("%a = fadd double %x, 0.000000e+00\nret double %a", sig), fn("ret double %x", sig))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    # -0.0 + 0.0 is +0.0 (or x is a signaling NaN, which fadd quiets): either way a real difference.
    bits = r.counterexample["arguments"]["%x"] % 2**64
    is_nan = (bits >> 52) & 0x7FF == 0x7FF and bits & (2**52 - 1)
    assert bits == 2**63 or is_nan


def test_float_self_compare_is_ordered_check(verifier):
    sig = "i1 @f(float %x)"
    src = fn("%c = fcmp oeq float %x, %x\nret i1 %c", sig)
    assert check(verifier, src, fn("%c = fcmp ord float %x, 0.000000e+00\nret i1 %c", sig)).is_equivalent
    r = check(verifier, src, fn("ret i1 true", sig))
    assert r.verdict is Verdict.NOT_EQUIVALENT  # NaN


def test_float_sub_self_is_not_zero(verifier):
    sig = "float @f(float %x)"
    r = check(verifier, fn("%a = fsub float %x, %x\nret float %a", sig), fn("ret float 0.000000e+00", sig))
    assert r.verdict is Verdict.NOT_EQUIVALENT


def test_target_fast_math_other_than_nnan_ninf_is_inconclusive(verifier):
    sig = "float @f(float %x, float %y)"
    r = check(
        verifier,
        fn("%a = fadd float %x, %y\nret float %a", sig),
        fn("%a = fadd reassoc float %x, %y\nret float %a", sig),
    )
    assert r.verdict is Verdict.INCONCLUSIVE
    assert "reassoc" in r.reason


def test_target_call_range_attribute_makes_poison(verifier):
    decl = "declare i32 @llvm.ctpop.i32(i32)"
    src = fn("%c = call i32 @llvm.ctpop.i32(i32 %x)\nret i32 %c", decls=decl)
    assert check(
        verifier, src, fn("%c = call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %x)\nret i32 %c", decls=decl)
    ).is_equivalent
    r = check(verifier, src, fn("%c = call range(i32 1, 33) i32 @llvm.ctpop.i32(i32 %x)\nret i32 %c", decls=decl))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["arguments"]["%x"] == 0 and r.counterexample["target_result"] == "poison"


def test_target_return_range_attribute_makes_poison(verifier):
    src = fn("%a = and i32 %x, 7\nret i32 %a")
    assert check(verifier, src, src.replace("define i32 @f", "define range(i32 0, 8) i32 @f")).is_equivalent
    r = check(verifier, src, src.replace("define i32 @f", "define range(i32 0, 7) i32 @f"))
    assert r.verdict is Verdict.NOT_EQUIVALENT
    assert r.counterexample["source_result"] == 7 and r.counterexample["target_result"] == "poison"


def test_an_argument_without_noundef_may_be_undef_at_each_use(verifier):
    # LangRef: a caller may pass undef; `add %x, %x` may then be odd, `mul %x, 2` never is.
    doubled, added = fn("%r = mul i32 %x, 2\nret i32 %r"), fn("%r = add i32 %x, %x\nret i32 %r")
    r = check(verifier, doubled, added)
    assert r.verdict is Verdict.NOT_EQUIVALENT and r.counterexample["arguments"]["%x"] == "undef", r.reason
    assert "%x = undef" in r.reason
    # The other way round the target is less undefined: proved, as is the noundef version of the first.
    assert check(verifier, added, doubled).verdict is Verdict.EQUIVALENT
    defined = lambda text: text.replace("(i32 %x, i32 %y)", "(i32 noundef %x, i32 %y)")  # noqa: E731
    assert check(verifier, defined(doubled), defined(added)).verdict is Verdict.EQUIVALENT
