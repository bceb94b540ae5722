"""Random search, failure handling, the gate hook and broadcast, through the library."""

from __future__ import annotations

from pathlib import Path

from llmopt.autotune import (
    AutotuneConfig,
    ProgramEvaluator,
    ProgramSpec,
    RandomSearchConfig,
    ResultStore,
    autotune,
    draw_pass_list,
    random_search,
)
from llmopt.metrics import Measurer
from llmopt.passes import PassCatalog
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

CRASH = "function(trigger-crash-function)"


def test_draws_are_a_function_of_program_seed_and_index(toolchain) -> None:
    names = PassCatalog.for_toolchain(toolchain).names
    first = [draw_pass_list(names, "abc", seed=3, index=i) for i in range(20)]
    assert first == [draw_pass_list(names, "abc", seed=3, index=i) for i in range(20)]
    assert first != [draw_pass_list(names, "abc", seed=4, index=i) for i in range(20)]
    assert first != [draw_pass_list(names, "abd", seed=3, index=i) for i in range(20)]
    assert all(1 <= len(p) <= 50 and set(p) <= set(names) for p in first)


def test_random_search_is_reproducible_per_seed(toolchain, data_dir, sum_range) -> None:
    with Measurer(toolchain, data_dir=data_dir, cache=False) as measurer:
        runs = []
        for seed in (5, 5, 6):
            evaluator = ProgramEvaluator(measurer, sum_range)
            result = random_search(evaluator, measurer.catalog.names, RandomSearchConfig(budget=10, seed=seed))
            runs.append(
                [(p, evaluator.evaluate(p).status, evaluator.evaluate(p).binary_size) for p in result.pipelines]
            )
    assert len(runs[0]) == 10
    assert runs[0] == runs[1]
    assert [r[0] for r in runs[0]] != [r[0] for r in runs[2]]


def test_failures_are_recorded_but_never_best(toolchain, data_dir, measurer_spec, sum_range, tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    config = AutotuneConfig(search=RandomSearchConfig(budget=5, seed=0, extra_candidates=(CRASH,)), insertion=False)
    result = autotune([ProgramSpec.from_module(sum_range)], config, measurer_spec, store)
    record = result.records[0]
    assert record.failures.get("crash") == 1
    crash = store.get_evaluation(sum_range.hash, CRASH, record.oz.codegen)
    assert crash is not None and crash.status.value == "crash" and crash.binary_size is None
    assert record.best_pipeline != CRASH and record.best.ok
    assert record.best.binary_size <= record.oz.binary_size


def test_gate_rejection_falls_back_to_the_next_candidate(measurer_spec, two_programs, tmp_path: Path) -> None:
    config = AutotuneConfig(search=RandomSearchConfig(budget=4, seed=1), minimize=False, broadcast_top=0)
    free = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path / "free"))
    rejected = {r.best_pipeline for r in free.records if r.best_pipeline != "default<Oz>"}
    assert rejected, "the seed should find a list better than -Oz for crc32_table"
    asked: list[str] = []

    class Gate(AcceptancePolicy):
        def check_list(self, pass_list) -> Verdict:
            asked.append(pass_list)
            return Verdict(pass_list, pass_list not in rejected, "test gate")

    gate = Gate()
    gated = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path / "gated"), acceptance=gate)
    assert gated.gate_rejections == len(rejected)
    assert not {r.best_pipeline for r in gated.records} & rejected
    assert set(asked) >= rejected and "default<Oz>" not in asked
    again = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path / "gated"), acceptance=gate)
    assert len(asked) == len(set(asked))  # verdicts are stored: the resumed run asks nothing twice
    assert [r.best_pipeline for r in again.records] == [r.best_pipeline for r in gated.records]


def test_program_guard_rejection_falls_back_and_is_counted(measurer_spec, two_programs, tmp_path: Path) -> None:
    config = AutotuneConfig(search=RandomSearchConfig(budget=4, seed=1), minimize=False, broadcast_top=100)
    free = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path / "free"))
    won = {(r.name, r.best_pipeline) for r in free.records if r.best_pipeline != "default<Oz>"}
    assert won
    asked: list[tuple[str, str]] = []

    class Guard(AcceptancePolicy):  # rejects every list that won without a guard, for its program only
        def check_program(self, module, pass_list, *, driver=None) -> Verdict:
            asked.append((module.name, pass_list))
            return Verdict(pass_list, (module.name, pass_list) not in won, "test guard")

    guarded = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path / "guarded"), acceptance=Guard())
    assert not {(r.name, r.best_pipeline) for r in guarded.records} & won
    assert guarded.guard_rejections >= 1 and guarded.gate_rejections == 0
    assert sum(r.guard_rejections for r in guarded.records) == guarded.guard_rejections
    assert all(r.best.binary_size <= r.oz.binary_size for r in guarded.records)


def test_broadcast_improves_a_program_with_another_programs_list(measurer_spec, two_programs, tmp_path: Path) -> None:
    config = AutotuneConfig(search=RandomSearchConfig(budget=4, seed=1), minimize=False, broadcast_top=100)
    result = autotune(two_programs, config, measurer_spec, ResultStore(tmp_path))
    dot8, crc = result.records
    assert crc.found_by == "search" and crc.best.binary_size < crc.oz.binary_size
    assert dot8.found_by == "broadcast" and dot8.best_pipeline == crc.best_pipeline
    assert dot8.best.binary_size < dot8.oz.binary_size
    assert result.broadcast is not None
    assert result.broadcast.programs_improved == 1
    assert (result.broadcast.distinct_best_before, result.broadcast.distinct_best_after) == (2, 1)


def test_broadcast_stops_asking_a_guard_that_keeps_rejecting(measurer_spec, func_module, tmp_path: Path) -> None:
    # Each program's guard accepts the first list it is asked about (its own search result) and rejects every
    # other: without a cap, broadcast would ask it once per smaller list.
    stems = (
        "005_loop_unrollable.dot8",
        "045_bits_crc32.crc32_table",
        "001_loop_sum.sum_range",
        "009_loop_gcd_lcm.lcm_all",
        "029_int_abs_minmax.min3",
    )
    programs = [ProgramSpec.from_module(func_module(s)) for s in stems]

    def run(attempts: int, out: Path) -> dict[str, int]:
        asked: dict[str, int] = {}

        class Guard(AcceptancePolicy):
            def check_program(self, module, pass_list, *, driver=None) -> Verdict:
                asked[module.name] = asked.get(module.name, 0) + 1
                return Verdict(pass_list, asked[module.name] == 1, "test guard")

        config = AutotuneConfig(
            search=RandomSearchConfig(budget=6, seed=4),
            minimize=False,
            broadcast_top=100,
            gate_candidates=1,
            broadcast_guard_attempts=attempts,
        )
        autotune(programs, config, measurer_spec, ResultStore(out), acceptance=Guard())
        return asked

    uncapped = run(100, tmp_path / "uncapped")
    assert max(uncapped.values()) >= 3, "the fixture should give some program two or more smaller broadcast lists"
    capped = run(1, tmp_path / "capped")
    assert max(capped.values()) <= 2  # one call for its own candidate, at most one during broadcast
