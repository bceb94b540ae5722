"""Fixtures of the task-dataset tests: a tiny corpus (the data tests' C packages plus one function no pass list can
shrink), built once per session, and a task context on the session's data dir."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data_fixtures lives one directory up

from data_fixtures import PACKAGES, write_tree

from llmopt.data import AssembleOptions, BuildOptions, DirectorySource, build_corpus
from llmopt.data.tasks import TaskContext
from llmopt.toolchain import Toolchain

# `zero` is already minimal: no pass list makes its object smaller than -O0 (the flag-tuning "no improvement" form).
TASK_PACKAGES = {**PACKAGES, "zeta": {"z.c": "int zero(void) { return 0; }\n"}}


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> Path:
    root = write_tree(tmp_path_factory.mktemp("task-tree") / "pkgs", TASK_PACKAGES)
    data_dir = tmp_path_factory.mktemp("task-corpus")
    # All packages in train: the task tests want every function in one split (others are checked empty-safe).
    options = BuildOptions(jobs=2, progress=False, assemble=AssembleOptions(split_fractions=(1.0, 0.0)))
    build_corpus([DirectorySource(root, licence="MIT")], data_dir, toolchain, options)
    return data_dir


@pytest.fixture(scope="session")
def task_context(toolchain: Toolchain, data_dir: Path) -> Iterator[TaskContext]:
    ctx = TaskContext(bin_dir=str(toolchain.bin_dir), version=toolchain.version, data_dir=str(data_dir), seed=3)
    yield ctx
    if "measurer" in ctx.__dict__:  # tests that re-measure a label opened it
        ctx.measurer.close()
