import json

from llmopt.passes import PassCatalog, PassKind, generate_catalog
from llmopt.passes.catalog import DATA_DIR, DEFAULT_PIPELINES, load_exclusions, parse_print_passes

GOLDEN_PRINT_PASSES = """Module passes:
  always-inline
  globaldce
Module passes with params:
  ipsccp<no-func-spec;func-spec>
Module analyses:
  callgraph
CGSCC passes:
  argpromotion
Function passes:
  instcombine
Function passes with params:
  loop-unroll<O0;O1;O2;O3;full-unroll-max=N>
Function analyses:
  aa
LoopNest passes:
  loop-interchange
Loop passes:
  indvars
Loop passes with params:
  licm<allowspeculation>
Loop analyses:
  ddg
Machine function passes (WIP):
  dead-mi-elimination
"""


def test_print_passes_parser_keeps_transforms_and_skips_analyses():
    entries = parse_print_passes(GOLDEN_PRINT_PASSES)
    names = {name: (kind, params) for name, kind, params in entries}
    assert names["ipsccp"] == (PassKind.MODULE, "no-func-spec;func-spec")
    assert names["argpromotion"][0] is PassKind.CGSCC
    assert names["loop-unroll"] == (PassKind.FUNCTION, "O0;O1;O2;O3;full-unroll-max=N")
    assert names["loop-interchange"][0] is PassKind.LOOP and names["licm"][0] is PassKind.LOOP
    assert "callgraph" not in names and "aa" not in names and "ddg" not in names
    assert "dead-mi-elimination" not in names


def test_stored_catalog_matches_a_fresh_generation(toolchain):
    stored = PassCatalog.for_toolchain(toolchain)
    fresh = generate_catalog(toolchain)
    assert stored.names == fresh.names
    assert stored.excluded == fresh.excluded


def test_catalog_contents(toolchain):
    catalog = PassCatalog.for_toolchain(toolchain)
    for pipeline in DEFAULT_PIPELINES:
        assert pipeline in catalog.names
    assert "instcombine<no-verify-fixpoint>" in catalog.names  # the safe default of instcombine
    assert "internalize" in catalog.excluded and "preserve" in catalog.excluded["internalize"]
    assert not any(n.startswith(("print", "verify", "dot-")) for n in catalog.names)
    assert {p.kind for p in catalog.passes} == set(PassKind)
    assert len(catalog.names) > 100


def test_every_exclusion_has_a_reason():
    prefixes, exact, _defaults = load_exclusions()
    assert all(reason.strip() for _p, reason in prefixes)
    assert all(reason.strip() for reason in exact.values())
    stored = json.loads(next(DATA_DIR.glob("catalog-llvm-*.json")).read_text())
    assert all(stored["excluded"].values())
