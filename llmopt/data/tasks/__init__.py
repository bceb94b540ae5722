"""Task datasets: one example builder per task of the papers, over a corpus dataset (see ``base`` for the contract).

``load_builtin_builders()`` imports every built-in builder module that is present, so ``get_builder`` knows them;
the driver (``runner.build_task_dataset``) and the CLI call it before looking a task up.
"""

import importlib

from llmopt.data.tasks.base import (
    TaskBuilder,
    TaskContext,
    TaskOutcome,
    available_builders,
    get_builder,
    register_builder,
)

BUILTIN_BUILDER_MODULES = ("flag_tuning", "emulation", "instruction_count", "disassembly", "peephole", "feedback")


def load_builtin_builders() -> tuple[str, ...]:
    """Import the built-in builder modules (each registers its builder); returns the registered tasks.

    A module that is absent from this install is skipped; an import error inside a present module propagates.
    """
    for name in BUILTIN_BUILDER_MODULES:
        module = f"llmopt.data.tasks.{name}"
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
    return available_builders()


__all__ = ["TaskBuilder", "TaskContext", "TaskOutcome", "available_builders", "get_builder", "load_builtin_builders",
           "register_builder"]
