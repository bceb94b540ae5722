"""Disassembly (LLM Compiler, section 4.2): x86-64 assembly of -Oz code -> the LLVM IR it was lowered from.

The label IR is the input optimized with -Oz; its assembly (``clang -S`` on that IR) is the prompt. A lifted IR is
judged by round-tripping: lower it back with the same toolchain and compare the assembly with the original by BLEU
and exact match (``llmopt.prompts.scoring.score_round_trip``; lowering is the caller's, through the toolchain).

Two styles:

* ``llmopt`` (default): chat messages; the completion is the IR in a ``<code>`` block.
* ``llm-compiler``: the exact prompt of Meta's LLM Compiler FTD models, byte for byte::

      [INST] Disassemble this code to LLVM-IR:

      <code>{asm}</code> [/INST]

  with the completion ``<code>{ir}</code>``; the parser also takes a Markdown fence.
"""

from __future__ import annotations

from llmopt.errors import ConfigError
from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import DisassemblyExample
from llmopt.prompts.parsing import block_body, extract_code
from llmopt.prompts.scoring import RoundTripScore, score_round_trip

SYSTEM_PROMPT = (
    "You lift x86-64 assembly back to LLVM IR. Given the assembly clang emitted for size-optimized (-Oz) code, "
    "write the LLVM IR module it was lowered from, so that compiling your IR gives the same assembly.\n"
    "Answer with the IR only, in this layout:\n"
    "<code>\n<the LLVM IR>\n</code>"
)


def _require_ir(example: DisassemblyExample) -> str:
    if example.ir is None:
        raise ConfigError("a disassembly completion needs the example's ir (the -Oz IR the assembly came from)")
    return example.ir


def parse_disassembly(task: str, text: str) -> ParseResult:
    ir, problem = extract_code(text)
    return finish_result(ParseResult(task=task, ir=ir), [] if ir is not None else ["ir"], [problem] if problem else [])


class DisassemblyFormat(PromptFormat[DisassemblyExample]):
    """Disassembly in our chat layout (see the module docstring)."""

    task = "disassembly"
    style = "llmopt"
    example_type = DisassemblyExample

    def render_prompt(self, example: DisassemblyExample) -> Prompt:
        require_type(example, DisassemblyExample, self)
        return chat(SYSTEM_PROMPT, f"Disassemble this code to LLVM IR:\n<code>\n{block_body(example.asm)}\n</code>")

    def render_completion(self, example: DisassemblyExample) -> str:
        require_type(example, DisassemblyExample, self)
        return f"<code>\n{block_body(_require_ir(example))}\n</code>"

    def _parse(self, text: str) -> ParseResult:
        return parse_disassembly(self.task, text)

    @staticmethod
    def score(original_asm: str, round_trip_asm: str | None, ignore_noise: bool = False) -> RoundTripScore:
        """The round-trip score (see ``scoring.score_round_trip``)."""
        return score_round_trip(original_asm, round_trip_asm, ignore_noise=ignore_noise)


class LlmCompilerDisassemblyFormat(DisassemblyFormat):
    """Disassembly with the exact prompt of Meta's LLM Compiler FTD models (see the module docstring)."""

    style = "llm-compiler"

    def render_prompt(self, example: DisassemblyExample) -> Prompt:
        require_type(example, DisassemblyExample, self)
        return f"[INST] Disassemble this code to LLVM-IR:\n\n<code>{example.asm}</code> [/INST]"

    def render_completion(self, example: DisassemblyExample) -> str:
        require_type(example, DisassemblyExample, self)
        return f"<code>{_require_ir(example)}</code>"


__all__ = ["SYSTEM_PROMPT", "DisassemblyFormat", "LlmCompilerDisassemblyFormat", "parse_disassembly"]
