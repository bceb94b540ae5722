"""Compiler emulation (LLM Compiler, section 3.2): IR + a pass list -> the IR ``opt`` prints and its size.

The dataset applies random lists of 1 to 50 passes (``llmopt.data`` draws them); this module only lays out one
example. Two styles:

* ``llmopt`` (default): chat messages; the completion is::

      Instruction count: <after>
      Binary size: <after> bytes
      <code>
      <optimized IR>
      </code>

* ``llm-compiler``: the exact prompt of Meta's LLM Compiler models, byte for byte::

      [INST] Give the LLVM-IR for the following code when optimized using opt -p '{passes}':

      <code>{ir}</code>

      The input code has instruction count {n} and binary size {b} bytes. [/INST]

  The paper says the answer is the resulting code and its size but not the wording; the renderer writes the size
  sentence followed by the code, and the parser reads "instruction count N" / "binary size N" in any order around a
  ``<code>`` block.
"""

from __future__ import annotations

import re

from llmopt.errors import ConfigError
from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import CompilerEmulationExample
from llmopt.prompts.parsing import INT, block_body, extract_code, outside_code, to_int

SYSTEM_PROMPT = (
    "You emulate LLVM's optimizer. Given LLVM IR and a pass pipeline, write the IR that "
    "`opt -passes=<pipeline> -S` prints for it, with the instruction count and the object file size "
    "(.text + .data, in bytes) of that output.\n"
    "Answer in exactly this layout:\n"
    "Instruction count: <count>\n"
    "Binary size: <bytes> bytes\n"
    "<code>\n<the optimized IR>\n</code>"
)

_ICOUNT_RE = re.compile(r"instruction count\s*(?::|of|is)?\s*" + INT, re.IGNORECASE)
_SIZE_RE = re.compile(r"(?:binary|object file) size\s*(?::|of|is)?\s*" + INT, re.IGNORECASE)


def _require_label(example: CompilerEmulationExample) -> None:
    if (
        example.optimized_ir is None
        or example.optimized_instruction_count is None
        or example.optimized_binary_size is None
    ):
        raise ConfigError(
            "a compiler-emulation completion needs optimized_ir, optimized_instruction_count and "
            "optimized_binary_size; fill them from opt's output before rendering the label"
        )


def parse_emulation(task: str, text: str) -> ParseResult:
    """Shared reader: the output's instruction count and binary size (the last ones stated) and the IR block."""
    prose = outside_code(text)
    counts = [to_int(m) for m in _ICOUNT_RE.finditer(prose)]
    sizes = [to_int(m) for m in _SIZE_RE.finditer(prose)]
    ir, ir_problem = extract_code(text)
    # The answer may restate the input's size first ("... from 30 to 12"); the output's is the last one stated.
    count = counts[-1] if counts else None
    size = sizes[-1] if sizes else None
    missing = [
        name
        for name, value in (("target_instruction_count", count), ("target_binary_size", size), ("ir", ir))
        if value is None
    ]
    return finish_result(
        ParseResult(task=task, target_instruction_count=count, target_binary_size=size, ir=ir),
        missing,
        [ir_problem] if ir_problem else [],
    )


class CompilerEmulationFormat(PromptFormat[CompilerEmulationExample]):
    """Compiler emulation in our chat layout (see the module docstring)."""

    task = "compiler_emulation"
    style = "llmopt"
    example_type = CompilerEmulationExample

    def render_prompt(self, example: CompilerEmulationExample) -> Prompt:
        require_type(example, CompilerEmulationExample, self)
        user = (
            f"Pipeline: {example.passes}\n"
            f"The input code has instruction count {example.ir_instruction_count} and binary size "
            f"{example.ir_binary_size} bytes.\n\n"
            f"<code>\n{block_body(example.ir)}\n</code>"
        )
        return chat(SYSTEM_PROMPT, user)

    def render_completion(self, example: CompilerEmulationExample) -> str:
        require_type(example, CompilerEmulationExample, self)
        _require_label(example)
        return (
            f"Instruction count: {example.optimized_instruction_count}\n"
            f"Binary size: {example.optimized_binary_size} bytes\n"
            f"<code>\n{block_body(example.optimized_ir or '')}\n</code>"
        )

    def _parse(self, text: str) -> ParseResult:
        return parse_emulation(self.task, text)


class LlmCompilerEmulationFormat(PromptFormat[CompilerEmulationExample]):
    """Compiler emulation with the exact prompt of Meta's LLM Compiler models (see the module docstring)."""

    task = "compiler_emulation"
    style = "llm-compiler"
    example_type = CompilerEmulationExample

    def render_prompt(self, example: CompilerEmulationExample) -> Prompt:
        require_type(example, CompilerEmulationExample, self)
        return (
            f"[INST] Give the LLVM-IR for the following code when optimized using opt -p '{example.passes}':\n\n"
            f"<code>{example.ir}</code>\n\n"
            f"The input code has instruction count {example.ir_instruction_count} and binary size "
            f"{example.ir_binary_size} bytes. [/INST]"
        )

    def render_completion(self, example: CompilerEmulationExample) -> str:
        require_type(example, CompilerEmulationExample, self)
        _require_label(example)
        return (
            f"The output code has instruction count {example.optimized_instruction_count} and binary size "
            f"{example.optimized_binary_size} bytes:\n\n<code>{example.optimized_ir}</code>"
        )

    def _parse(self, text: str) -> ParseResult:
        return parse_emulation(self.task, text)


__all__ = ["SYSTEM_PROMPT", "CompilerEmulationFormat", "LlmCompilerEmulationFormat", "parse_emulation"]
