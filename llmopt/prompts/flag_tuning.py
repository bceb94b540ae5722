"""Flag tuning for object-file size (LLM Compiler, section 4.1): unoptimized IR -> best pass list, sizes, optimized IR.

Two styles:

* ``llmopt`` (default): chat messages. The system message states the task and the answer layout; the user message
  holds the IR and, unless ``show_input_size=False``, its instruction count and binary size. The completion is::

      Passes: <pipeline>
      Instruction count: <before> -> <after>
      Binary size: <before> -> <after> bytes
      <code>
      <optimized IR>
      </code>

  or, when nothing beats the unoptimized input, the short form ``No improvement. Binary size: <before> bytes``.
* ``llm-compiler``: the exact prompt string Meta's released LLM Compiler FTD models were trained on, so those models
  run unchanged. The paper describes what their answer contains (pass list, binary size before and after, optimized
  code; or only the unoptimized size when no improvement is possible) but not its literal wording, so this style's
  renderer writes one plausible wording and its parser reads any wording that carries an ``opt -p '<pipeline>'``,
  "instruction count N" / "binary size N" phrases and a ``<code>`` block.

Binary size is .text + .data of the object file, as measured by ``llmopt.metrics``; this module only carries it.
"""

from __future__ import annotations

import re

from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import FlagTuningExample
from llmopt.prompts.parsing import ARROW, INT, block_body, extract_code, outside_code, read_pass_list, to_int

SYSTEM_PROMPT = (
    "You tune LLVM's optimizer for code size. Given unoptimized LLVM IR, choose the pass pipeline for "
    "`opt -passes=...` that makes the compiled object file (.text + .data) smallest, and predict its effect.\n"
    "Answer in exactly this layout:\n"
    "Passes: <pipeline>\n"
    "Instruction count: <before> -> <after>\n"
    "Binary size: <before> -> <after> bytes\n"
    "<code>\n<the optimized IR>\n</code>\n"
    "If no pipeline makes the object file smaller than the unoptimized input, answer only:\n"
    "No improvement. Binary size: <before> bytes"
)

_NO_IMPROVEMENT_RE = re.compile(
    r"\bno improvement\b|\bcannot be improved\b|\bcan ?not be made smaller\b", re.IGNORECASE
)
_ICOUNT_PAIR_RE = re.compile(r"instruction count\s*:?\s*" + INT + ARROW + INT, re.IGNORECASE)
_SIZE_PAIR_RE = re.compile(r"binary size\s*:?\s*" + INT + r"(?:\s*bytes)?" + ARROW + INT, re.IGNORECASE)
_ICOUNT_RE = re.compile(r"instruction count\s*(?::|of|is)?\s*" + INT, re.IGNORECASE)
_SIZE_RE = re.compile(r"(?:binary|object file) size\s*(?::|of|is)?\s*" + INT, re.IGNORECASE)


class FlagTuningFormat(PromptFormat[FlagTuningExample]):
    """Flag tuning in our chat layout (see the module docstring).

    Example:
        >>> fmt = FlagTuningFormat()
        >>> ex = FlagTuningExample(ir="define i32 @f() {\\n  ret i32 0\\n}\\n", ir_instruction_count=1,
        ...     ir_binary_size=16, best_passes="instcombine", optimized_instruction_count=1,
        ...     optimized_binary_size=12, optimized_ir="define i32 @f() {\\n  ret i32 0\\n}\\n")
        >>> fmt.parse(fmt.render_completion(ex)).target_binary_size
        12
    """

    task = "flag_tuning"
    style = "llmopt"
    example_type = FlagTuningExample

    def __init__(self, show_input_size: bool = True) -> None:
        self.show_input_size = show_input_size

    def render_prompt(self, example: FlagTuningExample) -> Prompt:
        require_type(example, FlagTuningExample, self)
        user = "Optimize this LLVM IR for object file size.\n"
        if self.show_input_size:
            user += (
                f"It has instruction count {example.ir_instruction_count} and binary size "
                f"{example.ir_binary_size} bytes.\n"
            )
        user += f"\n<code>\n{block_body(example.ir)}\n</code>"
        return chat(SYSTEM_PROMPT, user)

    def render_completion(self, example: FlagTuningExample) -> str:
        require_type(example, FlagTuningExample, self)
        if not example.improvable:
            return f"No improvement. Binary size: {example.ir_binary_size} bytes"
        text = (
            f"Passes: {example.best_passes}\n"
            f"Instruction count: {example.ir_instruction_count} -> {example.optimized_instruction_count}\n"
            f"Binary size: {example.ir_binary_size} -> {example.optimized_binary_size} bytes"
        )
        if example.optimized_ir is not None:
            text += f"\n<code>\n{block_body(example.optimized_ir)}\n</code>"
        return text

    def _parse(self, text: str) -> ParseResult:
        return parse_flag_tuning(self.task, text)


