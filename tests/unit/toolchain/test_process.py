import sys
import time

import pytest

from llmopt.toolchain import run_process


def test_records_command_exit_code_and_stderr_tail():
    run = run_process([sys.executable, "-c", "import sys; sys.stderr.write('boom\\n'); sys.exit(3)"])
    assert run.returncode == 3
    assert not run.ok
    assert "boom" in run.stderr_tail
    assert run.command[0] == sys.executable
    assert run.walltime_s > 0


def test_timeout_kills_the_whole_process_group():
    # The child starts a grandchild that would outlive a plain kill of the child.
    script = (
        "import subprocess, sys, time; "
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)"
    )
    start = time.perf_counter()
    run = run_process([sys.executable, "-c", script], timeout_s=1.0)
    assert run.timed_out
    assert time.perf_counter() - start < 30  # communicate() returned: no grandchild kept the pipes open


def test_signal_is_recorded():
    run = run_process([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"])
    assert run.signal == 11
    assert run.crashed


def test_missing_program_raises_file_not_found():
    with pytest.raises(FileNotFoundError):
        run_process(["/nonexistent/tool"])


def test_output_limit_kills_a_program_that_prints_forever():
    run = run_process([sys.executable, "-c", "while True: print('x' * 1000)"], timeout_s=30, max_output_bytes=100_000)
    assert run.output_limited and not run.ok and not run.timed_out
    assert len(run.stdout) <= 100_000


def test_output_limit_keeps_normal_output_and_input():
    run = run_process(
        [sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], input=b"abc", max_output_bytes=1000
    )
    assert run.ok and run.stdout_text.strip() == "ABC"


def test_csmith_leaves_no_platform_info_in_the_working_directory(tmp_path, monkeypatch):
    import shutil

    csmith = shutil.which("csmith")
    if csmith is None:
        pytest.skip("csmith is not installed")
    monkeypatch.chdir(tmp_path)
    run = run_process([csmith, "--seed", "1"], timeout_s=60)
    assert run.ok and b"main" in run.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("limit", [None, 1 << 20])
def test_a_program_under_test_dies_with_a_killed_parent(tmp_path, limit):
    """A miscompiled program may loop forever; its own session outlives a SIGKILLed (or SIGTERMed) parent, whose
    timeout died with it. die_with_parent ties it to the thread that waits for it (seen: gate programs left running
    after `llmopt eval run` was stopped)."""
    import os
    import signal
    import subprocess

    marker = tmp_path / "child.pid"
    child = f"import os, time; open({str(marker)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    parent = (
        "import sys, threading; from llmopt.toolchain import run_process; "
        f"t = threading.Thread(target=run_process, args=([sys.executable, '-c', {child!r}],), "
        f"kwargs={{'timeout_s': 120, 'die_with_parent': True, 'max_output_bytes': {limit!r}}}); "
        "t.start(); t.join()"
    )
    proc = subprocess.Popen([sys.executable, "-c", parent])
    deadline = time.monotonic() + 30
    while not (marker.exists() and marker.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    pid = int(marker.read_text())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        raise AssertionError("the program under test outlived its killed parent")


def test_die_with_parent_keeps_the_result_and_the_missing_program_error():
    run = run_process([sys.executable, "-c", "import sys; print('ok'); sys.exit(4)"], die_with_parent=True)
    assert run.returncode == 4 and run.stdout.strip() == b"ok" and run.command[0] == sys.executable
    with pytest.raises(FileNotFoundError):
        run_process(["/no/such/program"], die_with_parent=True)
