"""The ``PromptFormat`` extension point and the typed ``ParseResult`` every format's parser returns.

A prompt format is one task's contract with a model: how an example becomes a prompt (plain text for completion
models such as Meta's LLM Compiler, or chat messages), how its label becomes the completion text a model is trained
to produce, and how any text a model writes is read back into typed fields (pass list, predicted instruction counts
and binary sizes, IR, reasoning).

Parsing never raises. Model output is untrusted: it may be truncated by a token limit, wrap the IR in the wrong
fence, invent pass names or be plain garbage. Whatever arrives, ``parse`` returns a ``ParseResult`` whose
``status`` says whether the completion had every field the format promises, with ``missing`` naming the absent
fields and ``problems`` describing what was malformed. Fields that *were* found are filled in even when others are
missing, so a caller can still apply a valid pass list from an answer whose IR was cut off. This is what the
feedback loop feeds back to the model.

Not covered here: tokenization and chat templates (the backend applies the model's own template to the messages),
measuring or verifying anything (callers use ``metrics``/``verify`` and hand the numbers to the feedback format).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, ClassVar, Generic, Literal, TypedDict, TypeVar

from llmopt.errors import ConfigError
from llmopt.passes import PassList


class Message(TypedDict):
    """One chat message, in the shape OpenAI-compatible servers, HF chat templates and TRL all accept."""

    role: Literal["system", "user", "assistant"]
    content: str


Prompt = str | list[Message]
"""A rendered prompt: plain text for completion-style models, a message list for chat models."""


class ParseStatus(str, Enum):
    """How much of a completion could be read.

    OK: every field the format promises was found and well-formed.
    PARTIAL: some fields were found (they are filled in), others are missing or malformed.
    FAILED: nothing usable was found.
    """

    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"


@dataclass(frozen=True)
class ParseResult:
    """What was read from one completion; see the module docstring for the never-raises contract.

    Attributes:
        task: the format's task name.
        status: OK / PARTIAL / FAILED (derived from what was found, ``missing`` and ``problems``).
        pass_pipeline: the pass list as the model wrote it, cleaned of quotes and ``-p``/``-passes=`` prefixes.
        pass_list: the validated ``llmopt.passes.PassList`` when the pass list parses; None when it does not (the
            reason is in ``problems``) or when the passes module is unavailable.
        source_instruction_count / target_instruction_count: predicted IR instruction counts before / after.
        source_binary_size / target_binary_size: predicted object-file sizes (.text + .data) in bytes.
        ir: the IR (or, for the disassembly task, the lifted IR) the model wrote, stripped of surrounding blank
            lines and ending in one newline.
        think: the text of a ``<think>`` block (peephole, diagnostic form).
        draft_ir / diagnosis: inside ``<think>``, the model's first attempt and its self-diagnosis of it.
        sure: for feedback models, True for "I am sure!", False for "Let me try again.", None when absent.
        no_improvement: the flag-tuning short answer "the input cannot be improved" was given.
        missing: names of expected fields that were not found (e.g. "pass_list", "ir", "target_binary_size").
        problems: human-readable descriptions of malformed parts (e.g. an unknown pass name, an unclosed block).
    """

    task: str
    status: ParseStatus = ParseStatus.FAILED
    pass_pipeline: str | None = None
    pass_list: PassList | None = None
    source_instruction_count: int | None = None
    target_instruction_count: int | None = None
    source_binary_size: int | None = None
    target_binary_size: int | None = None
    ir: str | None = None
    think: str | None = None
    draft_ir: str | None = None
    diagnosis: str | None = None
    sure: bool | None = None
    no_improvement: bool = False
    missing: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status is ParseStatus.OK

    @property
    def found_anything(self) -> bool:
        return (
            any(
                value is not None
                for value in (
                    self.pass_pipeline,
                    self.source_instruction_count,
                    self.target_instruction_count,
                    self.source_binary_size,
                    self.target_binary_size,
                    self.ir,
                    self.think,
                    self.sure,
                )
            )
            or self.no_improvement
        )

    def describe(self) -> str:
        """One line for logs and feedback: "ok", or what was missing and what was wrong."""
        if self.ok:
            return "ok"
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(self.missing))
        parts.extend(self.problems)
        return f"{self.status.value}: " + "; ".join(parts) if parts else self.status.value

    def to_json(self) -> dict[str, Any]:
        """JSON-able form; the pass list appears as its pipeline text."""
        pass_list_text = None
        if self.pass_list is not None:
            pass_list_text = (
                self.pass_list.to_pipeline() if isinstance(self.pass_list, PassList) else str(self.pass_list)
            )
        return {
            "task": self.task,
            "status": self.status.value,
            "pass_pipeline": self.pass_pipeline,
            "pass_list": pass_list_text,
            "source_instruction_count": self.source_instruction_count,
            "target_instruction_count": self.target_instruction_count,
            "source_binary_size": self.source_binary_size,
            "target_binary_size": self.target_binary_size,
            "ir": self.ir,
            "think": self.think,
            "draft_ir": self.draft_ir,
            "diagnosis": self.diagnosis,
            "sure": self.sure,
            "no_improvement": self.no_improvement,
            "missing": list(self.missing),
            "problems": list(self.problems),
        }


def finish_result(result: ParseResult, missing: list[str], problems: list[str]) -> ParseResult:
    """Attach ``missing``/``problems`` (deduplicated, in order) and derive the status from them."""
    missing_t = tuple(dict.fromkeys(missing))
    problems_t = tuple(dict.fromkeys(problems))
    result = replace(result, missing=missing_t, problems=problems_t)
    if not missing_t and not problems_t:
        status = ParseStatus.OK
    elif result.found_anything:
        status = ParseStatus.PARTIAL
    else:
        status = ParseStatus.FAILED
    return replace(result, status=status)


ExampleT = TypeVar("ExampleT")


class PromptFormat(ABC, Generic[ExampleT]):
    """One task's prompt and completion layout, in one style.

    Subclasses set ``task``, ``style`` and ``example_type`` and implement ``render_prompt``,
    ``render_completion`` and ``_parse``; ``parse`` wraps ``_parse`` so that no input, however malformed, raises.

    Class attributes:
        task: registry name of the task ("flag_tuning", "compiler_emulation", ...).
        style: "llmopt" (chat messages, our layout) or "llm-compiler" (the exact strings Meta's models expect).
        example_type: the dataclass ``render_prompt``/``render_completion`` accept.
        stop_sequences: strings at which generation may stop early (empty: generate to the end).
    """

    task: ClassVar[str] = ""
    style: ClassVar[str] = "llmopt"
    example_type: ClassVar[type] = object
    stop_sequences: tuple[str, ...] = ()

    @property
    def is_chat(self) -> bool:
        """Whether ``render_prompt`` returns chat messages (True) or plain text (False)."""
        return self.style != "llm-compiler"

    @abstractmethod
    def render_prompt(self, example: ExampleT) -> Prompt:
        """The prompt for ``example``: text for completion-style formats, messages for chat formats."""

    @abstractmethod
    def render_completion(self, example: ExampleT) -> str:
        """The completion a perfect model would write for ``example`` (the training label)."""

    def render_conversation(self, example: ExampleT) -> list[Message]:
        """Prompt messages plus the label as the assistant's turn: one supervised fine-tuning row.

        Completion-style formats give one user message holding the prompt text.
        """
        prompt = self.render_prompt(example)
        messages: list[Message] = [Message(role="user", content=prompt)] if isinstance(prompt, str) else list(prompt)
        messages.append(Message(role="assistant", content=self.render_completion(example)))
        return messages

    def parse(self, completion_text: object) -> ParseResult:
        """Read a model's completion into typed fields. Never raises.

        Args:
            completion_text: what the model generated after the prompt (not including the prompt). Anything that is
                not a ``str`` gives a FAILED result.

        Returns:
            A ``ParseResult``; check ``status`` (or ``ok``), ``missing`` and ``problems``.
        """
        if not isinstance(completion_text, str):
            return finish_result(
                ParseResult(task=self.task), [], [f"completion is a {type(completion_text).__name__}, not text"]
            )
        try:
            return self._parse(completion_text)
        except Exception as e:
            return finish_result(ParseResult(task=self.task), [], [f"internal parser error: {type(e).__name__}: {e}"])

    @abstractmethod
    def _parse(self, text: str) -> ParseResult:
        """Format-specific parsing; may assume ``text`` is a str. Should not raise, but ``parse`` guards it."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(task={self.task!r}, style={self.style!r})"


def chat(system: str, user: str) -> list[Message]:
    """A two-message prompt: the task description as system message, the input as user message."""
    return [Message(role="system", content=system), Message(role="user", content=user)]


def require_type(example: object, expected: type, fmt: PromptFormat[Any]) -> None:
    """Guard render_* against the wrong example type (a programming error, so it raises).

    Raises:
        ConfigError: ``example`` is not an instance of ``expected``.
    """
    if not isinstance(example, expected):
        raise ConfigError(
            f"{fmt!r} renders {expected.__name__} examples, got {type(example).__name__}; "
            f"build a {expected.__name__} (llmopt.prompts.{expected.__name__}) for this task"
        )


__all__ = [
    "Message",
    "ParseResult",
    "ParseStatus",
    "Prompt",
    "PromptFormat",
    "chat",
    "finish_result",
    "require_type",
]
