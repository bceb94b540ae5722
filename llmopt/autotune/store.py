"""``ResultStore``: the autotuner's SQLite file, the resume log and the results in one place.

Every finished evaluation is inserted (autocommit, one row per evaluation) with everything needed to replay it: module
hash, pipeline text, LLVM identity, codegen options, metrics and wall time (the full ``Evaluation.to_json()``). A run
killed at any moment loses at most the evaluations in flight; a restarted run asks the store before measuring, so
finished work is never redone. ``(module_hash, pipeline, codegen)`` is unique: two workers racing on the same pair keep
the first row.

Also stored: one ``TuningRecord`` per program (the final answer), gate verdicts per pipeline (so a resumed run does
not re-run the correctness gate), and the run's settings (``meta``), which later runs check for compatibility.

Not covered: concurrent *writers on different machines* (SQLite needs a local file system; Ray workers on other nodes
would need a shared store service).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmopt.metrics import Evaluation, geomean

STORE_FILE = "autotune.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS evaluations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_hash TEXT NOT NULL,
    program TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    codegen TEXT NOT NULL,
    toolchain TEXT NOT NULL,
    phase TEXT NOT NULL,
    status TEXT NOT NULL,
    binary_size INTEGER,
    instruction_count INTEGER,
    walltime_s REAL NOT NULL,
    created_s REAL NOT NULL,
    record TEXT NOT NULL,
    UNIQUE (module_hash, pipeline, codegen)
);
CREATE INDEX IF NOT EXISTS evaluations_module ON evaluations(module_hash, id);
CREATE TABLE IF NOT EXISTS records (
    module_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    record TEXT NOT NULL,
    updated_s REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS gate_verdicts (
    pipeline TEXT PRIMARY KEY,
    passed INTEGER NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class StoredEvaluation:
    """One row of the evaluation table: the evaluation plus where and when it was made."""

    id: int
    program: str
    phase: str
    created_s: float
    evaluation: Evaluation


def store_path(out: str | Path) -> Path:
    """The SQLite file of a results location: ``out`` itself if it ends in .sqlite/.db, else ``out/autotune.sqlite``."""
    out = Path(out).expanduser()
    return out if out.suffix in (".sqlite", ".db") else out / STORE_FILE


class ResultStore:
    """The autotune SQLite store (WAL mode; safe for several processes on one machine).

    Args:
        path: the results location (a directory, or a ``.sqlite`` file).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = store_path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = sqlite3.connect(self.path, timeout=120, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a committed row survives any kill of the process (it is in the WAL file); only an
            # OS crash or power loss can drop the last rows. FULL would fsync per evaluation (~10 ms each, measured).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    # -- evaluations ---------------------------------------------------------------------------------------------
    def get_evaluation(self, module_hash: str, pipeline: str, codegen: str) -> Evaluation | None:
        row = (
            self._connect()
            .execute(
                "SELECT record FROM evaluations WHERE module_hash = ? AND pipeline = ? AND codegen = ?",
                (module_hash, pipeline, codegen),
            )
            .fetchone()
        )
        return None if row is None else Evaluation.from_json(json.loads(row[0]))

    def put_evaluation(self, program: str, phase: str, evaluation: Evaluation) -> bool:
        """Store a finished evaluation; returns False when the pair was already stored (the first row wins)."""
        cur = self._connect().execute(
            "INSERT OR IGNORE INTO evaluations (module_hash, program, pipeline, codegen, toolchain, phase, status, "
            "binary_size, instruction_count, walltime_s, created_s, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                evaluation.module_hash,
                program,
                evaluation.pipeline,
                evaluation.codegen,
                evaluation.toolchain,
                phase,
                evaluation.status.value,
                evaluation.binary_size,
                evaluation.instruction_count,
                evaluation.walltime_s,
                time.time(),
                json.dumps(evaluation.to_json(include_ir=False)),
            ),
        )
        return cur.rowcount == 1

    def count_evaluations(self, module_hash: str | None = None, phase: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM evaluations WHERE 1=1"
        args: list[str] = []
        if module_hash is not None:
            sql, args = sql + " AND module_hash = ?", [*args, module_hash]
        if phase is not None:
            sql, args = sql + " AND phase = ?", [*args, phase]
        return int(self._connect().execute(sql, args).fetchone()[0])

    def measurement_seconds(self) -> float:
        """Total wall time of every stored evaluation, over all (resumed) runs."""
        return float(self._connect().execute("SELECT COALESCE(SUM(walltime_s), 0) FROM evaluations").fetchone()[0])

    def iter_evaluations(self, module_hash: str | None = None) -> Iterator[StoredEvaluation]:
        """Rows in the order they were stored (optionally of one module)."""
        sql = "SELECT id, program, phase, created_s, record FROM evaluations"
        args: tuple[Any, ...] = ()
        if module_hash is not None:
            sql, args = sql + " WHERE module_hash = ?", (module_hash,)
        for row in self._connect().execute(sql + " ORDER BY id", args):
            yield StoredEvaluation(
                id=row[0],
                program=row[1],
                phase=row[2],
                created_s=row[3],
                evaluation=Evaluation.from_json(json.loads(row[4])),
            )

    def progress(self) -> tuple[int, float | None]:
        """(evaluations stored, geomean of best/-Oz over programs with an -Oz row), for progress bars."""
        conn = self._connect()
        total = int(conn.execute("SELECT COUNT(*) FROM evaluations").fetchone()[0])
        rows = conn.execute(
            "SELECT MIN(e.binary_size) * 1.0 / oz.binary_size FROM evaluations e JOIN evaluations oz "
            "ON oz.module_hash = e.module_hash AND oz.pipeline = 'default<Oz>' AND oz.codegen = e.codegen "
            "WHERE e.status = 'ok' AND oz.status = 'ok' AND oz.binary_size > 0 GROUP BY e.module_hash"
        ).fetchall()
        return total, geomean([r[0] for r in rows if r[0] is not None and r[0] > 0])

    # -- records, verdicts, settings -----------------------------------------------------------------------------
    def put_record(self, module_hash: str, name: str, record: dict[str, Any]) -> None:
        self._connect().execute(
            "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", (module_hash, name, json.dumps(record), time.time())
        )

    def get_record(self, module_hash: str) -> dict[str, Any] | None:
        """The last run's record of a program (a resumed run keeps its accepted best as a candidate)."""
        row = self._connect().execute("SELECT record FROM records WHERE module_hash = ?", (module_hash,)).fetchone()
        return json.loads(row[0]) if row else None

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self._connect().execute("SELECT record FROM records ORDER BY name")]

    def get_verdict(self, pipeline: str) -> tuple[bool, str] | None:
        row = (
            self._connect()
            .execute("SELECT passed, detail FROM gate_verdicts WHERE pipeline = ?", (pipeline,))
            .fetchone()
        )
        return None if row is None else (bool(row[0]), str(row[1]))

    def put_verdict(self, pipeline: str, passed: bool, detail: str) -> None:
        self._connect().execute(
            "INSERT OR REPLACE INTO gate_verdicts VALUES (?, ?, ?)", (pipeline, int(passed), detail)
        )

    def get_meta(self, key: str) -> Any:
        row = self._connect().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        self._connect().execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
