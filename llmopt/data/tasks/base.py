"""The contract between one task's example builder and the generic dataset driver (``llmopt.data.tasks.runner``).

A task dataset is made from the rows of a corpus dataset (``llmopt data corpus``: one row per unique function or
translation unit, with its unoptimized IR). For each row a ``TaskBuilder`` computes the task's typed example
(``llmopt.prompts.examples``) with the real compiler, or says why the row is skipped; the driver owns everything else
(reading the corpus, workers on all cores, resume, rendering with the task's ``PromptFormat``, length filtering,
Parquet shards and the dataset card). So adding a task is one module with one ``TaskBuilder`` subclass and one
``BUILDERS.register`` line (a lazy dotted path) below.

Builders run in worker processes: they receive a ``TaskContext`` (plain, picklable settings) and build any live
object they need (``Toolchain``, ``Measurer``, verifier) lazily, once per process, through ``TaskContext``'s helpers.

Not covered: model-generated data (a builder may read a file named in ``TaskContext.options``, e.g. generations for
the feedback task, but calling a model is the inference layer's job).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from llmopt.errors import ConfigError
from llmopt.registry import Registry

if TYPE_CHECKING:
    from llmopt.metrics import Measurer
    from llmopt.toolchain import Toolchain


@dataclass(frozen=True)
class TaskContext:
    """What a builder may use, identical in every worker.

    Attributes:
        bin_dir: LLVM bin directory; version: its version string (``Toolchain(bin_dir, version)``).
        data_dir: llmopt data directory (engine build, measurement cache).
        seed: seed of every random choice a builder makes (a row's choices depend only on seed and the row's hash).
        timeout_s: limit of one compiler or verifier call.
        options: task-specific settings from the command line (e.g. ``autotune`` results path for flag tuning,
            ``generations`` for feedback); builders document the keys they read.
    """

    bin_dir: str
    version: str
    data_dir: str
    seed: int = 0
    timeout_s: float = 60.0
    options: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def toolchain(self) -> Toolchain:
        from llmopt.toolchain import Toolchain

        return Toolchain(bin_dir=Path(self.bin_dir), version=self.version)

    @cached_property
    def measurer(self) -> Measurer:
        """One measurer per worker process (the engine is built once per data dir and shared)."""
        from llmopt.metrics import Measurer

        return Measurer(self.toolchain, data_dir=Path(self.data_dir), timeout_s=self.timeout_s)

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass(frozen=True)
class TaskOutcome:
    """One corpus row's result: an example, or the reason it was skipped (a short, stable phrase such as
    ``"opt crashed"``, ``"not proved equivalent"``: the driver counts skips per reason for the dataset card).

    Attributes:
        example: the task's example dataclass instance, rendered by the driver with the task's prompt format.
        extra: additional columns stored next to the rendered prompt/completion (numbers, pass list, verdicts).
        skip_reason: set when no example was made.
        detail: free text for the log (first error line, verifier message); never used for counting.
    """

    example: Any | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    skip_reason: str | None = None
    detail: str = ""

    @classmethod
    def skip(cls, reason: str, detail: str = "") -> TaskOutcome:
        return cls(skip_reason=reason, detail=detail)

    @property
    def ok(self) -> bool:
        return self.example is not None and self.skip_reason is None


class TaskBuilder(ABC):
    """Makes one task's examples from corpus rows; subclass it and override ``build`` (and any hook).

    Why a base class: the driver and ``llmopt data render`` call every hook on every builder, so a builder that does
    not need one inherits the no-op default instead of being probed for the method.

    Attributes:
        task: the prompt-format task name (``llmopt.prompts.get_format(task)``) and the dataset's name.
        level: which corpus rows it reads: "function" or "module".
    """

    task: ClassVar[str]
    level: ClassVar[str] = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        """Options for ``get_format`` (e.g. ``{"kind": "long"}``); none by default."""
        return {}

    def check_context(self, ctx: TaskContext) -> None:
        """Refuse missing or unusable task options (raise ``ConfigError``) before any row is read; accepts all by
        default."""
        return None

    def prompt_example(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        """The prompt side only, for ``llmopt data render`` without ``--completion``; builders whose label is costly
        (an autotune record, a verifier run) override it. By default the full ``build``."""
        return self.build(row, ctx)

    @abstractmethod
    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        """The example for one corpus row (keys: ``name``, ``ir``, ``flavour``, ``package``, ``split``,
        ``normalized_hash``, ``instruction_count``, ``licence``, ``source``, ``llvm``). Never raises for bad input:
        returns ``TaskOutcome.skip(reason)``."""


#: Task name -> builder class. Built-ins are lazy dotted paths, so looking one up imports only its module.
BUILDERS: Registry[type[TaskBuilder]] = Registry("task builder", base=TaskBuilder)
BUILDERS.register("flag_tuning", "llmopt.data.tasks.flag_tuning:FlagTuningBuilder")
BUILDERS.register("compiler_emulation", "llmopt.data.tasks.emulation:CompilerEmulationBuilder")
BUILDERS.register("instruction_count", "llmopt.data.tasks.instruction_count:InstructionCountBuilder")
BUILDERS.register("disassembly", "llmopt.data.tasks.disassembly:DisassemblyBuilder")
BUILDERS.register("peephole", "llmopt.data.tasks.peephole:PeepholeBuilder")
BUILDERS.register("feedback", "llmopt.data.tasks.feedback:FeedbackBuilder")

B = TypeVar("B", bound=type[TaskBuilder])


def register_builder(builder: B, *, replace: bool = False) -> B:
    """Make ``get_builder(builder.task)`` return a new instance of ``builder`` (usable as a class decorator).

    Raises:
        ConfigError: ``builder.task`` is taken and ``replace`` is False, or ``builder`` is not a ``TaskBuilder``.
    """
    if not (isinstance(builder, type) and issubclass(builder, TaskBuilder)):
        raise ConfigError(f"{builder!r} is not a llmopt.data.tasks.TaskBuilder subclass")
    BUILDERS.register(builder.task, builder, replace=replace)
    return builder


def unregister_builder(task: str) -> None:
    """Remove a registration (tests use this on teardown); an unknown task is ignored."""
    BUILDERS.unregister(task)


def get_builder(task: str) -> TaskBuilder:
    """A new builder for ``task`` (a registered task name or a dotted path ``"package.module:Builder"``).

    Raises:
        ConfigError: no builder is registered for ``task``; the message lists the valid ones.
    """
    return BUILDERS.get(task)()


def available_builders() -> tuple[str, ...]:
    return tuple(BUILDERS.names())


__all__ = [
    "BUILDERS",
    "TaskBuilder",
    "TaskContext",
    "TaskOutcome",
    "available_builders",
    "get_builder",
    "register_builder",
    "unregister_builder",
]
