"""``Executor``: one interface to run tasks serially, in a local process pool, or on Ray.

A task is a module-level function applied to a picklable argument (a spec: program text, settings, a
``MeasurerSpec``): workers never receive live objects (engine processes, SQLite connections). ``map`` returns results
in input order, so every executor gives the same answer for the same tasks (tested); ``as_completed`` yields
``(index, result)`` pairs as tasks finish, keeping at most ``window`` tasks in flight, for builds that stream their
results to disk and show progress.

Fork or spawn: **spawn**, decided here once. A forked worker inherits whatever the parent holds: the engine's pipes,
SQLite connections of the result store and caches, Ray's and tqdm's threads; any of them used from two processes
corrupts or deadlocks. Spawn starts a clean interpreter. Its cost is that the worker re-imports what it needs: a task
function or a class defined in a ``python -c`` script or registered only in the parent's memory (a test-registered
builder) does not exist there. Callers therefore put *dotted paths* (``"package.module:attr"``, resolved with
``llmopt.registry.load_dotted``) in their specs, never registrations, and a worker resolves them itself.
A script that starts a pool must keep its top level behind ``if __name__ == "__main__":`` (spawn re-imports the
main module in every worker; Python's multiprocessing rule), which `llmopt`'s own entry points do.

Interrupts: pool workers ignore SIGINT (a terminal's Ctrl-C reaches the whole foreground process group), so only the
parent sees ``KeyboardInterrupt``; it cancels every pending future, kills the workers and re-raises, so a Ctrl-C never
prints worker tracebacks or ``BrokenProcessPool``. Workers also ask the kernel to SIGKILL them when the parent dies
(``PR_SET_PDEATHSIG``), so a killed parent leaves no worker behind.

Not covered: retries of a worker that dies (a killed worker's task fails the map with ``BrokenProcessPool``; callers
that store results as they go resume on the next run).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from llmopt.errors import ConfigError
from llmopt.registry import Registry

A = TypeVar("A")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1


def set_parent_death_signal(sig: int = signal.SIGKILL) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent thread exits; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def worker_init() -> None:
    """Initializer of every pool worker: ignore Ctrl-C (the parent handles it) and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    set_parent_death_signal()
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


class Executor(ABC):
    """Applies a task function to many arguments."""

    name: str = ""

    @abstractmethod
    def as_completed(
        self, fn: Callable[[A], R], items: Sequence[A], window: int | None = None
    ) -> Iterator[tuple[int, R]]:
        """``(i, fn(items[i]))`` in completion order, with at most ``window`` tasks in flight (default: 2x workers,
        so an interrupted build loses little). ``fn`` must be a module-level (picklable) function."""

    def map(self, fn: Callable[[A], R], items: Sequence[A]) -> list[R]:
        """``[fn(x) for x in items]``, possibly in parallel, in input order."""
        results: dict[int, R] = dict(self.as_completed(fn, items, window=len(items) or 1))
        return [results[i] for i in range(len(items))]

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
    """In this process, in input order: the debugging baseline (and what ``workers=1`` means everywhere)."""

    name = "serial"

    def __init__(self, max_workers: int | None = None) -> None:
        del max_workers  # accepted so every executor is built the same way

    def as_completed(
        self, fn: Callable[[A], R], items: Sequence[A], window: int | None = None
    ) -> Iterator[tuple[int, R]]:
        for i, x in enumerate(items):
            yield i, fn(x)


