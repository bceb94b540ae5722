"""Optimization for instruction count with predicted counts (Cummins et al. 2023), the base task of the feedback paper.

The model reads unoptimized IR and answers with a pass list, the IR instruction counts before and after it, and the
optimized IR. Predicting the counts (and the IR) is an auxiliary task: only the pass list is applied, but the
predictions tell how well the model understands what its passes do, and their errors are what the feedback formats
report back. The completion (the layout of the 2023 paper, with a new-pass-manager pipeline in backticks)::

    Run passes `<pipeline>` to reduce instruction count from <before> to <after>:
    <code>
    <optimized IR>
    </code>

``with_ir=False`` gives the counts-only variant (the sentence ends with a full stop and no IR is expected), which is
also what a caller gets when it stops generation at ``<code>``.
"""

from __future__ import annotations

import re

from llmopt.errors import ConfigError
from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import InstructionCountExample
from llmopt.prompts.parsing import ARROW, INT, block_body, extract_code, outside_code, read_pass_list, to_int

SYSTEM_PROMPT = (
    "You optimize LLVM IR for instruction count by choosing a pass pipeline for `opt -passes=...`. "
    "Predict the instruction count before and after your pipeline, and write the IR it produces.\n"
    "Answer in exactly this layout:\n"
    "Run passes `<pipeline>` to reduce instruction count from <before> to <after>:\n"
    "<code>\n<the optimized IR>\n</code>"
)
SYSTEM_PROMPT_COUNTS_ONLY = (
    "You optimize LLVM IR for instruction count by choosing a pass pipeline for `opt -passes=...`. "
    "Predict the instruction count before and after your pipeline.\n"
    "Answer in exactly this layout:\n"
    "Run passes `<pipeline>` to reduce instruction count from <before> to <after>."
)
USER_PREFIX = "Optimize the following LLVM IR for instruction count:\n"

_FROM_TO_RE = re.compile(r"instruction count from\s*" + INT + r"\s*to\s*" + INT, re.IGNORECASE)
_PAIR_RE = re.compile(r"instruction count\s*:?\s*" + INT + ARROW + INT, re.IGNORECASE)
_SINGLE_RE = re.compile(r"instruction count\s*(?::|of|is)?\s*" + INT, re.IGNORECASE)


def render_answer(example: InstructionCountExample, with_ir: bool = True) -> str:
    """The answer text of an instruction-count example (shared with the feedback formats)."""
    if not example.has_label:
        raise ConfigError(
            "an instruction-count completion needs best_passes, ir_instruction_count and "
            "optimized_instruction_count; fill them from the autotuner's record first"
        )
    head = (
        f"Run passes `{example.best_passes}` to reduce instruction count from {example.ir_instruction_count} "
        f"to {example.optimized_instruction_count}"
    )
    if not with_ir or example.optimized_ir is None:
        return head + "."
    return f"{head}:\n<code>\n{block_body(example.optimized_ir)}\n</code>"


def parse_answer(task: str, text: str, require_ir: bool = True) -> tuple[ParseResult, list[str], list[str]]:
    """Read pass list, counts and IR; returns the unfinished result with its missing fields and problems."""
    prose = outside_code(text)
    pipeline, pass_list, problems = read_pass_list(text)
    pair = _FROM_TO_RE.search(prose) or _PAIR_RE.search(prose)
    if pair is not None:
        before, after = to_int(pair, 1), to_int(pair, 2)
    else:
        singles = [to_int(m) for m in _SINGLE_RE.finditer(prose)]
        before = singles[0] if singles else None
        after = singles[1] if len(singles) > 1 else None
    ir, ir_problem = extract_code(text)
    if ir_problem:
        problems.append(ir_problem)
    missing = [
        name
        for name, value in (
            ("pass_list", pipeline),
            ("source_instruction_count", before),
            ("target_instruction_count", after),
        )
        if value is None
    ]
    if require_ir and ir is None:
        missing.append("ir")
    result = ParseResult(
        task=task,
        pass_pipeline=pipeline,
        pass_list=pass_list,
        source_instruction_count=before,
        target_instruction_count=after,
        ir=ir,
    )
    return result, missing, problems


class InstructionCountFormat(PromptFormat[InstructionCountExample]):
    """The 2023 paper's task in chat messages (see the module docstring)."""

    task = "instruction_count"
    style = "llmopt"
    example_type = InstructionCountExample

    def __init__(self, with_ir: bool = True) -> None:
        self.with_ir = with_ir

    def render_prompt(self, example: InstructionCountExample) -> Prompt:
        require_type(example, InstructionCountExample, self)
        system = SYSTEM_PROMPT if self.with_ir else SYSTEM_PROMPT_COUNTS_ONLY
        return chat(system, f"{USER_PREFIX}<code>\n{block_body(example.ir)}\n</code>")

    def render_completion(self, example: InstructionCountExample) -> str:
        require_type(example, InstructionCountExample, self)
        return render_answer(example, with_ir=self.with_ir)

    def _parse(self, text: str) -> ParseResult:
        result, missing, problems = parse_answer(self.task, text, require_ir=self.with_ir)
        return finish_result(result, missing, problems)


__all__ = ["SYSTEM_PROMPT", "InstructionCountFormat", "parse_answer", "render_answer"]
