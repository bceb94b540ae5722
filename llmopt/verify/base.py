"""The ``Verifier`` extension point: one method, ``verify``, over a (source, target) pair of IR modules.

Implementations: the built-in SMT translation validator (``smt``), the Alive2 adapter (``alive2``) and differential
testing (``differential``, can refute but never prove). Each returns one ``VerificationResult`` per function.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from llmopt.toolchain import IRModule, Toolchain
from llmopt.verify.result import VerificationResult

DEFAULT_TIMEOUT_S = 10.0


class Verifier(ABC):
    """Checks that the target IR refines the source IR, function by function.

    Class attributes:
        name: registry name ("smt", "alive2", "differential").
        can_prove: False for verifiers that can only refute (differential testing never answers EQUIVALENT).
    """

    name: str = ""
    can_prove: bool = True
    _toolchain: Toolchain | None = None

    @property
    def toolchain(self) -> Toolchain:
        """The LLVM the verifier uses; discovered on first use when none was given."""
        if self._toolchain is None:
            self._toolchain = Toolchain.discover()
        return self._toolchain

    @abstractmethod
    def verify(
        self,
        source: IRModule,
        target: IRModule,
        function: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> list[VerificationResult]:
        """Compare every function defined in ``source`` (or only ``function``) with its namesake in ``target``.

        Never raises for bad IR, a missing function or a timeout: those are SYNTAX_ERROR / INCONCLUSIVE results.
        """
