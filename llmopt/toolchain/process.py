"""The only place in llmopt that starts processes.

Every call has a time limit, runs in its own process group and kills that whole group when it times out or when the
caller's scope ends (so a hung ``opt`` never outlives a cancelled batch), and returns a ``ToolRun`` recording the
command, exit code, signal, output tails and wall time. Failing tools are *not* exceptions here: callers decide whether
a non-zero exit is an expected result (a crashing pass) or a fatal error (the user's C file does not compile).

Limits: output is collected in memory (fine for IR and object files up to a few hundred MB); interactive pipes for
long-lived workers are provided by ``PersistentProcess``.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

DEFAULT_TIMEOUT_S = 120.0
TAIL_CHARS = 4000
# Programs that write scratch files into their working directory (Csmith leaves ``platform.info``): run without a
# ``cwd`` they get a private temporary one, so no llmopt command litters the user's directory.
LITTERS_CWD = frozenset({"csmith"})


def tail(text: str | bytes, limit: int = TAIL_CHARS) -> str:
    """Last ``limit`` characters of tool output, decoded leniently (tools may print non-UTF-8 bytes)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return text if len(text) <= limit else "…" + text[-limit:]


@dataclass(frozen=True)
class ToolRun:
    """One finished tool call.

    ``stdout`` is kept whole (callers often need the IR or the table a tool printed); ``stderr_tail`` only the end,
    which is where LLVM puts the reason it failed.
    """

    command: tuple[str, ...]
    returncode: int | None
    stdout: bytes
    stderr_tail: str
    walltime_s: float
    timed_out: bool = False
    signal: int | None = None
    stderr: bytes = field(default=b"", repr=False)  # whole stderr (some analyses print their results there)
    output_limited: bool = False  # killed for printing more than max_output_bytes

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out and not self.output_limited

    @property
    def crashed(self) -> bool:
        """Killed by a signal (segfault, abort from an assertion) rather than exiting with an error code."""
        return self.signal is not None and not self.timed_out

    @property
    def stdout_text(self) -> str:
        return self.stdout.decode("utf-8", errors="replace")

    def first_error_line(self) -> str:
        """The most informative single line of stderr, for one-line error messages."""
        lines = [ln.strip() for ln in self.stderr_tail.splitlines() if ln.strip()]
        for ln in lines:
            if "error:" in ln or "ERROR:" in ln:
                return ln
        return lines[0] if lines else f"exit code {self.returncode}"

    def describe(self) -> str:
        what = (
            "timed out"
            if self.timed_out
            else (f"killed by signal {self.signal}" if self.signal else f"exit code {self.returncode}")
        )
        return f"{Path(self.command[0]).name} {what}: {self.first_error_line()}"


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_process(
    command: Sequence[str | os.PathLike[str]],
    *,
    input: bytes | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cwd: str | os.PathLike[str] | None = None,
    env: dict[str, str] | None = None,
    max_output_bytes: int | None = None,
    die_with_parent: bool = False,
) -> ToolRun:
    """Run one command to completion (or to its time limit) and record what happened.

    Args:
        command: program and arguments.
        input: bytes written to stdin (stdin is closed either way, so tools never wait for a terminal).
        timeout_s: wall-clock limit; on expiry the whole process group is killed and ``timed_out`` is set.
        cwd: working directory.
        env: full environment; None inherits ours.
        max_output_bytes: kill the command once stdout + stderr exceed this (for programs under test that may loop
            while printing); the output is then cut there and ``output_limited`` is set. None keeps everything.
        die_with_parent: SIGKILL the command when this process dies (for programs under test, which a miscompile
            can make loop forever: their own session keeps them alive after a killed parent, where the timeout that
            would have stopped them died with it). Through util-linux ``setpriv --pdeathsig`` (the signal is tied to
            the thread that starts the child, which waits for it); without ``setpriv`` the command runs as is.

    Returns:
        The ``ToolRun``; never raises for a failing or hanging tool.

    Raises:
        FileNotFoundError: the program itself does not exist.
    """
    cmd = tuple(str(c) for c in command)
    if cwd is None and cmd and Path(cmd[0]).name in LITTERS_CWD:
        with tempfile.TemporaryDirectory(prefix="llmopt-cwd-") as scratch:
            return run_process(
                cmd,
                input=input,
                timeout_s=timeout_s,
                cwd=scratch,
                env=env,
                max_output_bytes=max_output_bytes,
                die_with_parent=die_with_parent,
            )
    argv = _with_death_signal(cmd) if die_with_parent else cmd
    if max_output_bytes is not None:
        return _run_with_output_limit(cmd, argv, input, timeout_s, cwd, env, max_output_bytes)
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
        start_new_session=True,  # own process group: killpg reaches grandchildren (clang -> cc1)
    )
    timed_out = False
    try:
        out, err = proc.communicate(input=input, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc)
        out, err = proc.communicate()
    except BaseException:
        _kill_group(proc)
        proc.wait()
        raise
    walltime = time.perf_counter() - start
    rc = proc.returncode
    sig = -rc if rc is not None and rc < 0 else None
    return ToolRun(
        command=cmd,
        returncode=rc,
        stdout=out or b"",
        stderr_tail=tail(err or b""),
        walltime_s=walltime,
        timed_out=timed_out,
        signal=sig,
        stderr=err or b"",
    )


