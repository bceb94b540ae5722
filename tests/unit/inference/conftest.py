"""Fixtures of the inference tests: gcd_euclid (a real miscompile victim), a measurer, and the real acceptance gate
on a one-program subset (the victim's own self-testing program), so a list that wins on size by miscompiling is
turned away by the same gate `llmopt optimize` uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llmopt.metrics import Measurer
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source, split_functions
from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GateConfig, GuardConfig

ROOT = Path(__file__).resolve().parents[3]
PROGRAMS = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"
# LLVM 19.1.7: newgvn,dse,newgvn rewrites gcd_euclid's loop test so the loop never ends; the function shrinks from
# 67 to 51 bytes after -Oz (see tests/unit/autotune/test_autotune_gated.py).
MISCOMPILE = "function(newgvn,dse,newgvn),default<Oz>"


@pytest.fixture(scope="session")
def gcd_module(toolchain: Toolchain) -> IRModule:
    module = compile_source(toolchain, PROGRAMS / "009_loop_gcd_lcm.c", Flavour.SIZE)
    parts = {p.name.split(":")[-1]: p for p in split_functions(toolchain, module)}
    return parts["gcd_euclid"]


@pytest.fixture()
def measurer(toolchain: Toolchain, data_dir: Path) -> Iterator[Measurer]:
    with Measurer(toolchain, data_dir=data_dir) as m:
        yield m


@pytest.fixture()
def gate(toolchain: Toolchain, data_dir: Path) -> Iterator[Acceptance]:
    """The real gate on program 009 (gcd/lcm), guards off: the gate alone must stop the miscompile."""
    acceptance = Acceptance(
        toolchain,
        AcceptanceConfig(
            flavour=Flavour.SIZE,
            gate=GateConfig(csmith=0, timeout_s=10.0, programs=("009",)),
            guards=GuardConfig(enabled=False),
        ),
        data_dir,
    )
    with acceptance:
        yield acceptance
