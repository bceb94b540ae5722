"""One registry helper for every extension point: prompt formats, verifiers, task builders, corpus sources,
executors, model backends, inference strategies and rewards.

Why one helper: each extension point used to answer "look this up by name" its own way (a dict filled by import side
effects, a dict of dotted paths, a decorator). One small class gives all of them the same behaviour: register and
unregister by name, entries that are either the object itself or a lazy ``"package.module:attr"`` path (so asking for
one entry never imports the others' heavy dependencies), a dotted-path escape hatch for third-party code, an optional
base-type check, and one error message that lists the valid names.

Registration is explicit: a package registers its built-ins in its own ``__init__`` or registry module with lazy
paths, never by importing a module for its side effect.

Not covered: entry-point discovery of installed plugins (a later layer may add it on top of ``register``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Generic, TypeVar, cast

from llmopt.errors import ConfigError

T = TypeVar("T")


def load_dotted(path: str) -> object:
    """The object a ``"package.module:attr"`` (or ``"package.module.attr"``) path names.

    Raises:
        ConfigError: the module cannot be imported or has no such attribute; the message quotes the import error.
    """
    if ":" in path:
        module_name, _, attr = path.partition(":")
    else:
        module_name, _, attr = path.rpartition(".")
    if not module_name or not attr:
        raise ConfigError(f"{path!r} is not a dotted path of the form 'package.module:attr'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise ConfigError(f"cannot import {module_name!r} for {path!r}: {e}") from e
    try:
        obj: object = module
        for part in attr.split("."):
            obj = getattr(obj, part)
    except AttributeError as e:
        raise ConfigError(f"{module_name!r} has no attribute {attr!r} (from {path!r})") from e
    return obj


class Registry(Generic[T]):
    """Named entries of one kind, looked up by name or dotted path.

    Args:
        kind: what the entries are, for messages ("verifier", "model backend").
        base: when given, every resolved entry must be this class or a subclass of it (classes) or an instance of it.

    Example:
        >>> reg: Registry[type] = Registry("greeter")
        >>> reg.register("builtin", "builtins:str")
        >>> reg.get("builtin") is str
        True
        >>> reg.names()
        ['builtin']
    """

    def __init__(self, kind: str, base: type | None = None) -> None:
        self.kind = kind
        self.base = base
        self._entries: dict[str, object] = {}

    def register(self, name: str, entry: T | str, *, replace: bool = False) -> None:
        """Register ``entry`` (the object, or a lazy ``"package.module:attr"`` path) under ``name``.

        Raises:
            ConfigError: ``name`` is taken and ``replace`` is False, or ``name`` is empty or contains ':'.
        """
        if not name or ":" in name:
            raise ConfigError(f"{self.kind} name {name!r} must be non-empty and must not contain ':'")
        if name in self._entries and not replace:
            raise ConfigError(f"{self.kind} {name!r} is already registered; pass replace=True to replace it")
        self._entries[name] = entry

    def unregister(self, name: str) -> None:
        """Remove ``name`` (tests use this on teardown); an unknown name is ignored."""
        self._entries.pop(name, None)

    def names(self) -> list[str]:
        """The registered names, sorted."""
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def get(self, name: str) -> T:
        """The entry registered as ``name``, or the object a dotted path names.

        Raises:
            ConfigError: an unknown name (the message lists the valid ones), an entry that cannot be imported, or one
                that is not of the registry's base type.
        """
        if name in self._entries:
            entry = self._entries[name]
            if isinstance(entry, str):
                entry = load_dotted(entry)
                self._entries[name] = entry
        elif "." in name or ":" in name:
            entry = load_dotted(name)
        else:
            valid = ", ".join(self.names()) or "(none registered)"
            raise ConfigError(
                f"unknown {self.kind} {name!r}; valid names: {valid} (or a dotted path 'package.module:attr')"
            )
        self._check_base(name, entry)
        return cast(T, entry)

    def _check_base(self, name: str, entry: object) -> None:
        if self.base is None:
            return
        ok = (isinstance(entry, type) and issubclass(entry, self.base)) or isinstance(entry, self.base)
        if not ok:
            raise ConfigError(f"{self.kind} {name!r} is {entry!r}, not a {self.base.__module__}.{self.base.__name__}")


__all__ = ["Registry", "load_dotted"]
