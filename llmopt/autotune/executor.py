"""``Executor``: one interface to run autotuning tasks serially, in a local process pool, or on Ray.

A task is a module-level function applied to a picklable argument (a spec: program text, pass-list texts, a
``MeasurerSpec``, the store path); results come back in input order, so every executor gives the same answer for the
same tasks (tested). Workers build their own ``Measurer`` from the spec (``specs.worker_measurer``), once per process.

* ``SerialExecutor``: in this process; the debugging baseline.
* ``PoolExecutor``: ``concurrent.futures`` processes (spawned, so no engine process or SQLite handle is inherited),
  all cores by default.
* ``RayExecutor``: ``ray.remote`` tasks on an existing cluster (``address``) or a local instance it starts
  (``address="local"``); one CPU per task.

Not covered: retries of a worker that dies (a killed worker's task fails the map; the store keeps its finished
evaluations, so re-running resumes).
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from llmopt.errors import ConfigError

A = TypeVar("A")
R = TypeVar("R")


class Executor(ABC):
    """Applies a task function to many arguments; results in input order."""

    name: str = ""

    @abstractmethod
    def map(self, fn: Callable[[A], R], items: Sequence[A]) -> list[R]:
        """``[fn(x) for x in items]``, possibly in parallel. ``fn`` must be a module-level (picklable) function."""

    @property
    def workers(self) -> int:
        return 1

    def close(self) -> None:  # noqa: B027 - optional hook: an executor without workers has nothing to release
        """Release workers."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SerialExecutor(Executor):
    name = "serial"

    def map(self, fn: Callable[[A], R], items: Sequence[A]) -> list[R]:
        return [fn(x) for x in items]


class PoolExecutor(Executor):
    """A local process pool.

    Args:
        max_workers: processes (default: all cores).
    """

    name = "pool"

    def __init__(self, max_workers: int | None = None) -> None:
        import concurrent.futures
        import multiprocessing

        self._workers = max_workers or os.cpu_count() or 1
        if self._workers < 1:
            raise ConfigError(f"max_workers must be >= 1, got {max_workers}")
        # spawn: a forked child would inherit the parent's engine pipes and SQLite connections.
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context("spawn")
        )

    @property
    def workers(self) -> int:
        return self._workers

    def map(self, fn: Callable[[A], R], items: Sequence[A]) -> list[R]:
        return list(self._pool.map(fn, items))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class RayExecutor(Executor):
    """Tasks on Ray.

    Args:
        address: a cluster address (``ray://host:port`` or ``host:port``), or "local" to start a local instance.
        num_cpus: CPUs of a local instance (default: all cores); ignored when connecting to a cluster.
    """

    name = "ray"

    def __init__(self, address: str = "local", num_cpus: int | None = None) -> None:
        try:
            import ray
        except ImportError as e:  # pragma: no cover - ray is a declared dependency
            raise ConfigError("the Ray executor needs ray: pip install 'ray[default]'") from e
        self._ray = ray
        self._started_here = not ray.is_initialized()
        if self._started_here:
            if address == "local":
                ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, configure_logging=False)
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        self._remote_cache: dict[Callable[..., Any], Any] = {}

    @property
    def workers(self) -> int:
        return int(self._ray.cluster_resources().get("CPU", 1))

    def map(self, fn: Callable[[A], R], items: Sequence[A]) -> list[R]:
        remote = self._remote_cache.get(fn)
        if remote is None:
            remote = self._ray.remote(num_cpus=1)(fn)
            self._remote_cache[fn] = remote
        return list(self._ray.get([remote.remote(x) for x in items]))

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()


def make_executor(kind: str = "pool", *, workers: int | None = None, ray_address: str | None = None) -> Executor:
    """Build an executor by name: "serial", "pool" or "ray" (``ray_address`` defaults to "local").

    Raises:
        ConfigError: unknown kind.
    """
    factories: dict[str, Callable[[], Executor]] = {
        "serial": SerialExecutor,
        "pool": lambda: PoolExecutor(workers),
        "ray": lambda: RayExecutor(ray_address or "local", num_cpus=workers),
    }
    try:
        return factories[kind]()
    except KeyError:
        raise ConfigError(f"unknown executor {kind!r}; use one of: {', '.join(factories)}") from None