class PoolExecutor(Executor):
    """A local pool of spawned processes (see the module docstring for why spawn).

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
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context("spawn"), initializer=worker_init
        )

    @property
    def workers(self) -> int:
        return self._workers

    def as_completed(
        self, fn: Callable[[A], R], items: Sequence[A], window: int | None = None
    ) -> Iterator[tuple[int, R]]:
        from concurrent.futures import FIRST_COMPLETED, Future, wait

        limit = max(1, window or 2 * self._workers)
        queue = list(enumerate(items))
        queue.reverse()
        running: dict[Future[R], int] = {}
        try:
            while queue or running:
                while queue and len(running) < limit:
                    i, x = queue.pop()
                    running[self._pool.submit(fn, x)] = i
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=running.__getitem__):
                    yield running.pop(future), future.result()
        except BaseException:
            for future in running:
                future.cancel()
            self._kill()
            raise

    def _kill(self) -> None:
        """Stop at once (Ctrl-C, a failed task): cancel what is queued and kill the workers instead of waiting."""
        processes = list(getattr(self._pool, "_processes", {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.kill()
        for process in processes:
            process.join(timeout=5)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


RAY_START_ATTEMPTS = 3


class RayExecutor(Executor):
    """Tasks on Ray, one CPU each.

    Args:
        address: a cluster address (``ray://host:port`` or ``host:port``), or "local" to start a local instance.
        max_workers: CPUs of a local instance (default: all cores); ignored when connecting to a cluster.
    """

    name = "ray"

    def __init__(self, address: str = "local", max_workers: int | None = None, *, num_cpus: int | None = None) -> None:
        try:
            import ray
        except ImportError as e:  # pragma: no cover - ray is a declared dependency
            raise ConfigError("the Ray executor needs ray: pip install 'ray[default]'") from e
        self._ray = ray
        self._started_here = not ray.is_initialized()
        cpus = num_cpus if num_cpus is not None else max_workers
        if self._started_here:
            self._start(address, cpus)
        self._remote_cache: dict[Callable[..., Any], Any] = {}

    def _start(self, address: str, cpus: int | None, attempts: int = RAY_START_ATTEMPTS) -> None:
        """Start (or join) Ray. Ray gives its local node a fixed 30 s to register; on a loaded machine that can pass,
        so a failed start is shut down and retried before it becomes one clear error."""
        ray = self._ray
        for attempt in range(1, attempts + 1):
            try:
                if address == "local":
                    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, configure_logging=False)
                else:
                    ray.init(address=address, log_to_driver=False, configure_logging=False)
                return
            except Exception as e:  # Ray raises a bare Exception when its node does not come up in time
                ray.shutdown()
                if attempt == attempts:
                    raise ConfigError(f"Ray did not start ({attempts} attempts): {e}") from e

    @property
    def workers(self) -> int:
        return int(self._ray.cluster_resources().get("CPU", 1))

    def as_completed(
        self, fn: Callable[[A], R], items: Sequence[A], window: int | None = None
    ) -> Iterator[tuple[int, R]]:
        remote = self._remote_cache.get(fn)
        if remote is None:
            remote = self._ray.remote(num_cpus=1)(fn)
            self._remote_cache[fn] = remote
        limit = max(1, window or 2 * self.workers)
        queue = list(enumerate(items))
        queue.reverse()
        running: dict[Any, int] = {}
        try:
            while queue or running:
                while queue and len(running) < limit:
                    i, x = queue.pop()
                    running[remote.remote(x)] = i
                done, _ = self._ray.wait(list(running), num_returns=1)
                for ref in done:
                    yield running.pop(ref), self._ray.get(ref)
        except BaseException:
            for ref in running:
                self._ray.cancel(ref, force=True)
            raise

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()


EXECUTORS: Registry[type[Executor]] = Registry("executor", base=Executor)
EXECUTORS.register("serial", SerialExecutor)
EXECUTORS.register("pool", PoolExecutor)
EXECUTORS.register("ray", RayExecutor)


def make_executor(kind: str = "pool", *, workers: int | None = None, ray_address: str | None = None) -> Executor:
    """Build an executor by registered name or dotted path ("serial", "pool", "ray"; ``ray_address`` defaults to
    "local").

    Raises:
        ConfigError: unknown kind (the message lists the valid names).
    """
    cls = EXECUTORS.get(kind)
    if cls is RayExecutor:
        return RayExecutor(ray_address or "local", max_workers=workers)
    return cls(max_workers=workers)  # type: ignore[call-arg]


__all__ = [
    "EXECUTORS",
    "Executor",
    "PoolExecutor",
    "RayExecutor",
    "SerialExecutor",
    "make_executor",
    "set_parent_death_signal",
    "worker_init",
]
