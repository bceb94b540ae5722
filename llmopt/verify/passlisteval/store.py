"""One store of PassListEval gate verdicts, shared by ``llmopt gate``, the autotuner, ``optimize`` and every later
caller.

A gate verdict depends only on the pass list, the LLVM that applied it, the IR flavour the suite was compiled to, the
codegen that lowered it and the suite itself (its programs and Csmith checksums); it never depends on the program
being tuned. So one SQLite file under the settings data dir (``<data_dir>/gate/verdicts.sqlite``) answers every
caller, keyed by exactly those five values. Each verdict is one row written in one transaction (SQLite's journal
makes the write atomic; readers see the old verdict or the new one), and WAL mode lets several processes read and
write it at once.

Limits: a local file system (SQLite's locking); a verdict from a gate with an ``ir_transform`` test hook is never
stored (the gate does not ask).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

from llmopt.verify.passlisteval.verdict import GateVerdict

STORE_FILE = "verdicts.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS gate_verdicts (
    pipeline TEXT NOT NULL,
    toolchain TEXT NOT NULL,
    flavour TEXT NOT NULL,
    codegen TEXT NOT NULL,
    suite TEXT NOT NULL,
    passed INTEGER NOT NULL,
    complete INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    created_s REAL NOT NULL,
    PRIMARY KEY (pipeline, toolchain, flavour, codegen, suite)
);
"""


class GateVerdictStore:
    """Gate verdicts keyed by (pipeline, LLVM identity, flavour, codegen, suite fingerprint).

    Thread-safe (one connection behind a lock); several processes may share the file.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        self.path = path / STORE_FILE if path.is_dir() or path.suffix != ".sqlite" else path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(self.path), timeout=60.0, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)

    @classmethod
    def for_data_dir(cls, data_dir: str | Path) -> GateVerdictStore:
        """The one store every caller shares: ``<data_dir>/gate/verdicts.sqlite``."""
        return cls(Path(data_dir).expanduser() / "gate" / STORE_FILE)

    def get(self, pipeline: str, toolchain: str, flavour: str, codegen: str, suite: str) -> GateVerdict | None:
        """The stored verdict, or None (unreadable rows are treated as missing: recomputed, never trusted)."""

        with self._lock:
            row = self._conn.execute(
                "SELECT verdict FROM gate_verdicts WHERE pipeline=? AND toolchain=? AND flavour=? AND codegen=? "
                "AND suite=?",
                (pipeline, toolchain, flavour, codegen, suite),
            ).fetchone()
        if row is None:
            return None
        try:
            return GateVerdict.from_json(json.loads(row[0]), cached=True)
        except (ValueError, KeyError, TypeError):
            return None

    def put(self, verdict: GateVerdict, flavour: str, codegen: str) -> None:
        """Store (or replace) a verdict; a complete verdict is never replaced by a partial one."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO gate_verdicts VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (pipeline, toolchain, flavour, codegen, suite) DO UPDATE SET "
                "passed=excluded.passed, complete=excluded.complete, verdict=excluded.verdict, "
                "created_s=excluded.created_s WHERE excluded.complete >= gate_verdicts.complete",
                (
                    verdict.pipeline,
                    verdict.toolchain,
                    flavour,
                    codegen,
                    verdict.suite,
                    int(verdict.passed),
                    int(verdict.complete),
                    json.dumps(verdict.to_json()),
                    time.time(),
                ),
            )

    def all(self) -> list[GateVerdict]:
        """Every stored verdict (for reports and tests)."""

        with self._lock:
            rows = self._conn.execute("SELECT verdict FROM gate_verdicts ORDER BY created_s").fetchall()
        return [GateVerdict.from_json(json.loads(r[0]), cached=True) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()


__all__ = ["STORE_FILE", "GateVerdictStore"]
