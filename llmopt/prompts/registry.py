"""Look prompt formats up by task name and style; built-ins register through the same call third parties use.

``get_format("flag_tuning")`` gives our chat layout, ``get_format("flag_tuning", style="llm-compiler")`` the exact
strings Meta's released models expect, ``get_format("feedback", kind="fast")`` passes options to the format's
constructor. An unknown task, style or option raises ``ConfigError`` naming the valid ones. A dotted path
(``"my_package.prompts:MyFormat"``) instead of a task name loads a ``PromptFormat`` subclass directly.

Entries live in one ``llmopt.registry.Registry`` named ``"task/style"``; the built-ins are registered below as lazy
dotted paths (nothing is registered as a side effect of importing a format module).

Not covered: entry-point discovery of external formats (a later issue may add it next to the backend plugins).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from llmopt.errors import ConfigError
from llmopt.prompts.base import PromptFormat
from llmopt.registry import Registry, load_dotted

DEFAULT_STYLE = "llmopt"
FormatFactory = Callable[..., PromptFormat[Any]]

#: Every (task, style) as ``"task/style"``; entries are factories (usually ``PromptFormat`` subclasses) or lazy paths.
FORMATS: Registry[FormatFactory] = Registry("prompt format")

#: The built-in formats: (task, style, dotted path). A test checks each class's own ``task``/``style`` match.
BUILTIN_FORMATS: tuple[tuple[str, str, str], ...] = (
    ("flag_tuning", "llmopt", "llmopt.prompts.flag_tuning:FlagTuningFormat"),
    ("flag_tuning", "llm-compiler", "llmopt.prompts.flag_tuning:LlmCompilerFlagTuningFormat"),
    ("compiler_emulation", "llmopt", "llmopt.prompts.emulation:CompilerEmulationFormat"),
    ("compiler_emulation", "llm-compiler", "llmopt.prompts.emulation:LlmCompilerEmulationFormat"),
    ("instruction_count", "llmopt", "llmopt.prompts.instruction_count:InstructionCountFormat"),
    ("feedback", "llmopt", "llmopt.prompts.feedback:FeedbackFormat"),
    ("disassembly", "llmopt", "llmopt.prompts.disassembly:DisassemblyFormat"),
    ("disassembly", "llm-compiler", "llmopt.prompts.disassembly:LlmCompilerDisassemblyFormat"),
    ("peephole", "llmopt", "llmopt.prompts.peephole:PeepholeFormat"),
)


def _key(task: str, style: str) -> str:
    return f"{task}/{style}"


def register_format(task: str, style: str, factory: FormatFactory | str, *, replace: bool = False) -> None:
    """Make ``get_format(task, style=style, **options)`` return ``factory(**options)``.

    Args:
        factory: a ``PromptFormat`` subclass (or any callable returning one), or its lazy ``"package.module:Class"``.

    Raises:
        ConfigError: the (task, style) pair is taken and ``replace`` is False.
    """
    if "/" in task or "/" in style:
        raise ConfigError(f"prompt task {task!r} and style {style!r} must not contain '/'")
    FORMATS.register(_key(task, style), factory, replace=replace)


def unregister_format(task: str, style: str) -> None:
    """Remove a registration (tests use this to clean up); unknown pairs are ignored."""
    FORMATS.unregister(_key(task, style))


def available_formats() -> dict[str, tuple[str, ...]]:
    """Every registered task with its styles, sorted."""
    out: dict[str, list[str]] = {}
    for key in FORMATS.names():
        task, _, style = key.partition("/")
        out.setdefault(task, []).append(style)
    return {task: tuple(sorted(styles)) for task, styles in sorted(out.items())}


def get_format(task: str, style: str = DEFAULT_STYLE, **options: Any) -> PromptFormat[Any]:
    """The prompt format for ``task`` in ``style``, built with ``options``.

    Args:
        task: a registered task name (see ``available_formats()``) or a dotted path ``"package.module:Class"``.
        style: "llmopt" (default) or, for flag_tuning, compiler_emulation and disassembly, "llm-compiler".
        options: constructor options, e.g. ``kind="long"`` for feedback, ``form="diagnostic"`` for peephole.

    Raises:
        ConfigError: unknown task, style or option, or a dotted path that does not name a PromptFormat class.

    Example:
        >>> get_format("flag_tuning", style="llm-compiler").task
        'flag_tuning'
    """
    if ":" in task:
        obj = load_dotted(task)
        if not (isinstance(obj, type) and issubclass(obj, PromptFormat)):
            raise ConfigError(f"{task!r} is not a PromptFormat subclass")
        factory: FormatFactory = obj
        name = task
    else:
        styles = available_formats()
        if task not in styles:
            raise ConfigError(
                f"unknown prompt task {task!r}; valid tasks: {', '.join(styles)} "
                "(or a dotted path 'package.module:Class')"
            )
        if style not in styles[task]:
            raise ConfigError(f"task {task!r} has no style {style!r}; valid styles: {', '.join(styles[task])}")
        factory = FORMATS.get(_key(task, style))
        name = f"{task} (style {style})"
    try:
        inspect.signature(factory).bind(**options)
    except TypeError:
        params = [p for p in inspect.signature(factory).parameters if p not in ("self", "args", "kwargs")]
        raise ConfigError(
            f"{name} does not take options {sorted(options)}; its options are: "
            f"{', '.join(params) if params else '(none)'}"
        ) from None
    return factory(**options)


for _task, _style, _path in BUILTIN_FORMATS:
    register_format(_task, _style, _path)


__all__ = [
    "BUILTIN_FORMATS",
    "DEFAULT_STYLE",
    "FORMATS",
    "available_formats",
    "get_format",
    "register_format",
    "unregister_format",
]
