"""Hypothesis strategies and shared settings for the prompt-format tests (helper module, not a test file)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from llmopt.prompts import (
    CompilerEmulationExample,
    DisassemblyExample,
    FlagTuningExample,
    InstructionCountExample,
    PeepholeExample,
)
from llmopt.prompts.parsing import normalize_block

# Deadline off: the first example of a run pays for imports (sacrebleu, the pass catalog).
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a format's own delimiters cannot occur in (the documented limit of block parsing).
DELIMITERS = ("<code>", "</code>", "<\\code>", "```", "<answer>", "</answer>", "<think>", "</think>")

_IR_CHARS = st.sampled_from(
    [*list("abcdefxyz0123456789 %@#!.,;:=*()[]{}<>\"'-_\\/\t"), "i32", "define", "ret", "  ", "\n"]
)


def _safe(text: str) -> bool:
    return bool(text.strip()) and not any(d in text for d in DELIMITERS)


ir_texts = st.lists(_IR_CHARS, min_size=1, max_size=120).map("".join).filter(_safe)
"""IR-like text: the characters IR is made of, never a block delimiter."""

counts = st.integers(min_value=0, max_value=10**7)

PASS_NAMES = (
    "instcombine",
    "simplifycfg",
    "mem2reg",
    "sroa",
    "gvn",
    "licm",
    "dce",
    "adce",
    "early-cse",
    "sccp",
    "reassociate",
    "jump-threading",
    "globalopt",
    "mergefunc",
    "default<Oz>",
    "function(simplifycfg,instcombine)",
    "module(default<Oz>)",
    "loop-mssa(licm)",
)
pipelines = st.lists(st.sampled_from(PASS_NAMES), min_size=1, max_size=6).map(",".join)

diagnostics = st.text(alphabet=st.sampled_from(list("abcdefERROR:%0123456789 =.,'")), min_size=1, max_size=60).filter(
    lambda t: bool(t.strip())
)


def expected_ir(text: str) -> str:
    """What a parser gives back for IR rendered from ``text``."""
    normalized = normalize_block(text)
    assert normalized is not None
    return normalized


@st.composite
def flag_tuning_examples(draw: st.DrawFn, improvable: bool | None = None) -> FlagTuningExample:
    if improvable is None:
        improvable = draw(st.booleans())
    ir, n, b = draw(ir_texts), draw(counts), draw(counts)
    if not improvable:
        return FlagTuningExample(ir=ir, ir_instruction_count=n, ir_binary_size=b)
    return FlagTuningExample(
        ir=ir,
        ir_instruction_count=n,
        ir_binary_size=b,
        best_passes=draw(pipelines),
        optimized_instruction_count=draw(counts),
        optimized_binary_size=draw(counts),
        optimized_ir=draw(ir_texts),
    )


@st.composite
def emulation_examples(draw: st.DrawFn) -> CompilerEmulationExample:
    return CompilerEmulationExample(
        ir=draw(ir_texts),
        passes=draw(pipelines),
        ir_instruction_count=draw(counts),
        ir_binary_size=draw(counts),
        optimized_ir=draw(ir_texts),
        optimized_instruction_count=draw(counts),
        optimized_binary_size=draw(counts),
    )


@st.composite
def instruction_count_examples(draw: st.DrawFn) -> InstructionCountExample:
    return InstructionCountExample(
        ir=draw(ir_texts),
        ir_instruction_count=draw(counts),
        best_passes=draw(pipelines),
        optimized_instruction_count=draw(counts),
        optimized_ir=draw(ir_texts),
    )


@st.composite
def disassembly_examples(draw: st.DrawFn) -> DisassemblyExample:
    return DisassemblyExample(asm=draw(ir_texts), ir=draw(ir_texts))


@st.composite
def peephole_examples(draw: st.DrawFn) -> PeepholeExample:
    if draw(st.booleans()):
        return PeepholeExample(
            ir=draw(ir_texts), optimized_ir=draw(ir_texts), draft_ir=draw(ir_texts), diagnostic=draw(diagnostics)
        )
    return PeepholeExample(ir=draw(ir_texts), optimized_ir=draw(ir_texts))


FRAGMENTS = (
    "<code>",
    "</code>",
    "<\\code>",
    "```",
    "```llvm\n",
    "<think>",
    "</think>",
    "<answer>",
    "</answer>",
    "Passes:",
    "Passes: ",
    "Run passes `",
    "`",
    "-p '",
    "'",
    "-passes=",
    'opt -p "',
    '"',
    "instruction count",
    "Instruction count: ",
    "binary size",
    "Binary size: ",
    " bytes",
    " -> ",
    " to ",
    " from ",
    "to reduce instruction count from ",
    "No improvement.",
    "cannot be improved",
    "I am sure!",
    "Let me try again.",
    "Verification:",
    "instcombine",
    "default<Oz>",
    "function(",
    ")",
    "(",
    "<",
    ">",
    ",",
    "nosuchpass",
    "12",
    "0",
    "9" * 40,
    "\n",
    " ",
    "\t",
    "define i32 @f() {\n  ret i32 0\n}\n",
    "\x00",
    "é",
    "\r\n",
)
"""Pieces of every format's vocabulary: joined at random they make near-miss completions."""

near_miss_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
