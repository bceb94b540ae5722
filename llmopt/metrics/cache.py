"""A content-addressed measurement cache that survives restarts (SQLite, safe across processes).

Key: SHA-256 over (module hash, pipeline text, toolchain identity, codegen options, whether IR was kept). Only
deterministic outcomes are stored; timeouts depend on machine load and are measured again next time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import zlib
from pathlib import Path

from llmopt.metrics.evaluation import Evaluation, Status

_SCHEMA = """
CREATE TABLE IF NOT EXISTS evaluations (
    key TEXT PRIMARY KEY,
    module_hash TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    toolchain TEXT NOT NULL,
    codegen TEXT NOT NULL,
    status TEXT NOT NULL,
    record BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS evaluations_module ON evaluations(module_hash);
"""


def cache_key(module_hash: str, pipeline: str, toolchain: str, codegen: str, with_ir: bool) -> str:
    payload = json.dumps([module_hash, pipeline, toolchain, codegen, with_ir])
    return hashlib.sha256(payload.encode()).hexdigest()


class MeasurementCache:
    """Evaluations by content key, in one SQLite file (WAL mode: many readers, writers serialized by SQLite)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self.hits = 0
        self.misses = 0
        self._connect()  # create the schema eagerly, so errors surface at construction

    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():  # never share a connection across fork
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def get(self, key: str) -> Evaluation | None:
        row = self._connect().execute("SELECT record FROM evaluations WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        data = json.loads(zlib.decompress(row[0]))
        data["cached"] = True
        return Evaluation.from_json(data)

    def put(self, key: str, evaluation: Evaluation) -> None:
        if evaluation.status is Status.TIMEOUT:
            return
        record = zlib.compress(json.dumps(evaluation.to_json()).encode())
        self._connect().execute(
            "INSERT OR REPLACE INTO evaluations VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                evaluation.module_hash,
                evaluation.pipeline,
                evaluation.toolchain,
                evaluation.codegen,
                evaluation.status.value,
                record,
            ),
        )

    def __len__(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM evaluations").fetchone()[0])

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
