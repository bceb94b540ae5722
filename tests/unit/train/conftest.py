"""A small task dataset for the training tests: instruction-count examples of ``small_corpus`` (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.toolchain import Toolchain


@pytest.fixture(scope="session")
def small_task_dataset(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> Path:
    from llmopt.data.tasks.base import TaskContext
    from llmopt.data.tasks.runner import build_task_dataset

    out = tmp_path_factory.mktemp("train-task")
    data_dir = tmp_path_factory.mktemp("train-data")
    ctx = TaskContext(bin_dir=str(toolchain.bin_dir), version=toolchain.version, data_dir=str(data_dir))
    build_task_dataset("instruction_count", small_corpus, out, ctx, workers=1, progress=False)
    return out