@functools.lru_cache(maxsize=1)
def _setpriv() -> str | None:
    return shutil.which("setpriv")


def _with_death_signal(cmd: tuple[str, ...]) -> tuple[str, ...]:
    """``cmd`` run through ``setpriv --pdeathsig KILL`` (see ``run_process``'s ``die_with_parent``)."""
    setpriv = _setpriv()
    if setpriv is None:
        return cmd
    if shutil.which(cmd[0]) is None:  # as without the wrapper: a missing program is FileNotFoundError, not exit 127
        raise FileNotFoundError(2, "No such file or directory", cmd[0])
    return (setpriv, "--pdeathsig", "KILL", "--", *cmd)


def _run_with_output_limit(
    cmd: tuple[str, ...],
    argv: tuple[str, ...],
    input: bytes | None,
    timeout_s: float,
    cwd: str | os.PathLike[str] | None,
    env: dict[str, str] | None,
    limit: int,
) -> ToolRun:
    """``run_process`` with output going to temp files that are watched, so a printing loop cannot fill memory."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=out_f, stderr=err_f, cwd=cwd, env=env, start_new_session=True
        )
        timed_out = limited = False
        try:
            if proc.stdin is not None:
                try:
                    proc.stdin.write(input or b"")
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
            while True:
                try:
                    proc.wait(timeout=0.02)
                    break
                except subprocess.TimeoutExpired:
                    if time.perf_counter() - start > timeout_s:
                        timed_out = True
                    elif os.fstat(out_f.fileno()).st_size + os.fstat(err_f.fileno()).st_size > limit:
                        limited = True
                    if timed_out or limited:
                        _kill_group(proc)
                        proc.wait()
                        break
        except BaseException:
            _kill_group(proc)
            proc.wait()
            raise
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(limit), err_f.read(limit)
    rc = proc.returncode
    return ToolRun(
        command=cmd,
        returncode=rc,
        stdout=out,
        stderr_tail=tail(err),
        walltime_s=time.perf_counter() - start,
        timed_out=timed_out,
        signal=-rc if rc is not None and rc < 0 and not limited else None,
        stderr=err,
        output_limited=limited,
    )


def _die_with_parent() -> None:
    """``preexec_fn`` of long-lived children: SIGKILL them when the thread that started them exits (a SIGKILLed
    autotune run must not leave an engine running; the engine also exits on stdin EOF, but only between requests)."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass
class PersistentProcess:
    """A long-lived child driven over pipes (the evaluation engine).

    The child's stderr goes to a file so it can never fill a pipe and block the child; ``stderr_tail`` reads its end
    after a crash. ``close`` kills the whole process group and is idempotent; it also runs at garbage collection.
    """

    command: tuple[str, ...]
    stderr_path: Path
    _proc: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _stderr_file: IO[bytes] | None = field(default=None, init=False, repr=False)

    def start(self) -> None:
        import sys
        import threading

        self._stderr_file = open(self.stderr_path, "wb")
        # The parent-death signal fires when the *thread* that forked exits, so it is set only for children of the
        # main thread (a thread pool's worker thread may end while its engine is still in use).
        die_with_parent = sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()
        self._proc = subprocess.Popen(
            self.command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr_file,
            start_new_session=True,
            bufsize=0,
            preexec_fn=_die_with_parent if die_with_parent else None,
        )

    @property
    def stdin(self) -> IO[bytes]:
        assert self._proc is not None and self._proc.stdin is not None, "process not started"
        return self._proc.stdin

    @property
    def stdout(self) -> IO[bytes]:
        assert self._proc is not None and self._proc.stdout is not None, "process not started"
        return self._proc.stdout

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def poll(self) -> int | None:
        return self._proc.poll() if self._proc else None

    def wait_exit(self, timeout_s: float = 1.0) -> int | None:
        """Exit status once the child is gone (negative = signal), or None if it is still running."""
        if self._proc is None:
            return None
        try:
            return self._proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def stderr_tail(self) -> str:
        if self._stderr_file is not None:
            self._stderr_file.flush()
        try:
            return tail(self.stderr_path.read_bytes())
        except OSError:
            return ""

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            _kill_group(proc)
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream:
                        stream.close()
                except OSError:
                    pass
            proc.wait()
        if self._stderr_file is not None:
            self._stderr_file.close()
            self._stderr_file = None

    def __del__(self) -> None:  # last line of defence: never leak an engine
        try:
            self.close()
        except Exception:
            pass
