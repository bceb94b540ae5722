"""Shared fixtures: the real LLVM toolchain, a per-session data dir (engine build, caches) and the C inputs.

LLVM, z3 and Ray are installed by the README's set-up command, so nothing here skips when they are missing: the
tests fail, which is the point. The one exception is hardware: tests marked ``gpu`` (vLLM on a CUDA GPU) are skipped,
with that reason, where no CUDA GPU and vLLM are present, and the skip shows in the summary (``-ra``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from llmopt.settings import Settings
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source

DATA = Path(__file__).parent / "data"
PROGRAMS = DATA.parent.parent / "llmopt" / "verify" / "passlisteval" / "programs"
# The bundled example first (several tests take size_modules[0] as "a typical program"), then the test inputs.
C_FILES = [
    DATA.parent.parent / "examples" / "checksum.c",
    *sorted((DATA / "c").glob("*.c")),
    *sorted((DATA / "c").glob("*.cc")),
]
C_FILES = [p for p in C_FILES if p.name != "broken.c"]


def _gpu_missing() -> str | None:
    """Why ``gpu`` tests cannot run here, None when they can (a CUDA device and an importable vLLM)."""
    import importlib.util

    try:
        import torch

        if not torch.cuda.is_available():
            return "no CUDA GPU on this machine"
    except ImportError:
        return "torch is not installed"
    if importlib.util.find_spec("vllm") is None:
        return "vLLM is not installed (the optional 'vllm' extra)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gpu_items = [item for item in items if "gpu" in item.keywords]
    reason = _gpu_missing() if gpu_items else None
    for item in gpu_items:
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"gpu test: {reason}"))


@pytest.fixture(scope="session")
def toolchain() -> Toolchain:
    """The LLVM the CLI would use: ``LLMOPT_LLVM_BIN`` (or the config file's ``llvm_bin``) when set, else the newest
    LLVM >= 17 found (docs/extending.md recipe 1 runs the suite against another LLVM this way)."""
    return Toolchain.discover(Settings.load().llvm_bin)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data dir per test run, shared by xdist workers (the engine build takes a file lock, so it is built once).
    Tests that check caching make their own cache file."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    path = root / "llmopt-data"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def size_modules(toolchain: Toolchain) -> list[IRModule]:
    return [compile_source(toolchain, p, Flavour.SIZE) for p in C_FILES]


@pytest.fixture(scope="session")
def paper_modules(toolchain: Toolchain) -> list[IRModule]:
    return [compile_source(toolchain, p, Flavour.PAPER) for p in C_FILES]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Llama-style model dir (``hf:DIR`` loads it) trained once per run on ``tests.tiny_model``'s flag-tuning
    pairs; greedy decoding answers each training prompt with its pass list. Shared by xdist workers: the first one
    to finish renames its dir into place, the others use it."""
    from tests.tiny_model import train_tiny_model

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    final = root / "tiny-model"
    if (final / "config.json").is_file():
        return final
    work = train_tiny_model(tmp_path_factory.mktemp("tiny-model-train"))
    try:
        work.rename(final)
    except OSError:  # another worker got there first
        pass
    return final if (final / "config.json").is_file() else work


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> Path:
    """A real corpus dataset: eight one-program packages of the project's own C programs (size flavour), split
    between train and validation."""
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
