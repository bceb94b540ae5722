import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmopt.errors import PassListError
from llmopt.passes import PassCatalog, PassKind, PassList, default_catalog

CATALOG = default_catalog()


def test_nested_form_from_the_issue():
    pl = PassList.parse("module(default<Oz>),function(instcombine,loop-mssa(licm))")
    assert pl.names == ("default<Oz>", "instcombine<no-verify-fixpoint>", "licm")
    assert pl.to_pipeline() == "default<Oz>,function(instcombine<no-verify-fixpoint>,loop-mssa(licm))"


def test_plain_mixed_form_is_nested_correctly():
    pl = PassList.parse("instcombine,licm,globaldce,inline,sroa,loop-unroll<O3>")
    assert pl.to_pipeline() == (
        "function(instcombine<no-verify-fixpoint>,loop-mssa(licm)),globaldce,cgscc(inline),"
        "function(sroa,loop-unroll<O3>)"
    )
    assert pl.to_plain() == "instcombine<no-verify-fixpoint>,licm,globaldce,inline,sroa,loop-unroll<O3>"


def test_loop_passes_that_do_not_keep_memory_ssa_run_under_plain_loop(toolchain):
    pl = PassList.parse("licm,loop-unroll-full,indvars,loop-rotate,licm")
    assert pl.to_pipeline() == "function(loop-mssa(licm),loop(loop-unroll-full,indvars),loop-mssa(loop-rotate,licm))"
    # loop-unroll-full changes this loop (constant trip count) and does not preserve MemorySSA: under loop-mssa opt
    # would abort with "does not preserve MemorySSA".
    ir = """
define i32 @f(ptr %p) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %g = getelementptr inbounds i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s1 = add i32 %s, %v
  %i1 = add nuw nsw i32 %i, 1
  %done = icmp eq i32 %i1, 4
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %s1
}
"""
    run = toolchain.run("opt", [f"-passes={pl.to_pipeline()}", "-disable-output", "-"], input=ir.encode())
    assert run.ok, run.stderr_tail
    bad = toolchain.run(
        "opt", ["-passes=function(loop-mssa(loop-unroll-full))", "-disable-output", "-"], input=ir.encode()
    )
    assert not bad.ok and "does not preserve MemorySSA" in bad.stderr_tail


def test_quotes_and_flag_prefix_are_tolerated_and_empty_is_empty():
    assert PassList.parse("-passes='sroa,dce'") == PassList.parse("sroa,dce")
    assert len(PassList.parse("  ")) == 0 and PassList.parse("").to_pipeline() == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("instcombin", "did you mean 'instcombine'"),
        ("simplfycfg", "did you mean 'simplifycfg'"),
        ("internalize", "not allowed"),
        ("function(sroa", "missing ')'"),
        ("sroa)", "unexpected ')'"),
        ("repeat<2>(sroa)", "not supported"),
        ("sroa,,dce", "empty pass name"),
        ("function", "adaptor"),
        ("sroa(dce)", "not an adaptor"),
        ("loop-unroll<O3", "unbalanced"),
    ],
)
def test_bad_pass_lists_are_rejected_with_a_helpful_message(text, message):
    with pytest.raises(PassListError, match=message.replace("(", r"\(").replace(")", r"\)")):
        PassList.parse(text)


pass_texts = st.lists(st.sampled_from(CATALOG.names), min_size=0, max_size=50)


@given(pass_texts)
@settings(max_examples=300, deadline=None)
def test_round_trip_through_pipeline_and_plain_text(names):
    pl = PassList.from_names(names)
    assert PassList.parse(pl.to_pipeline()) == pl
    assert PassList.parse(pl.to_plain()) == pl
    assert list(pl.names) == names


@given(st.text(alphabet="abcdefgilmnoprstuvz-<>(),;=0123456789 ", max_size=60))
@settings(max_examples=300, deadline=None)
def test_random_text_either_parses_or_raises_pass_list_error(text):
    try:
        pl = PassList.parse(text)
    except PassListError:
        return
    assert PassList.parse(pl.to_pipeline()) == pl


def test_opt_accepts_the_canonical_text_for_every_catalog_pass_and_kind_mixes(toolchain):
    # One pipeline holding every catalog pass once, in catalog order: module, cgscc, function and loop levels mixed.
    catalog = PassCatalog.for_toolchain(toolchain)
    names = [n for n in catalog.names if not n.startswith("default<")]
    pl = PassList.from_names(names[::-1], catalog)
    kinds = {p.kind for p in pl}
    assert kinds == set(PassKind)
    run = toolchain.run(
        "opt",
        [f"-passes={pl.to_pipeline()}", "-disable-output", "-"],
        input=b"define i32 @f(i32 %x) {\n  ret i32 %x\n}\n",
        timeout_s=120,
    )
    assert run.ok, run.stderr_tail
