"""A killed corpus build resumes: finished items are not redone and the final dataset is complete.

The child build runs serially over five packages; the fourth includes a header that is a named pipe, so clang blocks
on it deterministically and the kill always lands after the first three items finished and before the last two.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from data_fixtures import write_tree

from llmopt.data import BuildOptions, DirectorySource, ItemRecord, build_corpus
from llmopt.toolchain import Toolchain, run_process

CHILD = textwrap.dedent("""
    import sys
    from llmopt.data import BuildOptions, DirectorySource, build_corpus
    from llmopt.settings import Settings
    from llmopt.toolchain import Toolchain
    build_corpus([DirectorySource(sys.argv[1])], sys.argv[2], Toolchain.discover(Settings.load().llvm_bin),
                 BuildOptions(jobs=1, progress=False))
""")


def _unblock(fifo: Path) -> None:
    """Let an orphaned clang that waits on the pipe read EOF and exit (it outlives the killed build otherwise)."""
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # no reader left
        return
    os.close(fd)


@pytest.mark.slow
def test_killed_build_resumes_without_redoing_finished_items(tmp_path: Path, toolchain: Toolchain) -> None:
    root = write_tree(
        tmp_path / "pkgs",
        {
            "p1": {"a.c": "int f1(int x) { return x + 1; }\n"},
            "p2": {"b.c": "int f2(int x) { return x * 2; }\n"},
            "p3": {"c.c": "int f3(int x) { return x - 3; }\n"},
            "p4": {"d.c": '#include "pipe.h"\nint f4(int x) { return x / 4; }\n'},
            "p5": {"e.c": "int f5(int x) { return x % 5; }\n"},
        },
    )
    fifo = root / "p4" / "pipe.h"
    os.mkfifo(fifo)
    data_dir = tmp_path / "corpus"
    try:
        run = run_process([sys.executable, "-c", CHILD, str(root), str(data_dir)], timeout_s=20)
    finally:
        _unblock(fifo)
    assert run.timed_out, f"the child should hang on p4 and be killed: {run.describe()}"

    records_dir = data_dir / "items" / "dir-pkgs-v1"
    done = {p.name.split("-")[0]: p for p in records_dir.glob("*.json")}
    assert sorted(done) == ["p1", "p2", "p3"]
    stamps = {name: (p.stat().st_mtime_ns, json.loads(p.read_text())["finished_at"]) for name, p in done.items()}
    assert not (data_dir / "dataset").exists()

    fifo.unlink()
    (root / "p4" / "d.c").write_text("int f4(int x) { return x / 4; }\n")
    finished: list[str] = []
    summary = build_corpus(
        [DirectorySource(root)],
        data_dir,
        toolchain,
        BuildOptions(jobs=1, progress=False),
        on_record=lambda r: finished.append(r.package),
    )

    assert finished == ["pkgs/p4", "pkgs/p5"]
    assert (summary.items_run, summary.items_reused, summary.items_total) == (2, 3, 5)
    for name, path in done.items():
        assert (path.stat().st_mtime_ns, json.loads(path.read_text())["finished_at"]) == stamps[name]
        assert ItemRecord.load(path).attempt == 1
    names = set()
    for shard in (data_dir / "dataset" / "size" / "function").glob("*.parquet"):
        names.update(pq.read_table(shard, columns=["name"]).column(0).to_pylist())
    assert names == {"f1", "f2", "f3", "f4", "f5"}
    assert summary.dataset.unique_functions("paper") == 5
