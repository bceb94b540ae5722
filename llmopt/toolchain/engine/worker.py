"""Drive one engine process: framed JSON requests over pipes, with time limits, crash detection and restart.

Each request is a JSON header line plus an optional raw payload; replies are the same (see ``engine.cpp``). The
worker remembers which modules the current process has loaded and re-sends them after a restart, so callers never
see a restart except as the one request that crashed it.

Not thread-safe: use one worker per thread or process.
"""

from __future__ import annotations

import json
import os
import select
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmopt.errors import EngineError
from llmopt.toolchain.flavour import CodegenConfig
from llmopt.toolchain.process import PersistentProcess


class EngineCrash(Exception):
    """The engine died while handling a request (internal; callers turn it into a crash result)."""

    def __init__(self, message: str, signal: int | None) -> None:
        super().__init__(message)
        self.signal = signal


class EngineTimeout(Exception):
    """A request ran past its limit; the engine was killed (internal; becomes a timeout result)."""


@dataclass
class EngineReply:
    header: dict[str, Any]
    payload: bytes = b""
    walltime_s: float = 0.0

    @property
    def status(self) -> str:
        return str(self.header.get("status", "error"))

    @property
    def object_bytes(self) -> bytes:
        """The object file of an ``eval`` with ``want_object`` (empty otherwise)."""
        size = int(self.header.get("object_size", 0))
        return self.payload[len(self.payload) - size :] if size else b""

    @property
    def ir_payload(self) -> bytes:
        """The IR text of an ``eval`` with ``want_ir`` (the payload without a trailing object)."""
        size = int(self.header.get("object_size", 0))
        return self.payload[: len(self.payload) - size] if size else self.payload


@dataclass
class EngineWorker:
    """A restartable engine process.

    Args:
        binary: path of the built engine (``ensure_engine``).
        restarts: how many times the process was restarted (crashes and timeouts), for reporting.
    """

    binary: Path
    restarts: int = 0
    _proc: PersistentProcess | None = field(default=None, init=False, repr=False)
    _buffer: bytearray = field(default_factory=bytearray, init=False, repr=False)
    _loaded: set[str] = field(default_factory=set, init=False, repr=False)
    _tmpdir: tempfile.TemporaryDirectory[str] | None = field(default=None, init=False, repr=False)

    def _ensure_started(self) -> PersistentProcess:
        if self._proc is None or self._proc.poll() is not None:
            if self._proc is not None:
                self._proc.close()
            if self._tmpdir is None:
                self._tmpdir = tempfile.TemporaryDirectory(prefix="llmopt-engine-")
            proc = PersistentProcess(command=(str(self.binary),), stderr_path=Path(self._tmpdir.name) / "stderr")
            try:
                proc.start()
            except OSError as e:
                raise EngineError(f"cannot start the evaluation engine {self.binary}: {e}") from e
            self._proc = proc
            self._buffer.clear()
            self._loaded.clear()
        return self._proc

    def _restart_after_failure(self) -> None:
        if self._proc is not None:
            self._proc.close()
        self._proc = None
        self.restarts += 1

    # -- framing -------------------------------------------------------------------------------------------------
    def _read_until(self, proc: PersistentProcess, predicate, deadline: float) -> None:
        fd = proc.stdout.fileno()
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise EngineTimeout()
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise EngineTimeout()
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                status = proc.wait_exit(timeout_s=2.0)
                sig = -status if status is not None and status < 0 else None
                tail = proc.stderr_tail().strip()
                raise EngineCrash(tail or f"engine exited with status {status}", sig)
            self._buffer.extend(chunk)

    def _request(self, header: dict[str, Any], payload: bytes | None, timeout_s: float) -> EngineReply:
        proc = self._ensure_started()
        start = time.monotonic()
        deadline = start + timeout_s
        if payload is not None:
            header = {**header, "payload": len(payload)}
        data = json.dumps(header).encode() + b"\n" + (payload or b"")
        try:
            proc.stdin.write(data)
            proc.stdin.flush()
        except (BrokenPipeError, OSError):
            status = proc.wait_exit(timeout_s=2.0)
            raise EngineCrash(
                proc.stderr_tail().strip() or "engine pipe closed",
                -status if status is not None and status < 0 else None,
            ) from None
        self._read_until(proc, lambda: b"\n" in self._buffer, deadline)
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer[:] = rest
        try:
            reply_header = json.loads(line)
        except json.JSONDecodeError as e:
            raise EngineError(f"engine sent a malformed reply header: {line[:200]!r}") from e
        body = b""
        size = int(reply_header.get("payload", 0))
        if size:
            self._read_until(proc, lambda: len(self._buffer) >= size, deadline)
            body = bytes(self._buffer[:size])
            del self._buffer[:size]
        return EngineReply(reply_header, body, time.monotonic() - start)

    # -- operations ----------------------------------------------------------------------------------------------
    def load(self, key: str, ir_text: bytes, timeout_s: float = 120.0) -> EngineReply:
        """Parse a module into the engine under ``key`` (idempotent per process)."""
        try:
            reply = self._request({"op": "load", "id": key}, ir_text, timeout_s)
        except (EngineCrash, EngineTimeout):
            self._restart_after_failure()
            raise
        if reply.status == "ok":
            self._loaded.add(key)
        return reply

    def evaluate(
        self,
        key: str,
        ir_text: bytes,
        pipeline: str,
        codegen: CodegenConfig,
        *,
        latency: bool = True,
        want_ir: bool = False,
        memo: bool = True,
        want_object: bool = False,
        timeout_s: float = 120.0,
    ) -> EngineReply:
        """Run one pipeline on a loaded (or now loaded) module.

        With ``want_object`` the reply's payload ends with the object file's bytes (its last
        ``header["object_size"]`` bytes; ``EngineReply.object_bytes``), lowered as ``llc -O<opt_level>
        -relocation-model=pic`` would, so a caller can link it without running opt or llc.

        Raises:
            EngineCrash: the engine died on this request (it is restarted for the next one).
            EngineTimeout: the request ran past ``timeout_s`` (the engine is killed and restarted).
        """
        start = time.monotonic()
        if key not in self._loaded:
            reply = self.load(key, ir_text, timeout_s)
            if reply.status != "ok":
                return reply
        remaining = max(0.001, timeout_s - (time.monotonic() - start))
        header = {
            "op": "eval",
            "id": key,
            "pipeline": pipeline,
            "opt_level": codegen.opt_level,
            "relocation_model": codegen.relocation_model,
            "latency": latency,
            "want_ir": want_ir,
            "memo": memo,
            **({"want_object": True} if want_object else {}),
        }
        try:
            reply = self._request(header, None, remaining)
        except (EngineCrash, EngineTimeout):
            self._restart_after_failure()
            raise
        if reply.status == "unknown_module":  # evicted from the engine's LRU: load again once
            self._loaded.discard(key)
            return self.evaluate(
                key,
                ir_text,
                pipeline,
                codegen,
                latency=latency,
                want_ir=want_ir,
                memo=memo,
                want_object=want_object,
                timeout_s=remaining,
            )
        return reply

    def ping(self, timeout_s: float = 30.0) -> dict[str, Any]:
        return self._request({"op": "ping"}, None, timeout_s).header

    def close(self) -> None:
        if self._proc is not None:
            self._proc.close()
            self._proc = None
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def __enter__(self) -> EngineWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
