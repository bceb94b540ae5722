"""Serial, process-pool and Ray executors give identical results for one seed (Ray on a real local instance)."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.autotune import (
    AutotuneConfig,
    PoolExecutor,
    RandomSearchConfig,
    RayExecutor,
    ResultStore,
    SerialExecutor,
    autotune,
)

CONFIG = AutotuneConfig(search=RandomSearchConfig(budget=10, seed=11), insertion=False, broadcast_top=10)


def _fingerprint(result, store: ResultStore) -> tuple:
    records = tuple((r.name, r.best_pipeline, r.best.binary_size, r.evaluations, r.found_by) for r in result.records)
    rows = sorted(
        (e.evaluation.module_hash, e.evaluation.pipeline, e.evaluation.status.value, e.evaluation.binary_size)
        for e in store.iter_evaluations()
    )
    return records, tuple(rows)


@pytest.mark.slow
def test_serial_pool_and_ray_agree(measurer_spec, two_programs, tmp_path: Path) -> None:
    prints = {}
    for name, make in (
        ("serial", SerialExecutor),
        ("pool", lambda: PoolExecutor(2)),
        ("ray", lambda: RayExecutor("local", num_cpus=2)),
    ):
        store = ResultStore(tmp_path / name)
        with make() as executor:
            result = autotune(two_programs, CONFIG, measurer_spec, store, executor=executor)
        prints[name] = _fingerprint(result, store)
        assert result.measured > 0  # every executor measured for itself (no shared store, no cache)
    assert prints["serial"] == prints["pool"] == prints["ray"]
    assert len(prints["serial"][1]) >= 2 * 12  # baselines + 10 random lists per program, at least
