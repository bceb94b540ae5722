"""Layer 1 (below ``metrics``' users, ``autotune`` and ``data``): one way to fan work out.

``Executor`` runs a module-level function over picklable specs serially, in a local process pool, or on Ray, with
results in input order (``map``) or as they complete (``as_completed``). Executors are looked up by name through
``EXECUTORS`` ("serial", "pool", "ray"). Imports only ``llmopt.errors``, ``llmopt.registry``, the stdlib and ray.
"""

from llmopt.parallel.executor import (
    EXECUTORS,
    Executor,
    PoolExecutor,
    RayExecutor,
    SerialExecutor,
    make_executor,
    worker_init,
)

__all__ = ["EXECUTORS", "Executor", "PoolExecutor", "RayExecutor", "SerialExecutor", "make_executor", "worker_init"]
