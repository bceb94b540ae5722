"""The ranked coreset: the greedy order's arithmetic, leave-one-out without leaks, the shipped file, and a real fit.

The arithmetic is checked exactly on hand-made size tables (the expensive step, measuring, is the seam). The fit runs
the real autotuner, real LLVM measurements and a deterministic acceptance policy (a stand-in for the gate that
rejects every list with ``instcombine``) on three bundled benchmark functions; the shipped file's verdicts come from
the real PassListEval gate.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from llmopt.autotune import PhaseCap, PhaseCaps, ProgramSpec, ResultStore
from llmopt.errors import ConfigError
from llmopt.inference.coreset import (
    Coreset,
    FitProgram,
    FitTable,
    TrainingProgram,
    collect_table,
    fit_coreset,
    gate_lists,
    greedy_order,
    leave_one_out,
    load_coreset,
    source_group,
    tune_programs,
)
from llmopt.metrics import Measurer, MeasurerSpec
from llmopt.toolchain import Flavour, Toolchain, read_ir
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

ROOT = Path(__file__).resolve().parents[3]
FUNC_DIR = ROOT / "benchmarks" / "data" / "func"


def _program(name: str, oz: int, tuned: int, pipeline: str, found_by: str = "search") -> FitProgram:
    return FitProgram(name, f"h-{name}", source_group(name), "function", oz, tuned, pipeline, found_by)


def _table() -> FitTable:
    """Three programs; list a is great on p1, b is good on p1 and p2, c only on p3."""
    programs = (
        _program("p1.f", 100, 50, "a"),
        _program("p2.f", 100, 80, "b"),
        _program("p3.f", 100, 90, "c"),
    )
    sizes = {"a": (50, 120, None), "b": (70, 80, 100), "c": (100, 100, 90)}
    return FitTable(programs, sizes)


def _geomean_gain(ratios: list[float]) -> float:
    return 1.0 - math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def test_greedy_order_adds_the_largest_geomean_gain_first() -> None:
    order = greedy_order(_table(), ["a", "b", "c"], [0, 1, 2])
    # a alone: (0.5, 1, 1) -> gain 1 - 0.5^(1/3); b alone: (0.7, 0.8, 1). a wins; then b (p2: 0.8), then c (p3: 0.9).
    assert [p for p, _, _ in order] == ["a", "b", "c"]
    expected = [_geomean_gain([0.5, 1, 1]), _geomean_gain([0.5, 0.8, 1]), _geomean_gain([0.5, 0.8, 0.9])]
    assert [round(c, 12) for _, _, c in order] == [round(e, 12) for e in expected]
    assert order[1][1] == pytest.approx(expected[1] - expected[0])


def test_a_list_that_adds_nothing_comes_after_those_that_do() -> None:
    table = FitTable(
        (_program("p1.f", 100, 50, "a"), _program("p2.f", 100, 100, "x")),
        {"a": (50, 100), "x": (60, 100)},  # x is good on p1 but a is better there: x adds nothing after a
    )
    order = greedy_order(table, ["x", "a"], [0, 1])
    assert [p for p, _, _ in order] == ["a", "x"]
    assert order[1][1] == 0.0


def _coreset(table: FitTable) -> Coreset:
    verdicts = {p: (True, "gate passed") for p in table.sizes}
    return fit_coreset(table, verdicts, llvm_version="19.1.7", flavour=Flavour.SIZE, fitted_by="test")


def test_excluding_a_program_drops_the_lists_only_it_found() -> None:
    coreset = _coreset(_table())
    held = coreset.excluding(groups=["p1"])
    assert "a" not in held.pipelines  # found on p1 only
    assert held.pipelines == ("b", "c")  # fitted on p2 and p3 only: b (p2 to 0.8) adds more than c (p3 to 0.9)
    assert coreset.excluding(module_hashes=["h-p1.f"]).pipelines == held.pipelines
    # Chained exclusions keep the first one.
    assert coreset.excluding(groups=["p1"]).excluding(groups=["p2"]).pipelines == ("c",)
    with pytest.raises(ConfigError, match="nothing to fit"):
        coreset.excluding(groups=["p1", "p2", "p3"])


def test_a_list_known_only_from_a_broadcast_is_not_kept_when_its_origin_is_unknown() -> None:
    programs = (_program("p1.f", 100, 50, "a"), _program("p2.f", 100, 60, "a", found_by="broadcast"))
    coreset = _coreset(FitTable(programs, {"a": (50, 60)}))
    assert coreset.pipelines == ("a",)
    assert coreset.excluding(groups=["p1"]).pipelines == ()  # p2 only has it from p1's search


def test_leave_one_out_never_measures_a_program_with_its_own_list() -> None:
    rows = {r.program.name: r for r in leave_one_out(_coreset(_table()), budgets=[1, 2, 3])}
    # p1's own list a (ratio 0.5) is gone; the best it can get from the others is b: 0.7.
    assert rows["p1.f"].by_budget == pytest.approx({1: 1.0, 2: 0.7, 3: 0.7})  # budget 1 is -Oz alone
    assert rows["p1.f"].oracle == pytest.approx(0.7)
    assert rows["p1.f"].lists == 2
    # p3 is only helped by its own list c: held out, nothing helps it.
    assert rows["p3.f"].oracle == 1.0


def test_rejected_lists_are_recorded_but_never_ordered() -> None:
    table = _table()
    verdicts = {"a": (False, "gate: 025_int_modular: wrong output"), "b": (True, "gate passed")}
    coreset = fit_coreset(table, verdicts, llvm_version="19.1.7", flavour=Flavour.SIZE)
    assert coreset.pipelines == ("b",)
    assert {e.pipeline: e.verdict for e in coreset.rejected} == {
        "a": "gate: 025_int_modular: wrong output",
        "c": "not gated",
    }


def test_file_round_trip_and_load_by_llvm_major_and_flavour(tmp_path: Path, toolchain: Toolchain) -> None:
    coreset = fit_coreset(
        _table(),
        {p: (True, "gate passed") for p in "abc"},
        llvm_version=toolchain.version,
        flavour=Flavour.SIZE,
        fitted_by="python scripts/fit_coreset.py",
    )
    path = coreset.write(tmp_path)
    assert path.name == f"coreset-llvm{toolchain.major}-v1.json"
    loaded = load_coreset(toolchain, "size", tmp_path)
    assert loaded.pipelines == coreset.pipelines
    assert loaded.table == coreset.table
    assert loaded.to_json() == coreset.to_json()
    with pytest.raises(ConfigError, match=r"no ranked coreset for LLVM \d+ in the paper flavour") as info:
        load_coreset(toolchain, "paper", tmp_path)
    assert "\n" not in str(info.value)
    other = Toolchain(bin_dir=toolchain.bin_dir, version="99.0.0")
    with pytest.raises(ConfigError, match=r"no ranked coreset for LLVM 99 .*shipped: LLVM \d+ \(size\)"):
        load_coreset(other, "size", tmp_path)


def test_budget_counts_oz_as_the_first_compilation() -> None:
    coreset = _coreset(_table())
    assert coreset.candidates(1) == ("default<Oz>",)
    assert coreset.candidates(3) == ("default<Oz>", *coreset.pipelines[:2])
    with pytest.raises(ConfigError):
        coreset.candidates(0)


# -- a real fit -----------------------------------------------------------------------------------------------------
class _RejectSome(AcceptancePolicy):
    """Deterministic stand-in for the gate: rejects the lists it is told to, and counts what it is asked."""

    def __init__(self, rejected: set[str]) -> None:
        self.rejected, self.asked = rejected, []

    def check_list(self, pass_list) -> Verdict:
        self.asked.append(pass_list)
        bad = pass_list in self.rejected
        return Verdict(pass_list, not bad, "miscompiles (stand-in)" if bad else "gate passed")


@pytest.mark.slow
def test_fit_from_a_real_autotune_store_resumes_and_drops_rejected_lists(
    toolchain: Toolchain, data_dir: Path, tmp_path: Path
) -> None:
    stems = ("001_loop_sum.sum_range", "045_bits_crc32.crc32_table", "081_switch_dense.roman_value")
    programs = [
        TrainingProgram(
            ProgramSpec.from_module(read_ir(toolchain, FUNC_DIR / f"{s}.ll", Flavour.SIZE)), "function", source_group(s)
        )
        for s in stems
    ]
    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    caps = PhaseCaps(minimize=PhaseCap(evaluations=15))
    with ResultStore(tmp_path / "store") as store, Measurer(toolchain, data_dir=data_dir) as measurer:
        settings = tune_programs(programs, store, spec, budget=10, seed=2, workers=1, caps=caps)
        assert settings["budget"] == 10 and settings["programs"] == 3
        table = collect_table(programs, store, measurer)
        stored = store.count_evaluations()
        again = collect_table(programs, store, measurer)  # resumed: everything is read back
        assert again == table and store.count_evaluations() == stored
        assert len(table.sizes) >= 2  # these three functions each have a list smaller than -Oz within 10 draws
        policy = _RejectSome(set(sorted(table.sizes)[::2]))
        verdicts = gate_lists(sorted(table.sizes), policy, store)
        assert gate_lists(sorted(table.sizes), policy, store) == verdicts
        assert len(policy.asked) == len(table.sizes)  # the second pass asked nothing: verdicts are in the store
        records = {r["module_hash"]: r for r in store.records()}
    coreset = fit_coreset(table, verdicts, llvm_version=toolchain.version, flavour=Flavour.SIZE)
    assert set(coreset.pipelines) | {e.pipeline for e in coreset.rejected} == set(table.sizes)
    assert {e.pipeline for e in coreset.rejected} == policy.rejected
    assert all(e.verdict == "miscompiles (stand-in)" for e in coreset.rejected)
    for i, program in enumerate(table.programs):
        record = records[program.module_hash]
        assert program.oz_size == record["oz_binary_size"]
        assert program.tuned_size == record["best_binary_size"] <= program.oz_size
        if program.tuned_pipeline != "default<Oz>":  # its own best list was measured on it: the tuned size
            assert table.sizes[program.tuned_pipeline][i] == program.tuned_size
    best_of_all = [
        min([p.oz_size, *(table.sizes[q][i] or p.oz_size for q in coreset.pipelines)]) / p.oz_size
        for i, p in enumerate(table.programs)
    ]
    gain = coreset.lists[-1].cumulative_gain if coreset.lists else 0.0
    assert gain == pytest.approx(_geomean_gain(best_of_all))


def test_fit_script_reports_a_bad_input_in_one_line(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "fit_coreset.py"),
            "--functions",
            str(tmp_path / "missing.ll"),
            "--tus",
            "--out",
            str(tmp_path / "store"),
            "--write-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LLMOPT_DATA_DIR": str(tmp_path / "data")},
    )
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [f"error: {tmp_path / 'missing.ll'}: no such file"]
    assert not list(tmp_path.glob("coreset-*.json"))


# -- fitted from a training release ----------------------------------------------------------------------------------
def test_a_release_size_matrix_becomes_a_fit_table() -> None:
    import numpy as np

    from llmopt.data.release import SizeMatrix
    from llmopt.inference.coreset import table_from_size_matrix

    label = {"oz_binary_size": 100, "best_binary_size": 90, "best_passes": "a", "found_by": "pool"}
    programs = [
        {"module_hash": "h1", "name": "f", "package": "zlib", "level": "function", "label": label},
        {
            "module_hash": "h2",
            "name": "f",
            "package": "curl",
            "level": "function",
            "label": {**label, "found_by": "oz"},
        },
    ]
    table = table_from_size_matrix(SizeMatrix(programs, ["a", "b"], np.array([[90.0, np.nan], [101.0, 95.0]])))
    assert [p.name for p in table.programs] == ["zlib:f", "curl:f"]  # same function name, two packages
    assert [source_group(p.name) for p in table.programs] == ["zlib", "curl"]
    assert [p.found_by for p in table.programs] == ["search", "oz"]
    assert table.sizes == {"a": (90, 101), "b": (None, 95)}
    assert table.log_ratio("b", 0) == 0.0 and table.log_ratio("a", 1) == 0.0  # failed / worse than -Oz


def test_a_large_table_is_gzipped_and_each_flavour_loads_its_own_file(tmp_path: Path, toolchain: Toolchain) -> None:
    programs = tuple(_program(f"pkg{i % 7}:f{i}", 100, 90 + i % 10, "a" if i % 2 else "b") for i in range(250))
    sizes = {"a": tuple(90 + i % 10 for i in range(250)), "b": tuple(None if i % 3 else 95 for i in range(250))}
    accepted = {"a": (True, "gate passed"), "b": (True, "gate passed")}
    big = fit_coreset(FitTable(programs, sizes), accepted, llvm_version=toolchain.version, flavour=Flavour.PAPER)
    small = fit_coreset(_table(), {p: (True, "") for p in "abc"}, llvm_version=toolchain.version, flavour=Flavour.SIZE)
    big_path, small_path = big.write(tmp_path), small.write(tmp_path)
    assert big_path.name == f"coreset-llvm{toolchain.major}-paper-v1.json.gz"
    assert small_path.name == f"coreset-llvm{toolchain.major}-v1.json"
    assert big.write(tmp_path).read_bytes() == big_path.read_bytes()  # no timestamp in the gzip header
    loaded = load_coreset(toolchain, "paper", tmp_path)
    assert loaded.to_json() == big.to_json() and loaded.table == big.table
    assert load_coreset(toolchain, "size", tmp_path).pipelines == small.pipelines


def test_the_shipped_paper_coreset_is_fitted_on_a_release_of_real_code(toolchain: Toolchain) -> None:
    from llmopt.data.heldout import is_heldout

    coreset = load_coreset(toolchain, "paper")
    assert coreset.flavour is Flavour.PAPER and coreset.llvm_major == toolchain.major
    assert "--release" in coreset.fitted_by and "--flavour paper" in coreset.fitted_by
    assert len(coreset.table.programs) >= 1000 and all(e.accepted for e in coreset.lists)
    assert not {p.group for p in coreset.table.programs if is_heldout(p.group)}
    gains = [e.cumulative_gain for e in coreset.lists]
    assert gains == sorted(gains) and gains[-1] > 0  # each list adds to the ones before it
