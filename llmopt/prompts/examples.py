"""Typed examples, one dataclass per task: what a prompt is rendered from and what its label holds.

Dataset builders (``llmopt.data``) fill these from autotuning records; inference fills only the prompt-side fields
and leaves the label fields at their defaults. Pass lists are held as pipeline text (what ``opt -passes=`` accepts,
``PassList.to_pipeline()``); a ``PassList`` given instead is converted on construction.

Not covered: producing the numbers (``metrics``) or checking the label (``verify``); the feedback task's inputs live
in ``llmopt.prompts.feedback`` next to the format that renders them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmopt.errors import ConfigError
from llmopt.passes import PassList


def pipeline_text(passes: Any) -> str:
    """Pipeline text of a pass list given as text or as a ``PassList``."""
    text = passes.to_pipeline() if isinstance(passes, PassList) else passes
    if not isinstance(text, str):
        raise ConfigError(f"a pass list must be pipeline text or a PassList, got {type(passes).__name__}")
    text = text.strip()
    if not text or "\n" in text:
        raise ConfigError(f"pass pipeline must be one non-empty line, got {text!r}")
    return text


def _check_count(name: str, value: int | None, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{name} must be a non-negative int, got {value!r}")


def _check_text(name: str, value: str | None, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{name} must be non-empty text, got {value!r}")


@dataclass(frozen=True)
class FlagTuningExample:
    """Flag tuning for object-file size (LLM Compiler 4.1).

    Prompt side: the unoptimized IR and, optionally shown to the model, its instruction count and binary size.
    Label side: the best pass list, the sizes it reaches and the IR it produces. ``best_passes=None`` is the
    "no improvement" label: nothing beat the unoptimized input, and the completion is the short form that states only
    the unoptimized binary size.
    """

    ir: str
    ir_instruction_count: int
    ir_binary_size: int
    best_passes: str | None = None
    optimized_instruction_count: int | None = None
    optimized_binary_size: int | None = None
    optimized_ir: str | None = None

    def __post_init__(self) -> None:
        _check_text("ir", self.ir)
        _check_count("ir_instruction_count", self.ir_instruction_count)
        _check_count("ir_binary_size", self.ir_binary_size)
        if self.best_passes is not None:
            object.__setattr__(self, "best_passes", pipeline_text(self.best_passes))
            _check_count("optimized_instruction_count", self.optimized_instruction_count)
            _check_count("optimized_binary_size", self.optimized_binary_size)
            _check_text("optimized_ir", self.optimized_ir, optional=True)

    @property
    def improvable(self) -> bool:
        return self.best_passes is not None


@dataclass(frozen=True)
class CompilerEmulationExample:
    """Compiler emulation (LLM Compiler 3.2): IR + a pass list -> the IR ``opt`` prints and its size."""

    ir: str
    passes: str
    ir_instruction_count: int
    ir_binary_size: int
    optimized_ir: str | None = None
    optimized_instruction_count: int | None = None
    optimized_binary_size: int | None = None

    def __post_init__(self) -> None:
        _check_text("ir", self.ir)
        object.__setattr__(self, "passes", pipeline_text(self.passes))
        _check_count("ir_instruction_count", self.ir_instruction_count)
        _check_count("ir_binary_size", self.ir_binary_size)
        _check_text("optimized_ir", self.optimized_ir, optional=True)
        _check_count("optimized_instruction_count", self.optimized_instruction_count, optional=True)
        _check_count("optimized_binary_size", self.optimized_binary_size, optional=True)


@dataclass(frozen=True)
class InstructionCountExample:
    """Optimization for instruction count with predicted counts (Cummins et al. 2023, the feedback paper's base).

    The model reads unoptimized IR and answers with a pass list, the instruction counts before and after it, and the
    optimized IR.
    """

    ir: str
    ir_instruction_count: int | None = None
    best_passes: str | None = None
    optimized_instruction_count: int | None = None
    optimized_ir: str | None = None

    def __post_init__(self) -> None:
        _check_text("ir", self.ir)
        _check_count("ir_instruction_count", self.ir_instruction_count, optional=True)
        if self.best_passes is not None:
            object.__setattr__(self, "best_passes", pipeline_text(self.best_passes))
        _check_count("optimized_instruction_count", self.optimized_instruction_count, optional=True)
        _check_text("optimized_ir", self.optimized_ir, optional=True)

    @property
    def has_label(self) -> bool:
        return (
            self.best_passes is not None
            and self.ir_instruction_count is not None
            and self.optimized_instruction_count is not None
        )


@dataclass(frozen=True)
class DisassemblyExample:
    """Disassembly (LLM Compiler 4.2): x86-64 assembly of -Oz code -> the IR it was lowered from."""

    asm: str
    ir: str | None = None

    def __post_init__(self) -> None:
        _check_text("asm", self.asm)
        _check_text("ir", self.ir, optional=True)


@dataclass(frozen=True)
class PeepholeExample:
    """Peephole optimization (LLM-VeriOpt): one -O0 function -> its ``instcombine`` output.

    For the diagnostic-augmented form, ``draft_ir`` is a first attempt and ``diagnostic`` the verifier's message on it
    (a correction sample); with both None the think block repeats the right answer with a success verdict (a
    first-time sample).
    """

    ir: str
    optimized_ir: str | None = None
    draft_ir: str | None = None
    diagnostic: str | None = None

    def __post_init__(self) -> None:
        _check_text("ir", self.ir)
        _check_text("optimized_ir", self.optimized_ir, optional=True)
        _check_text("draft_ir", self.draft_ir, optional=True)
        _check_text("diagnostic", self.diagnostic, optional=True)
        if (self.draft_ir is None) != (self.diagnostic is None):
            raise ConfigError("draft_ir and diagnostic go together: give both (a correction sample) or neither")


__all__ = [
    "CompilerEmulationExample",
    "DisassemblyExample",
    "FlagTuningExample",
    "InstructionCountExample",
    "PeepholeExample",
    "pipeline_text",
]
