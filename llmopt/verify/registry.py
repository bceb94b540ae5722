"""Look verifiers up by name: ``smt`` (built-in z3 validator), ``alive2`` (adapter), ``differential`` (refutes only).

A dotted path ``package.module:ClassName`` (or ``package.module.ClassName``) is accepted too, for verifiers that live
outside llmopt, and ``register_verifier`` adds a name. Built-ins are lazy dotted paths in one ``Registry``, so asking
for ``smt`` never imports the others.
"""

from __future__ import annotations

from typing import Any

from llmopt.registry import Registry
from llmopt.verify.base import Verifier

VERIFIERS: Registry[type[Verifier]] = Registry("verifier", base=Verifier)
VERIFIERS.register("smt", "llmopt.verify.smt:SmtVerifier")
VERIFIERS.register("alive2", "llmopt.verify.alive2:Alive2Verifier")
VERIFIERS.register("differential", "llmopt.verify.differential:DifferentialVerifier")


def register_verifier(name: str, cls: type[Verifier] | str, *, replace: bool = False) -> None:
    """Make ``get_verifier(name)`` build ``cls`` (a ``Verifier`` subclass or its lazy ``"package.module:Class"``)."""
    VERIFIERS.register(name, cls, replace=replace)


def unregister_verifier(name: str) -> None:
    """Remove a registration (tests use this on teardown); an unknown name is ignored."""
    VERIFIERS.unregister(name)


def get_verifier(name: str, **options: Any) -> Verifier:
    """A verifier instance by registry name or dotted path.

    Args:
        name: "smt", "alive2", "differential", a registered name, or ``package.module:Class``.
        **options: passed to the verifier's constructor.

    Raises:
        ConfigError: unknown name (the message lists the valid ones), a path that cannot be imported, or a class that
            is not a ``Verifier``.
    """
    return VERIFIERS.get(name)(**options)


def verifier_names() -> list[str]:
    """The registered verifier names, sorted."""
    return VERIFIERS.names()


__all__ = ["VERIFIERS", "get_verifier", "register_verifier", "unregister_verifier", "verifier_names"]
