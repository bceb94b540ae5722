"""Task datasets: one example builder per task of the papers, over a corpus dataset (see ``base`` for the contract).

``get_builder(task)`` knows every built-in builder (registered in ``base.BUILDERS`` as lazy dotted paths, so a lookup
imports only that builder's module), any registered with ``register_builder``, and dotted paths.
"""

from llmopt.data.tasks.base import (
    BUILDERS,
    TaskBuilder,
    TaskContext,
    TaskOutcome,
    available_builders,
    get_builder,
    register_builder,
    unregister_builder,
)

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
