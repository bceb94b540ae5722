"""What the compiler says about a model's answer: the one implementation the feedback dataset, the feedback
inference loop and training rewards share.

Why one module: the feedback a model is trained on (``llmopt data build feedback``) and the feedback it is shown at
inference time (``llmopt.inference.feedback``) must be the same text for the same answer, or the model learns to
read messages it never sees. Both call ``find_ir_error`` for the generated IR's first error and
``clean_tool_error`` to strip tool paths from it; the dataset builder computes the rest with
``compute_feedback_inputs``, while the inference loop takes the compiled IR and counts from its budgeted measurement.

Not covered: anything about choosing or scoring lists (that is the strategy's and the reward's job).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from llmopt.prompts.base import ParseResult
from llmopt.prompts.feedback import FeedbackInputs
from llmopt.toolchain import count_instructions

if TYPE_CHECKING:
    from llmopt.toolchain import Toolchain

_TOOL_PREFIX_RE = re.compile(r"(?:^|(?<=\s))\S*\b(?:llc|opt|llvm-as)(?:-\d+)?: (?:error: )?")


def clean_tool_error(message: str) -> str:
    """An LLVM tool's error line without the tool's path prefixes: ``line 2:10: error: use of undefined value``."""
    return _TOOL_PREFIX_RE.sub("", message.strip()).replace("<stdin>:", "line ").strip()


def find_ir_error(toolchain: Toolchain, ir: str, timeout_s: float) -> str | None:
    """The first error LLVM reports when parsing and verifying ``ir`` (``line L:C: error: ...``); None if it
    compiles."""
    run = toolchain.optimize_ir(ir, "verify", emit="none", timeout_s=timeout_s)
    if run.ok:
        return None
    if run.timed_out:
        return f"opt timed out after {run.walltime_s:.0f} s while compiling the IR"
    return clean_tool_error(run.first_error_line())


def compute_feedback_inputs(
    toolchain: Toolchain, source_ir: str, answer: ParseResult, timeout_s: float = 60.0
) -> FeedbackInputs:
    """What the compiler says about one parsed answer: the inputs of ``FeedbackFormat.render_feedback``.

    The pass list is valid when it parsed against the catalog (``answer.pass_list``) and ``opt`` ran it on the input;
    the source count is counted on ``source_ir``; the generated IR (if any) is compiled for its error message.

    Args:
        toolchain: the LLVM to compile with.
        source_ir: the unoptimized input IR of the prompt.
        answer: the answer parsed with the feedback format's (or the base task's) parser.
        timeout_s: limit per opt call.

    Returns:
        ``FeedbackInputs`` (target count and BLEU derived from the compiled IR). Never raises for bad answers.

    Example:
        >>> inputs = compute_feedback_inputs(tc, ir, FeedbackFormat("short").parse(completion))  # doctest: +SKIP
        >>> inputs.passes_valid, inputs.target_count_correct
        (True, False)
    """
    compiled_ir = None
    if answer.pass_list is not None and len(answer.pass_list) > 0:  # an empty list is no answer
        run = toolchain.optimize_ir(source_ir, answer.pass_list.to_pipeline(), timeout_s=timeout_s)
        compiled_ir = run.stdout_text if run.ok else None
    compile_error = find_ir_error(toolchain, answer.ir, timeout_s) if answer.ir is not None else None
    return FeedbackInputs.from_compilation(
        answer,
        passes_valid=compiled_ir is not None,
        source_instruction_count=count_instructions(source_ir),
        compiled_ir=compiled_ir,
        compile_error=compile_error,
    )


__all__ = ["clean_tool_error", "compute_feedback_inputs", "find_ir_error"]
