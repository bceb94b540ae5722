"""Look prompt formats up by task name and style; built-ins register through the same call third parties use.

``get_format("flag_tuning")`` gives our chat layout, ``get_format("flag_tuning", style="llm-compiler")`` the exact
strings Meta's released models expect, ``get_format("feedback", kind="fast")`` passes options to the format's
constructor. An unknown task, style or option raises ``ConfigError`` naming the valid ones. A dotted path
(``"my_package.prompts:MyFormat"``) instead of a task name loads a ``PromptFormat`` subclass directly.

Not covered: entry-point discovery of external formats (a later issue may add it next to the backend plugins).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

from llmopt.errors import ConfigError
from llmopt.prompts.base import PromptFormat
from llmopt.prompts.disassembly import DisassemblyFormat, LlmCompilerDisassemblyFormat
from llmopt.prompts.emulation import CompilerEmulationFormat, LlmCompilerEmulationFormat
from llmopt.prompts.feedback import FeedbackFormat
from llmopt.prompts.flag_tuning import FlagTuningFormat, LlmCompilerFlagTuningFormat
from llmopt.prompts.instruction_count import InstructionCountFormat
from llmopt.prompts.peephole import PeepholeFormat

DEFAULT_STYLE = "llmopt"
FormatFactory = Callable[..., PromptFormat[Any]]
_REGISTRY: dict[tuple[str, str], FormatFactory] = {}


def register_format(task: str, style: str, factory: FormatFactory, *, replace: bool = False) -> None:
    """Make ``get_format(task, style=style, **options)`` return ``factory(**options)``.

    Raises:
        ConfigError: the (task, style) pair is taken and ``replace`` is False.
    """
    key = (task, style)
    if key in _REGISTRY and not replace:
        raise ConfigError(f"prompt format {task!r} (style {style!r}) is already registered; pass replace=True")
    _REGISTRY[key] = factory


def unregister_format(task: str, style: str) -> None:
    """Remove a registration (tests use this to clean up); unknown pairs are ignored."""
    _REGISTRY.pop((task, style), None)


def available_formats() -> dict[str, tuple[str, ...]]:
    """Every registered task with its styles, sorted."""
    out: dict[str, list[str]] = {}
    for task, style in _REGISTRY:
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
        factory: FormatFactory = _load_dotted(task)
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
        factory = _REGISTRY[(task, style)]
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


def _load_dotted(path: str) -> FormatFactory:
    module_name, _, attr = path.partition(":")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as e:
        raise ConfigError(f"cannot load prompt format {path!r}: {e}") from e
    if not (isinstance(obj, type) and issubclass(obj, PromptFormat)):
        raise ConfigError(f"{path!r} is not a PromptFormat subclass")
    return obj


for _cls in (
    FlagTuningFormat,
    LlmCompilerFlagTuningFormat,
    CompilerEmulationFormat,
    LlmCompilerEmulationFormat,
    InstructionCountFormat,
    FeedbackFormat,
    DisassemblyFormat,
    LlmCompilerDisassemblyFormat,
    PeepholeFormat,
):
    register_format(_cls.task, _cls.style, _cls)


__all__ = ["DEFAULT_STYLE", "available_formats", "get_format", "register_format", "unregister_format"]