def parse_flag_tuning(task: str, text: str) -> ParseResult:
    """Shared reader for both styles: the pass list, counts and sizes in either wording, and the IR block."""
    prose = outside_code(text)
    missing: list[str] = []
    problems: list[str] = []
    pipeline, pass_list, pass_problems = read_pass_list(text)
    problems.extend(pass_problems)

    if pipeline is None and _NO_IMPROVEMENT_RE.search(prose):
        size = to_int(_SIZE_RE.search(prose))
        if size is None:
            missing.append("source_binary_size")
        return finish_result(ParseResult(task=task, no_improvement=True, source_binary_size=size), missing, problems)

    src_count, tgt_count = _pair(prose, _ICOUNT_PAIR_RE, _ICOUNT_RE)
    src_size, tgt_size = _pair(prose, _SIZE_PAIR_RE, _SIZE_RE)
    ir, ir_problem = extract_code(text)
    if ir_problem:
        problems.append(ir_problem)
    for name, value in (
        ("pass_list", pipeline),
        ("source_instruction_count", src_count),
        ("target_instruction_count", tgt_count),
        ("source_binary_size", src_size),
        ("target_binary_size", tgt_size),
        ("ir", ir),
    ):
        if value is None:
            missing.append(name)
    return finish_result(
        ParseResult(
            task=task,
            pass_pipeline=pipeline,
            pass_list=pass_list,
            source_instruction_count=src_count,
            target_instruction_count=tgt_count,
            source_binary_size=src_size,
            target_binary_size=tgt_size,
            ir=ir,
        ),
        missing,
        problems,
    )


def _pair(prose: str, pair_re: re.Pattern[str], single_re: re.Pattern[str]) -> tuple[int | None, int | None]:
    """(before, after) from "X: a -> b", else from the first two "X n" phrases in order."""
    pair = pair_re.search(prose)
    if pair is not None:
        return to_int(pair, 1), to_int(pair, 2)
    singles = [to_int(m) for m in single_re.finditer(prose)]
    before = singles[0] if singles else None
    after = singles[1] if len(singles) > 1 else None
    return before, after


class LlmCompilerFlagTuningFormat(PromptFormat[FlagTuningExample]):
    """Flag tuning with the exact prompt of Meta's LLM Compiler FTD models (see the module docstring).

    The prompt is byte for byte ``[INST] Tell me how to optimize this LLVM-IR for object file size:\\n\\n<code>{ir}
    </code> [/INST]`` with the IR inserted unchanged.
    """

    task = "flag_tuning"
    style = "llm-compiler"
    example_type = FlagTuningExample

    def render_prompt(self, example: FlagTuningExample) -> Prompt:
        require_type(example, FlagTuningExample, self)
        return f"[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>{example.ir}</code> [/INST]"

    def render_completion(self, example: FlagTuningExample) -> str:
        require_type(example, FlagTuningExample, self)
        if not example.improvable:
            return f"The input code has binary size {example.ir_binary_size} bytes and cannot be improved."
        text = (
            f"The input code has instruction count {example.ir_instruction_count} and binary size "
            f"{example.ir_binary_size} bytes. Run opt -p '{example.best_passes}' to get instruction count "
            f"{example.optimized_instruction_count} and binary size {example.optimized_binary_size} bytes"
        )
        if example.optimized_ir is not None:
            text += f":\n\n<code>{example.optimized_ir}</code>"
        else:
            text += "."
        return text

    def _parse(self, text: str) -> ParseResult:
        return parse_flag_tuning(self.task, text)


__all__ = ["SYSTEM_PROMPT", "FlagTuningFormat", "LlmCompilerFlagTuningFormat", "parse_flag_tuning"]
