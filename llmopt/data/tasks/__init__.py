"""Task datasets: one example builder per task of the papers, over a corpus dataset (see ``base`` for the contract).

``get_builder(task)`` knows every built-in builder (their modules are imported on first lookup) and any registered
with ``register_builder``.
"""

from llmopt.data.tasks.base import (
    TaskBuilder,
    TaskContext,
    TaskOutcome,
    available_builders,
    get_builder,
    register_builder,
)

__all__ = ["TaskBuilder", "TaskContext", "TaskOutcome", "available_builders", "get_builder", "register_builder"]
