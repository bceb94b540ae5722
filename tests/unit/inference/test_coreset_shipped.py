"""The shipped ranked coreset (``llmopt/inference/data``): versioned for the installed LLVM, every list accepted by
the real PassListEval gate, and its order exactly the greedy order of its own size table (nothing edited by hand)."""

from __future__ import annotations

from llmopt.inference.coreset import greedy_order, load_coreset
from llmopt.toolchain import Flavour, Toolchain


def test_the_shipped_coreset_is_gated_versioned_and_reproducible(toolchain: Toolchain) -> None:
    coreset = load_coreset(toolchain, Flavour.SIZE)
    data = coreset.to_json()
    assert data["llvm_version"].split(".")[0] == str(toolchain.major)
    assert data["flavour"] == "size"
    assert data["fitted_by"].startswith("python scripts/fit_coreset.py")
    assert len(coreset.lists) >= 5
    assert all(e.accepted and e.verdict == "gate passed" for e in coreset.lists)
    assert all(not e.accepted for e in coreset.rejected)
    assert "default<Oz>" not in coreset.pipelines
    # The order is the greedy order of its own table (nothing edited by hand).
    refit = greedy_order(coreset.table, coreset.pipelines, range(len(coreset.table.programs)))
    assert tuple(p for p, _, _ in refit) == coreset.pipelines
    gains = [e.cumulative_gain for e in coreset.lists]
    assert gains == sorted(gains) and gains[-1] > 0
    # Each list was the best of some fit program.
    assert all(e.best_on for e in coreset.lists)


def test_refitting_without_a_source_program_drops_every_list_only_it_found(toolchain: Toolchain) -> None:
    coreset = load_coreset(toolchain, Flavour.SIZE)
    groups = {p.name: p.group for p in coreset.table.programs}
    for group in sorted(set(groups.values())):
        held = coreset.excluding(groups=[group])
        by_pipeline = {e.pipeline: e for e in coreset.lists}
        for pipeline in held.pipelines:
            assert any(groups[name] != group for name in by_pipeline[pipeline].found_on), (group, pipeline)
        assert all(p.module_hash in held.held_out for p in coreset.table.programs if p.group == group)
