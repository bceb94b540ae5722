"""Fixtures of the autotune tests: small per-function modules from the bundled benchmark IR, and measurer specs."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.autotune import ProgramSpec
from llmopt.metrics import MeasurerSpec
from llmopt.toolchain import IRModule, Toolchain, read_ir

FUNC_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "func"


@pytest.fixture(scope="session")
def func_module(toolchain: Toolchain) -> callable:
    def load(stem: str) -> IRModule:
        return read_ir(toolchain, FUNC_DIR / f"{stem}.ll")

    return load


@pytest.fixture(scope="session")
def sum_range(func_module) -> IRModule:
    return func_module("001_loop_sum.sum_range")


@pytest.fixture(scope="session")
def two_programs(func_module) -> list[ProgramSpec]:
    return [ProgramSpec.from_module(func_module(s)) for s in ("005_loop_unrollable.dot8", "045_bits_crc32.crc32_table")]


@pytest.fixture(scope="session")
def measurer_spec(toolchain: Toolchain, data_dir: Path) -> MeasurerSpec:
    # No measurement cache: every executor must really measure for the equality test to mean something.
    return MeasurerSpec.for_toolchain(toolchain, data_dir, use_cache=False)
