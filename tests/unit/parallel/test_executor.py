"""The one executor: input order and completion order agree across serial and pool, names resolve through the
registry, and a SIGKILLed parent leaves no pool worker behind (checked in /proc)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from llmopt.errors import ConfigError
from llmopt.parallel import EXECUTORS, PoolExecutor, SerialExecutor, make_executor


def test_map_and_as_completed_agree_serial_and_pool() -> None:
    items = [(i, 3) for i in range(7)]
    with SerialExecutor() as serial, PoolExecutor(2) as pool:
        assert serial.map(_pow, items) == [i**3 for i in range(7)]
        assert pool.map(_pow, items) == [i**3 for i in range(7)]
        done = dict(pool.as_completed(_pow, items, window=2))
    assert done == {i: i**3 for i in range(7)}


def _pow(args: tuple[int, int]) -> int:
    return int(args[0] ** args[1])


def test_executors_by_name() -> None:
    assert set(EXECUTORS.names()) >= {"serial", "pool", "ray"}
    with make_executor("serial") as ex:
        assert isinstance(ex, SerialExecutor)
    with pytest.raises(ConfigError, match=r"valid names: .*pool"):
        make_executor("threads")


PARENT = textwrap.dedent("""
    import os, sys, time
    from llmopt.parallel import PoolExecutor
    pool = PoolExecutor(2)
    futures = [pool._pool.submit(os.getpid) for _ in range(4)]
    print(" ".join(str(p) for p in sorted({f.result() for f in futures})), flush=True)
    pool._pool.submit(time.sleep, 120)
    time.sleep(120)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_sigkilled_parent_leaves_no_worker(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        workers = [int(p) for p in line.split()]
        assert workers and parent.pid not in workers
        assert all(Path(f"/proc/{p}").exists() for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), f"workers {workers} outlived their SIGKILLed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout:
            parent.stdout.close()


def _alive(pid: int) -> bool:
    """Running and not a zombie (a dead worker stays a zombie until init reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in {"Z", "X"}
