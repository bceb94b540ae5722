"""Ctrl-C during ``llmopt autotune run`` with a process pool: a real CLI subprocess gets SIGINT on its whole process
group (what a terminal sends) mid-search; it must print exactly the one resume line, exit 130, leave no worker behind,
and the same command must then resume from the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llmopt.autotune import ResultStore

FUNC_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "func"
LINE = "interrupted; rerun the same command to resume"


def _args(out: Path, data_dir: Path, budget: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "llmopt.cli.main",
        "autotune",
        "run",
        str(FUNC_DIR / "001_loop_sum.sum_range.ll"),
        str(FUNC_DIR / "005_loop_unrollable.dot8.ll"),
        "--budget",
        str(budget),
        "--seed",
        "5",
        "--out",
        str(out),
        "--no-gate",
        "--executor",
        "pool",
        "--workers",
        "2",
        "--no-minimize",
        "--broadcast-top",
        "0",
        "--data-dir",
        str(data_dir),
        "--no-progress",
    ]


@pytest.mark.slow
def test_sigint_stops_with_one_line_and_exit_130_then_resumes(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "res"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    proc = subprocess.Popen(
        _args(out, data_dir, 100_000), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 240
        stored = 0
        while time.monotonic() < deadline and stored < 10:  # mid random search: some evaluations are stored
            time.sleep(0.5)
            if (out / "autotune.sqlite").exists():
                with ResultStore(out) as store:
                    stored = sum(1 for _ in store.iter_evaluations())
        assert stored >= 10 and proc.poll() is None
        os.killpg(proc.pid, signal.SIGINT)
        _stdout, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    text = stderr.decode()
    assert proc.returncode == 130, text
    assert text.strip() == LINE, text  # exactly one line: no worker traceback, no BrokenProcessPool
    with ResultStore(out) as store:
        before = sum(1 for _ in store.iter_evaluations())
    assert before >= stored

    done = subprocess.run(_args(out, data_dir, 8), capture_output=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr.decode()
    with ResultStore(out) as store:
        assert sum(1 for _ in store.iter_evaluations()) >= before and len(store.records()) == 2
