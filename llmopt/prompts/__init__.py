"""Layer 5: prompt formats, one per task: render an example to a prompt and its label, parse any completion.

Tasks (``get_format(task, style=...)``):

=====================  ==========================  ============================================================
task                   styles                      what the model does
=====================  ==========================  ============================================================
flag_tuning            llmopt, llm-compiler        unoptimized IR -> best pass list, sizes before/after, IR
compiler_emulation     llmopt, llm-compiler        IR + pass list -> the IR opt prints, and its size
instruction_count      llmopt                      IR -> pass list, instruction counts before/after, IR
feedback               llmopt (kind=short/long/    the above with compiler feedback and a retry turn
                       fast)
disassembly            llmopt, llm-compiler        x86-64 assembly of -Oz code -> IR (round-trip scored)
peephole               llmopt (form=generic/       -O0 function -> its instcombine output
                       diagnostic)
=====================  ==========================  ============================================================

``docs/tasks.md`` shows every prompt and completion with a real example. Parsing never raises: it returns a
``ParseResult`` with a status, the fields it found, and what was missing or malformed.
"""

from llmopt.prompts.base import Message, ParseResult, ParseStatus, Prompt, PromptFormat
from llmopt.prompts.disassembly import DisassemblyFormat, LlmCompilerDisassemblyFormat
from llmopt.prompts.emulation import CompilerEmulationFormat, LlmCompilerEmulationFormat
from llmopt.prompts.examples import (
    CompilerEmulationExample,
    DisassemblyExample,
    FlagTuningExample,
    InstructionCountExample,
    PeepholeExample,
)
from llmopt.prompts.feedback import (
    RETRY_LINE,
    SURE_LINE,
    FeedbackExample,
    FeedbackFormat,
    FeedbackInputs,
)
from llmopt.prompts.flag_tuning import FlagTuningFormat, LlmCompilerFlagTuningFormat
from llmopt.prompts.instruction_count import InstructionCountFormat
from llmopt.prompts.peephole import PeepholeFormat
from llmopt.prompts.registry import available_formats, get_format, register_format, unregister_format
from llmopt.prompts.scoring import RoundTripScore, RoundTripStatus, bleu_score, score_round_trip

__all__ = [
    "RETRY_LINE",
    "SURE_LINE",
    "CompilerEmulationExample",
    "CompilerEmulationFormat",
    "DisassemblyExample",
    "DisassemblyFormat",
    "FeedbackExample",
    "FeedbackFormat",
    "FeedbackInputs",
    "FlagTuningExample",
    "FlagTuningFormat",
    "InstructionCountExample",
    "InstructionCountFormat",
    "LlmCompilerDisassemblyFormat",
    "LlmCompilerEmulationFormat",
    "LlmCompilerFlagTuningFormat",
    "Message",
    "ParseResult",
    "ParseStatus",
    "PeepholeExample",
    "PeepholeFormat",
    "Prompt",
    "PromptFormat",
    "RoundTripScore",
    "RoundTripStatus",
    "available_formats",
    "bleu_score",
    "get_format",
    "register_format",
    "score_round_trip",
    "unregister_format",
]
