"""Peephole optimization (LLM-VeriOpt): one -O0 function -> its ``instcombine`` output, in two prompt forms.

* ``generic``: a system message stating the task (lower latency; keep the code complete, valid, semantically
  equivalent to the input, with its metadata) and the answer format, the unoptimized function as the user message,
  and the answer::

      <answer>
      <optimized IR>
      </answer>

* ``diagnostic``: the diagnostic-augmented form. Before the answer, a ``<think>`` block holds a first attempt and
  what an equivalence checker (Alive2) says about it; the answer holds the final, corrected IR::

      <think>
      <code>
      <first attempt>
      </code>
      Verification: <the checker's message, e.g. "Transformation seems to be correct!">
      </think>
      <answer>
      <optimized IR>
      </answer>

  A first-time sample repeats the right answer in the think block with a success verdict; a correction sample shows
  a wrong attempt, the checker's diagnosis and then the right answer. ``ParseResult.draft_ir`` and ``diagnosis``
  carry the think block's parts (the chain-of-thought reward judges them).

The system messages are our own wording of the paper's templates; the layout (system/user, ``<think>``/``<answer>``)
follows the paper. Not covered: verification itself (``llmopt.verify``) and rewards (``llmopt.train``).
"""

from __future__ import annotations

import re

from llmopt.errors import ConfigError
from llmopt.prompts.base import ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import PeepholeExample
from llmopt.prompts.parsing import block_body, extract_code, extract_tag, normalize_block, strip_code_wrapping

PEEPHOLE_FORMS: tuple[str, ...] = ("generic", "diagnostic")
SUCCESS_VERDICT = "Transformation seems to be correct!"
VERIFICATION_PREFIX = "Verification:"

_TASK = (
    "You are a peephole optimizer for LLVM IR. Rewrite the given function the way a thorough instruction combiner "
    "would. Your main goal is lower latency; the result must stay a complete, valid function that computes "
    "exactly what the input computes, and it must keep the input's metadata.\n"
)
GENERIC_SYSTEM_PROMPT = _TASK + "Answer in this format:\n<answer>\n(the complete optimized LLVM IR)\n</answer>"
DIAGNOSTIC_SYSTEM_PROMPT = _TASK + (
    "Answer in this format:\n"
    "<think>\n<code>\n(a first attempt at the optimized IR)\n</code>\n"
    f"{VERIFICATION_PREFIX} (what an equivalence checker reports on that attempt)\n</think>\n"
    "<answer>\n(the complete, corrected optimized LLVM IR)\n</answer>"
)
_VERIFICATION_RE = re.compile(r"^[ \t]*" + re.escape(VERIFICATION_PREFIX) + r"[ \t]*(.*)", re.MULTILINE | re.DOTALL)


class PeepholeFormat(PromptFormat[PeepholeExample]):
    """LLM-VeriOpt's peephole task in the ``generic`` or ``diagnostic`` form (see the module docstring)."""

    task = "peephole"
    style = "llmopt"
    example_type = PeepholeExample

    def __init__(self, form: str = "generic") -> None:
        if form not in PEEPHOLE_FORMS:
            raise ConfigError(f"unknown peephole prompt form {form!r}; use one of: {', '.join(PEEPHOLE_FORMS)}")
        self.form = form

    def __repr__(self) -> str:
        return f"PeepholeFormat(form={self.form!r})"

    def render_prompt(self, example: PeepholeExample) -> Prompt:
        require_type(example, PeepholeExample, self)
        system = DIAGNOSTIC_SYSTEM_PROMPT if self.form == "diagnostic" else GENERIC_SYSTEM_PROMPT
        # The user message ends with a newline so prompt and answer meet at a line break: the IR tokenizer splits
        # there, whereas "...}" + "<answer>" merged into one token in training that a prompt alone never ends with.
        return chat(system, block_body(example.ir) + "\n")

    def render_completion(self, example: PeepholeExample) -> str:
        require_type(example, PeepholeExample, self)
        if example.optimized_ir is None:
            raise ConfigError("a peephole completion needs optimized_ir (the instcombine output)")
        answer = f"<answer>\n{block_body(example.optimized_ir)}\n</answer>"
        if self.form == "generic":
            return answer
        draft = example.draft_ir if example.draft_ir is not None else example.optimized_ir
        diagnostic = example.diagnostic if example.diagnostic is not None else SUCCESS_VERDICT
        return (
            f"<think>\n<code>\n{block_body(draft)}\n</code>\n{VERIFICATION_PREFIX} {diagnostic.strip()}\n"
            f"</think>\n{answer}"
        )

    def _parse(self, text: str) -> ParseResult:
        missing: list[str] = []
        problems: list[str] = []
        think, think_problem = extract_tag(text, "think")
        if think_problem:
            problems.append(think_problem)
        draft = diagnosis = None
        if think is not None:
            draft, draft_problem = extract_code(think, what="draft_ir")
            if draft_problem:
                problems.append(draft_problem)
            verdict = _VERIFICATION_RE.search(re.sub(r"<code>.*?</code>", "", think, flags=re.DOTALL))
            diagnosis = verdict.group(1).strip() or None if verdict else None
        # The answer comes after the think block; looking only there keeps IR quoted inside <think> out of it.
        after_think = text[text.find("</think>") + len("</think>") :] if think is not None else text
        answer, answer_problem = extract_tag(after_think, "answer")
        if answer_problem:
            problems.append(answer_problem)
        ir = normalize_block(strip_code_wrapping(answer)) if answer is not None else None
        if ir is None:
            missing.append("ir")
        if self.form == "diagnostic":
            if think is None:
                missing.append("think")
            else:
                if draft is None:
                    missing.append("draft_ir")
                if diagnosis is None:
                    missing.append("diagnosis")
        result = ParseResult(
            task=self.task,
            ir=ir,
            think=normalize_block(think) if think is not None else None,
            draft_ir=draft,
            diagnosis=diagnosis,
        )
        return finish_result(result, missing, problems)


__all__ = [
    "DIAGNOSTIC_SYSTEM_PROMPT",
    "GENERIC_SYSTEM_PROMPT",
    "PEEPHOLE_FORMS",
    "SUCCESS_VERDICT",
    "PeepholeFormat",
]
