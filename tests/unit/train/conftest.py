"""A real, small task dataset for the training tests: eight one-program packages of the project's own C programs,
compiled to the size flavour, split between train and validation, turned into instruction-count examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from llmopt.toolchain import Toolchain

PROGRAMS = Path(__file__).resolve().parents[3] / "llmopt" / "verify" / "passlisteval" / "programs"


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> Path:
    from llmopt.data import AssembleOptions, BuildOptions, ExtractOptions, build_corpus
    from llmopt.data.sources import DirectorySource
    from llmopt.toolchain import Flavour

    root = tmp_path_factory.mktemp("train-tree") / "pkgs"
    programs = sorted(p for p in PROGRAMS.glob("0*.c") if not p.name.endswith("_driver.c"))[:8]
    for program in programs:
        (root / program.stem).mkdir(parents=True)
        shutil.copy(program, root / program.stem / program.name)
    data_dir = tmp_path_factory.mktemp("train-corpus")
    options = BuildOptions(
        jobs=1,
        progress=False,
        extract=ExtractOptions(flavours=(Flavour.SIZE,)),
        assemble=AssembleOptions(split_fractions=(0.5, 0.5)),
    )
    build_corpus([DirectorySource(root, licence="MIT")], data_dir, toolchain, options)
    return data_dir


@pytest.fixture(scope="session")
def small_task_dataset(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> Path:
    from llmopt.data.tasks.base import TaskContext
    from llmopt.data.tasks.runner import build_task_dataset

    out = tmp_path_factory.mktemp("train-task")
    data_dir = tmp_path_factory.mktemp("train-data")
    ctx = TaskContext(bin_dir=str(toolchain.bin_dir), version=toolchain.version, data_dir=str(data_dir))
    build_task_dataset("instruction_count", small_corpus, out, ctx, workers=1, progress=False)
    return out
