"""Layer 4: verification of transformed IR: translation validation (built-in z3, Alive2), differential testing.

Every verifier implements ``Verifier.verify(source, target, function=None, timeout_s=10)`` and returns one
``VerificationResult`` per function (equivalent / not_equivalent + counterexample / syntax_error / inconclusive).
Only EQUIVALENT is ever a proof. Look verifiers up by name with ``get_verifier("smt" | "alive2" | "differential")``.
``SmtVerifier`` is imported lazily so that importing this package does not load z3.
"""

from typing import Any

from llmopt.verify.base import DEFAULT_TIMEOUT_S, Verifier
from llmopt.verify.registry import get_verifier, verifier_names
from llmopt.verify.result import Verdict, VerificationResult

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "Alive2Verifier",
    "DifferentialVerifier",
    "PassListGate",
    "SmtVerifier",
    "Verdict",
    "VerificationResult",
    "Verifier",
    "build_corpus",
    "get_verifier",
    "verifier_names",
]

_LAZY = {
    "SmtVerifier": "llmopt.verify.smt",
    "Alive2Verifier": "llmopt.verify.alive2",
    "DifferentialVerifier": "llmopt.verify.differential",
    "build_corpus": "llmopt.verify.corpus",
    "PassListGate": "llmopt.verify.passlisteval",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'llmopt.verify' has no attribute {name!r}")
