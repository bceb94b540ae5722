"""Mutation operators: every kind fires on IR that offers it, mutants are valid IR and differ from the original."""

from __future__ import annotations

import pytest

from llmopt.settings import Settings
from llmopt.toolchain import IRModule, Toolchain, parse_ir
from llmopt.verify.mutate import MUTATION_KINDS, MutationSite, apply_site, find_mutation_sites, generate_mutants

TARGET = IRModule(
    name="t",
    text="""define i32 @f(i32 %a, i32 %b, ptr %p, ptr %q) {
entry:
  %d = sub i32 %a, %b
  %s = add i32 %d, 7
  %c = icmp slt i32 %s, %b
  %m = select i1 %c, i32 %s, i32 %b
  store i32 %m, ptr %p, align 4
  %v = load i32, ptr %q, align 4
  %r = udiv i32 %v, 3
  ret i32 %r
}
""",
)


@pytest.fixture(scope="module")
def tc() -> Toolchain:
    return Toolchain.discover(Settings.load().llvm_bin)


def test_every_operator_finds_its_site() -> None:
    sites = find_mutation_sites(TARGET.text)
    kinds = {s.kind for s in sites}
    assert kinds == set(MUTATION_KINDS)
    swap = next(s for s in sites if s.kind == "swap_operands")
    assert swap.new == ("  %d = sub i32 %b, %a",)
    flips = {s.new[0] for s in sites if s.kind == "flip_predicate"}
    assert "  %c = icmp sle i32 %s, %b" in flips and "  %c = icmp sge i32 %s, %b" in flips
    reorder = next(s for s in sites if s.kind == "reorder_memory")
    assert reorder.new == (reorder.old[1], reorder.old[0]) and reorder.old[0].lstrip().startswith("store")
    constants = {s.new[0] for s in sites if s.kind == "change_constant"}
    assert "  %s = add i32 %d, 8" in constants and "  %r = udiv i32 %v, 4" in constants
    assert "  %r = udiv exact i32 %v, 3" in {s.new[0] for s in sites if s.kind == "add_flags"}


def test_reorder_never_breaks_a_use_and_apply_checks_the_text() -> None:
    text = "define void @g(ptr %p) {\n  %v = load i32, ptr %p\n  store i32 %v, ptr %p\n  ret void\n}\n"
    assert not [s for s in find_mutation_sites(text) if s.kind == "reorder_memory"]
    with pytest.raises(ValueError, match="does not match"):
        apply_site(text, MutationSite("drop_store", 1, ("  something else",), (), "x"))


def test_generated_mutants_are_valid_distinct_and_deterministic(tc: Toolchain) -> None:
    first = generate_mutants(tc, TARGET, count=5, seed=3)
    again = generate_mutants(tc, TARGET, count=5, seed=3)
    assert [m.description for m in first] == [m.description for m in again]
    assert len(first) == 5 and len({m.kind for m in first}) == 5  # round robin over kinds
    texts = {m.module.text for m in first}
    assert len(texts) == 5 and TARGET.text not in texts
    for m in first:
        parse_ir(tc, m.module.text.encode())  # raises InputError if a mutant were invalid
    assert "add_flags" not in {m.kind for m in first}  # tried last: least likely to be really wrong


def test_invalid_candidates_are_dropped_and_unknown_kinds_rejected(tc: Toolchain) -> None:
    # the only store's value is %v: dropping it is valid, but swapping the load below the store is not (use)
    text = IRModule(name="u", text="define i32 @h(ptr %p) {\n  %v = load i32, ptr %p\n  ret i32 %v\n}\n")
    assert generate_mutants(tc, text, count=3) == []
    with pytest.raises(ValueError, match="unknown mutation kinds"):
        generate_mutants(tc, TARGET, kinds=("swap_operands", "delete_everything"))
