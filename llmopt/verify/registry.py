"""Look verifiers up by name: ``smt`` (built-in z3 validator), ``alive2`` (adapter), ``differential`` (refutes only).

A dotted path ``package.module:ClassName`` (or ``package.module.ClassName``) is accepted too, for verifiers that live
outside llmopt. Imports are lazy so asking for ``smt`` never imports the others.
"""

from __future__ import annotations

import importlib
from typing import Any

from llmopt.errors import ConfigError
from llmopt.verify.base import Verifier

BUILTIN_VERIFIERS: dict[str, str] = {
    "smt": "llmopt.verify.smt:SmtVerifier",
    "alive2": "llmopt.verify.alive2:Alive2Verifier",
    "differential": "llmopt.verify.differential:DifferentialVerifier",
}


def _load(path: str) -> type:
    module_name, _, attr = path.partition(":") if ":" in path else path.rpartition(".")
    module = importlib.import_module(module_name)
    return getattr(module, attr)


def get_verifier(name: str, **options: Any) -> Verifier:
    """A verifier instance by registry name or dotted path.

    Args:
        name: "smt", "alive2", "differential", or ``package.module:Class``.
        **options: passed to the verifier's constructor.

    Returns:
        The verifier.

    Raises:
        ConfigError: unknown name (the message lists the valid ones) or a class that is not a ``Verifier``.
    """
    path = BUILTIN_VERIFIERS.get(name)
    if path is None and ("." in name or ":" in name):
        path = name
    if path is None:
        raise ConfigError(
            f"unknown verifier {name!r}; valid names: {', '.join(sorted(BUILTIN_VERIFIERS))} "
            "(or a dotted path package.module:Class)"
        )
    try:
        cls = _load(path)
    except (ImportError, AttributeError) as e:
        raise ConfigError(f"verifier {name!r} could not be loaded from {path}: {e}") from e
    if not (isinstance(cls, type) and issubclass(cls, Verifier)):
        raise ConfigError(f"verifier {name!r} ({path}) is not a subclass of llmopt.verify.base.Verifier")
    return cls(**options)


def verifier_names() -> list[str]:
    return sorted(BUILTIN_VERIFIERS)
