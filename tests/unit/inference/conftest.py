"""Fixtures of the inference tests: gcd_euclid (a real miscompile victim), a measurer, and the real acceptance gate
on a one-program subset (the victim's own self-testing program), so a list that wins on size by miscompiling is
turned away by the same gate `llmopt optimize` uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from inference_helpers import MISCOMPILE, RETRY_ANSWER, SURE_ANSWER, define_block

from llmopt.backends import Backend, load_backend
from llmopt.inference.model import prompt_text
from llmopt.metrics import Measurer
from llmopt.prompts import FeedbackFormat, FlagTuningExample, InstructionCountExample, LlmCompilerFlagTuningFormat
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source, read_ir, split_functions
from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GateConfig, GuardConfig
from tests.tiny_model import flag_tuning_pairs, train_tiny_model

ROOT = Path(__file__).resolve().parents[3]
PROGRAMS = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"


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


@pytest.fixture(scope="session")
def srem_module(toolchain: Toolchain) -> IRModule:
    return read_ir(toolchain, ROOT / "benchmarks" / "data" / "func" / "021_int_division.srem_by_16.ll")


@pytest.fixture(scope="session")
def strategy_model_dir(tmp_path_factory: pytest.TempPathFactory, gcd_module: IRModule, srem_module: IRModule) -> Path:
    """A real tiny Llama (tests/tiny_model.py) taught what the strategy tests need: on gcd_euclid's flag-tuning prompt
    it answers the miscompiling list; on gcd_euclid's feedback prompt it answers the same list with "Let me try
    again."; on srem_by_16's feedback prompt it answers "I am sure!". Plus two of the standard flag-tuning pairs. The
    feedback prompts are longer than the standard tiny model's 512-token context, hence a 1,024-token one."""
    flag = LlmCompilerFlagTuningFormat()
    fast = FeedbackFormat(kind="fast")
    pairs = [
        (flag.render_prompt(FlagTuningExample(define_block(gcd_module), 0, 0)), f" Run opt -p '{MISCOMPILE}'."),
        (prompt_text(fast.first_prompt(InstructionCountExample(define_block(gcd_module)))), RETRY_ANSWER),
        (prompt_text(fast.first_prompt(InstructionCountExample(define_block(srem_module)))), SURE_ANSWER),
        *flag_tuning_pairs()[:2],
    ]
    out = tmp_path_factory.mktemp("strategy-model")
    return train_tiny_model(out, [(str(p), c) for p, c in pairs], context_length=1024)


@pytest.fixture(scope="session")
def strategy_backend(strategy_model_dir: Path) -> Backend:
    return load_backend(f"hf:{strategy_model_dir},device=cpu")
