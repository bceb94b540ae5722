"""The autotuner gets better (never worse) with budget: resuming a store at a larger budget keeps the smaller budget's
accepted best as a candidate, minimizes the top candidates and gates more lists; every phase honours its cap.

Real programs (benchmarks/data/func), real LLVM measurements. The acceptance policy is a deterministic stand-in for a
gate that rejects many small lists (every list whose text hashes odd): it makes "the smallest candidates are all
rejected" happen at every budget, the situation that made budget 5,000 worse than 1,000 before.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from llmopt.autotune import (
    AutotuneConfig,
    PhaseCap,
    PhaseCaps,
    ProgramSpec,
    RandomSearchConfig,
    ResultStore,
    autotune,
)
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

STEMS = ("005_loop_unrollable.dot8", "045_bits_crc32.crc32_table", "009_loop_gcd_lcm.lcm_all")


class _HalfGate(AcceptancePolicy):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def check_list(self, pass_list) -> Verdict:
        self.asked.append(pass_list)
        odd = hashlib.sha256(pass_list.encode()).digest()[0] % 2 == 1
        return Verdict(pass_list, not odd, "odd hash" if odd else "even hash")


@pytest.mark.slow
def test_best_is_monotone_in_budget(func_module, measurer_spec, tmp_path: Path) -> None:
    programs = [ProgramSpec.from_module(func_module(s)) for s in STEMS]
    store = ResultStore(tmp_path / "runs")
    best: dict[str, list[float]] = {}
    gate = _HalfGate()
    for budget in (20, 60, 150):
        config = AutotuneConfig(
            search=RandomSearchConfig(budget=budget, seed=7, max_length=12),
            insertion=False,
            broadcast_top=10,
            gate_candidates=2,
            gate_candidates_per_1000=40.0,  # 2, 3, then 6 lists: the count grows with budget
        )
        result = autotune(programs, config, measurer_spec, store, acceptance=gate)
        for record in result.records:
            assert record.best.binary_size <= record.oz.binary_size
            assert record.best_pipeline in ("default<Oz>", "") or gate.check_list(record.best_pipeline).accepted
            best.setdefault(record.name, []).append(record.best.binary_size)
    assert AutotuneConfig(gate_candidates=2, gate_candidates_per_1000=40.0).gate_candidates_for(150) == 6
    for name, sizes in best.items():
        assert sizes == sorted(sizes, reverse=True), (name, sizes)  # never worse as the budget grows
    store.close()


def test_minimize_cap_bounds_the_phase(func_module, measurer_spec, tmp_path: Path) -> None:
    programs = [ProgramSpec.from_module(func_module(STEMS[1]))]
    caps = PhaseCaps(minimize=PhaseCap(evaluations=5, seconds=60.0), broadcast=PhaseCap(evaluations=0))
    config = AutotuneConfig(search=RandomSearchConfig(budget=10, seed=0), insertion=True, broadcast_top=10, caps=caps)
    with ResultStore(tmp_path / "capped") as store:
        result = autotune(programs, config, measurer_spec, store)
        minimize_evals = store.count_evaluations(phase="minimize")
    # Unbounded, insertion search alone asks |catalog| x positions (hundreds) lists; the cap allows 5 new ones.
    assert minimize_evals <= 5
    record = result.records[0]
    assert record.best.binary_size <= record.oz.binary_size
    assert result.broadcast is not None and result.broadcast.lists_broadcast == 0  # broadcast cap of 0 lists
