"""Kill the CLI mid-run (SIGKILL after a fixed number of stored evaluations), restart it, and check that it finishes
the budget without redoing finished evaluations."""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

from llmopt.autotune import ResultStore, draw_pass_list
from llmopt.cli.main import main
from llmopt.passes import PassCatalog, PassList
from llmopt.toolchain import run_process

FUNC_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "func"

BUDGET = 12
KILL_AFTER = 7


def test_killed_run_resumes_without_recomputing(toolchain, data_dir, sum_range, tmp_path: Path, capsys) -> None:
    out = tmp_path / "results"
    args = [
        "autotune",
        "run",
        str(FUNC_DIR / "001_loop_sum.sum_range.ll"),
        "--budget",
        str(BUDGET),
        "--seed",
        "2",
        "--out",
        str(out),
        "--no-gate",
        "--executor",
        "serial",
        "--no-minimize",
        "--broadcast-top",
        "0",
        "--data-dir",
        str(data_dir),
        "--no-progress",
        "--json",
    ]
    killed = run_process(
        [sys.executable, "-m", "llmopt.cli.main", *args, "--debug-kill-after", str(KILL_AFTER)], timeout_s=300
    )
    assert killed.signal == signal.SIGKILL or killed.returncode == -signal.SIGKILL, killed.describe()
    with ResultStore(out) as store:
        before = {e.id: (e.evaluation.pipeline, e.created_s) for e in store.iter_evaluations()}
        assert len(before) == KILL_AFTER and store.records() == []

    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    catalog = PassCatalog.for_toolchain(toolchain)
    random_lists = {
        PassList.from_names(draw_pass_list(catalog.names, sum_range.hash, 2, i), catalog).to_pipeline()
        for i in range(BUDGET)
    }
    expected = len(random_lists | {"default<Oz>", ""})
    with ResultStore(out) as store:
        after = {e.id: (e.evaluation.pipeline, e.created_s) for e in store.iter_evaluations()}
        assert len(after) == expected == store.count_evaluations(sum_range.hash)
        assert {e.evaluation.pipeline for e in store.iter_evaluations()} == random_lists | {"default<Oz>", ""}
    assert all(after[i] == before[i] for i in before)  # the finished rows were kept, not redone
    assert first["measured"] == expected - KILL_AFTER
    assert first["programs"][0]["evaluations"] == expected

    assert main(args) == 0  # a finished run resumed again measures nothing and stores nothing new
    again = json.loads(capsys.readouterr().out)
    assert again["measured"] == 0
    assert again["programs"][0]["best_passes"] == first["programs"][0]["best_passes"]
    with ResultStore(out) as store:
        assert store.count_evaluations() == expected
