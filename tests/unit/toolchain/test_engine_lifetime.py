"""A SIGKILLed parent leaves no evaluation engine behind (README: "no process is left behind").

Two ways the engine goes: started from the main thread it gets the parent-death signal (``PR_SET_PDEATHSIG``);
started from another thread (a thread pool's engine, where the signal would fire when that thread ends) it exits on
stdin EOF, which the kernel delivers when the killed parent's pipe ends close. Both are checked with a real engine in
a real child process killed with SIGKILL, so no cleanup code of the child runs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llmopt.toolchain import Toolchain
from llmopt.toolchain.engine.build import ensure_engine

_CHILD = """
import sys, threading, time
from pathlib import Path
from llmopt.toolchain.engine.worker import EngineWorker

worker = EngineWorker(binary=Path({binary!r}))
def start():
    worker.ping()
    print(worker._proc.pid, flush=True)
if {in_thread!r}:
    threading.Thread(target=start).start()  # the thread ends; the engine lives on until the parent dies
else:
    start()
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for its reaper counts as gone: it runs nothing)."""
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux")
@pytest.mark.parametrize("in_thread", [False, True], ids=["main-thread", "worker-thread"])
def test_the_engine_dies_with_a_sigkilled_parent(toolchain: Toolchain, data_dir: Path, in_thread: bool) -> None:
    binary = ensure_engine(toolchain, data_dir)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(binary=str(binary), in_thread=in_thread)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert child.stdout is not None
        engine_pid = int(child.stdout.readline())
        assert _alive(engine_pid), "the engine runs while its parent does"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _alive(engine_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(engine_pid), f"engine {engine_pid} outlived its SIGKILLed parent"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
