"""Compiler-generated feedback (Grubisic et al.): Short, Long and Fast feedback on a model's answer, and the retry turn.

The base task is instruction-count optimization (``llmopt.prompts.instruction_count``). A feedback model's answer
has the base layout with one extra first line: "I am sure!" when it believes its predicted target instruction count
is right, "Let me try again." otherwise (in training data: whether the previous model's prediction was right).

After an answer, the caller compiles the input with the answer's pass list and measures (``FeedbackInputs``); this
module lays out the feedback message, with the paper's fields, in the paper's order:

* **Fast**: pass-list validity, predicted vs real source instruction count, predicted vs real target instruction
  count (the target counted on the IR compiled with the predicted passes). Needs no generated IR, so generation can
  stop at ``<code>`` (``stop_sequences``).
* **Short**: Fast plus the BLEU score of the generated IR against the compiled IR and the errors from compiling the
  generated IR.
* **Long**: Short plus the compiled IR itself.

Layout (Short; Fast stops after the target line; Long adds the compiled IR)::

    Feedback:
    Passes valid: True
    Source instruction count: 15 [True], correct 15
    Target instruction count: 4 [False], correct 5
    Target IR BLEU score: 0.92
    IR errors: None
    Compiled IR:
    <code>
    ...
    </code>

The second turn is the first prompt, the model's previous answer, and the feedback with a request to try again. In
the chat style these are the system and user messages of the first turn, the previous answer as the assistant's
message, and the feedback as the next user message.

Not covered: compiling, counting the compiled IR's instructions and checking the generated IR (callers use
``metrics``/``toolchain``; ``FeedbackInputs.from_compilation`` does the text-only arithmetic).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from llmopt.errors import ConfigError
from llmopt.prompts.base import Message, ParseResult, Prompt, PromptFormat, chat, finish_result, require_type
from llmopt.prompts.examples import InstructionCountExample
from llmopt.prompts.instruction_count import SYSTEM_PROMPT as BASE_SYSTEM_PROMPT
from llmopt.prompts.instruction_count import USER_PREFIX, parse_answer, render_answer
from llmopt.prompts.parsing import CODE_OPEN, block_body, first_line
from llmopt.prompts.scoring import bleu_score
from llmopt.toolchain import count_instructions

FeedbackKind = Literal["short", "long", "fast"]
FEEDBACK_KINDS: tuple[str, ...] = ("short", "long", "fast")
SURE_LINE = "I am sure!"
RETRY_LINE = "Let me try again."
FEEDBACK_HEADER = "Feedback:"

SYSTEM_PROMPT = (
    BASE_SYSTEM_PROMPT
    + f'\nStart the answer with one line: "{SURE_LINE}" when you are confident that your predicted instruction '
    f'count after the passes is right, "{RETRY_LINE}" otherwise.'
)
RETRY_REQUEST = f'Use this feedback to answer again in the same layout, starting with "{SURE_LINE}" or "{RETRY_LINE}".'


@dataclass(frozen=True)
class FeedbackInputs:
    """What the compiler found out about one answer: the inputs of ``FeedbackFormat.render_feedback``.

    Attributes:
        parse: the parsed answer (its predicted counts and generated IR are compared with the real ones).
        passes_valid: the answer's pass list parsed and ``opt`` ran it on the input without error.
        source_instruction_count: the real instruction count of the input IR.
        target_instruction_count: the real instruction count of the input compiled with the answer's passes; None
            when the passes were invalid.
        compile_error: the error from compiling (parsing and verifying) the generated IR; None when it compiled.
        bleu: BLEU of the generated IR against the compiled IR, in [0, 1]; None when either is missing.
        compiled_ir: the input compiled with the answer's passes (shown by Long feedback); None when invalid.
    """

    parse: ParseResult
    passes_valid: bool
    source_instruction_count: int
    target_instruction_count: int | None = None
    compile_error: str | None = None
    bleu: float | None = None
    compiled_ir: str | None = None

    @classmethod
    def from_compilation(
        cls,
        parse: ParseResult,
        passes_valid: bool,
        source_instruction_count: int,
        compiled_ir: str | None,
        compile_error: str | None,
    ) -> FeedbackInputs:
        """Derive the target count (from ``compiled_ir``) and BLEU (generated vs compiled) from the texts.

        Args:
            parse: the parsed answer.
            passes_valid: whether ``opt`` accepted and ran the answer's pass list.
            source_instruction_count: the input's real instruction count.
            compiled_ir: ``opt``'s output for the answer's passes, None if they were invalid.
            compile_error: the first error line from compiling the generated IR, None if it compiled.
        """
        target = count_instructions(compiled_ir) if compiled_ir is not None else None
        bleu = bleu_score(parse.ir, compiled_ir) if parse.ir is not None and compiled_ir is not None else None
        return cls(
            parse=parse,
            passes_valid=passes_valid,
            source_instruction_count=source_instruction_count,
            target_instruction_count=target,
            compile_error=compile_error,
            bleu=bleu,
            compiled_ir=compiled_ir,
        )

    @property
    def source_count_correct(self) -> bool:
        return self.parse.source_instruction_count == self.source_instruction_count

    @property
    def target_count_correct(self) -> bool:
        return (
            self.target_instruction_count is not None
            and self.parse.target_instruction_count == self.target_instruction_count
        )


@dataclass(frozen=True)
class FeedbackExample:
    """One feedback-model example.

    Without ``previous_completion``/``feedback`` it is a first turn (the base prompt); with both, a retry turn whose
    prompt carries the previous answer and its feedback. The label is the sure line followed by ``task``'s answer.

    Attributes:
        task: the instruction-count example (input IR and, for training, the best answer).
        sure: the label's first line: "I am sure!" (True) or "Let me try again." (False).
        previous_completion: the answer the feedback is about, as the model wrote it.
        feedback: the measurements of that answer.
    """

    task: InstructionCountExample
    sure: bool = False
    previous_completion: str | None = None
    feedback: FeedbackInputs | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.task, InstructionCountExample):
            raise ConfigError(
                f"FeedbackExample.task must be an InstructionCountExample, got {type(self.task).__name__}"
            )
        if (self.previous_completion is None) != (self.feedback is None):
            raise ConfigError(
                "previous_completion and feedback go together: give both for a retry turn, neither for a first turn"
            )


def _fmt_bool(value: bool) -> str:
    return "True" if value else "False"


class FeedbackFormat(PromptFormat[FeedbackExample]):
    """Short, Long or Fast feedback around the instruction-count task (see the module docstring).

    Example:
        >>> fmt = FeedbackFormat(kind="fast")
        >>> answer = fmt.parse("Let me try again.\\nRun passes `instcombine` to reduce instruction count from 15 to 4.")
        >>> inputs = FeedbackInputs(parse=answer, passes_valid=True, source_instruction_count=15,
        ...                         target_instruction_count=5)
        >>> print(fmt.render_feedback(inputs))
        Feedback:
        Passes valid: True
        Source instruction count: 15 [True], correct 15
        Target instruction count: 4 [False], correct 5
    """

    task = "feedback"
    style = "llmopt"
    example_type = FeedbackExample

    def __init__(self, kind: str = "short") -> None:
        if kind not in FEEDBACK_KINDS:
            raise ConfigError(f"unknown feedback kind {kind!r}; use one of: {', '.join(FEEDBACK_KINDS)}")
        self.kind: FeedbackKind = kind  # type: ignore[assignment]
        # Fast feedback needs only the pass list and counts, which come before the IR: generation may stop there.
        self.stop_sequences = (CODE_OPEN,) if kind == "fast" else ()

    def __repr__(self) -> str:
        return f"FeedbackFormat(kind={self.kind!r})"

    # ---- rendering ---------------------------------------------------------------------------------------------

    def first_prompt(self, task: InstructionCountExample) -> list[Message]:
        """The first-turn prompt (Task Optimize): the input IR only."""
        return chat(SYSTEM_PROMPT, f"{USER_PREFIX}<code>\n{block_body(task.ir)}\n</code>")

    def render_prompt(self, example: FeedbackExample) -> Prompt:
        require_type(example, FeedbackExample, self)
        messages = self.first_prompt(example.task)
        if example.feedback is None or example.previous_completion is None:
            return messages
        messages.append(Message(role="assistant", content=example.previous_completion))
        messages.append(Message(role="user", content=f"{self.render_feedback(example.feedback)}\n\n{RETRY_REQUEST}"))
        return messages

    def render_followup(
        self, task: InstructionCountExample, previous_completion: str, feedback: FeedbackInputs
    ) -> list[Message]:
        """The retry-turn prompt for an answer and its feedback (what an inference loop sends next)."""
        prompt = self.render_prompt(
            FeedbackExample(task=task, previous_completion=previous_completion, feedback=feedback)
        )
        assert isinstance(prompt, list)
        return prompt

    def render_completion(self, example: FeedbackExample) -> str:
        require_type(example, FeedbackExample, self)
        return f"{SURE_LINE if example.sure else RETRY_LINE}\n{render_answer(example.task, with_ir=True)}"

    def render_feedback(self, inputs: FeedbackInputs) -> str:
        """The feedback message for one answer, in this format's kind.

        Args:
            inputs: the parsed answer and what the compiler measured.

        Returns:
            The message text, starting with "Feedback:" (no trailing newline).
        """
        if not isinstance(inputs, FeedbackInputs):
            raise ConfigError(f"render_feedback takes FeedbackInputs, got {type(inputs).__name__}")
        answer = inputs.parse
        lines = [FEEDBACK_HEADER, f"Passes valid: {_fmt_bool(inputs.passes_valid)}"]
        lines.append(
            f"Source instruction count: {_fmt_count(answer.source_instruction_count)} "
            f"[{_fmt_bool(inputs.source_count_correct)}], correct {inputs.source_instruction_count}"
        )
        real_target = "unknown" if inputs.target_instruction_count is None else str(inputs.target_instruction_count)
        lines.append(
            f"Target instruction count: {_fmt_count(answer.target_instruction_count)} "
            f"[{_fmt_bool(inputs.target_count_correct)}], correct {real_target}"
        )
        if self.kind == "fast":
            return "\n".join(lines)
        lines.append(f"Target IR BLEU score: {'n/a' if inputs.bleu is None else f'{inputs.bleu:.2f}'}")
        if answer.ir is None:
            lines.append("IR errors: the answer contains no IR")
        elif inputs.compile_error is None:
            lines.append("IR errors: None")
        else:
            lines.append("IR errors:")
            lines.append(inputs.compile_error.strip())
        if self.kind == "long":
            if inputs.compiled_ir is None:
                lines.append("Compiled IR: n/a")
            else:
                lines.append("Compiled IR:")
                lines.append(f"<code>\n{block_body(inputs.compiled_ir)}\n</code>")
        return "\n".join(lines)

    def needs_retry(self, inputs: FeedbackInputs) -> bool:
        """Whether the feedback shows a problem worth a second turn (the paper retries when any field is off).

        Fast feedback judges only what it shows: the pass list and the two counts. Short and Long also require the
        generated IR to compile and to match the compiled IR exactly (BLEU 1.0).
        """
        if not inputs.passes_valid or not inputs.source_count_correct or not inputs.target_count_correct:
            return True
        if self.kind == "fast":
            return False
        return inputs.parse.ir is None or inputs.compile_error is not None or inputs.bleu is None or inputs.bleu < 1.0

    # ---- parsing -----------------------------------------------------------------------------------------------

    def _parse(self, text: str) -> ParseResult:
        result, missing, problems = parse_answer(self.task, text, require_ir=self.kind != "fast")
        sure = parse_sure_line(text)
        if sure is None:
            missing.insert(0, "sure")
        return finish_result(replace(result, sure=sure), missing, problems)


def parse_sure_line(text: str) -> bool | None:
    """True for a first line "I am sure!", False for "Let me try again.", None for anything else."""
    line = first_line(text).lower()
    if line.startswith("i am sure"):
        return True
    if line.startswith("let me try again"):
        return False
    return None


def _fmt_count(value: int | None) -> str:
    return "missing" if value is None else str(value)


def feedback_json(inputs: FeedbackInputs) -> dict[str, Any]:
    """The feedback's fields as JSON-able data (for result rows and logs)."""
    return {
        "passes_valid": inputs.passes_valid,
        "predicted_source_instruction_count": inputs.parse.source_instruction_count,
        "source_instruction_count": inputs.source_instruction_count,
        "source_count_correct": inputs.source_count_correct,
        "predicted_target_instruction_count": inputs.parse.target_instruction_count,
        "target_instruction_count": inputs.target_instruction_count,
        "target_count_correct": inputs.target_count_correct,
        "bleu": inputs.bleu,
        "compile_error": inputs.compile_error,
    }


__all__ = [
    "FEEDBACK_KINDS",
    "RETRY_LINE",
    "SURE_LINE",
    "FeedbackExample",
    "FeedbackFormat",
    "FeedbackInputs",
    "feedback_json",
    "parse_sure_line",
]
