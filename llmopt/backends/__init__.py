"""Model backends (layer 6); see ``llmopt.backends.base``. Importing this package imports no torch."""

from llmopt.backends.base import (
    BACKENDS,
    Backend,
    BackendError,
    BackendOptions,
    Completion,
    ContextOverflowError,
    ModelSpec,
    NoDefaultModelError,
    load_backend,
    parse_spec,
)

__all__ = [
    "BACKENDS",
    "Backend",
    "BackendError",
    "BackendOptions",
    "Completion",
    "ContextOverflowError",
    "ModelSpec",
    "NoDefaultModelError",
    "load_backend",
    "parse_spec",
]
