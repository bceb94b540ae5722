"""One answer to "may this pass list be used on this program?": the gate, the per-program guards and translation
validation behind one typed call that returns one ``Verdict``.

Before, three vocabularies answered it: the PassListEval gate (``GateVerdict.passed``), the guards
(``GuardReport.accepted``) and the translation validators (``VerificationResult.verdict``), and every caller wired
them itself. ``Acceptance`` runs what an ``AcceptanceConfig`` asks for, in cost order, and says:

* ``check_list(pass_list)``: the program-independent gate (the suite of self-testing programs and Csmith programs,
  compiled in the configured flavour and lowered with its codegen). Its verdicts live in one ``GateVerdictStore``
  under the settings data dir, keyed by (pass list, LLVM identity, flavour, codegen, suite), shared by
  ``llmopt gate``, ``llmopt autotune``, ``optimize`` and every later caller.
* ``check_program(module, pass_list)``: the guards for this program (structural and differential against its own
  ``-Oz`` build, optionally translation validation with the SMT verifier), measured through the ``Measurer`` and
  lowered with the flavour's codegen.
* ``accept(module, pass_list)``: both, the gate first (it is cached and program-independent); what model strategies
  call.

``default<Oz>`` and the empty list are accepted without checks: the compiler's own pipeline, and no transformation.

Limits: "accepted" means no check found a problem, never "proved correct" (the gate and the guards test; only
translation validation proves, per function, and it may be inconclusive, which does not reject).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Self

from llmopt.errors import ConfigError
from llmopt.metrics import CodegenConfig, Measurer
from llmopt.passes import PassList
from llmopt.toolchain import Flavour, IRModule, Toolchain

TRUSTED_PIPELINES = frozenset({"default<Oz>", ""})


class CheckStatus(str, Enum):
    PASSED = "passed"
    REJECTED = "rejected"
    INCONCLUSIVE = "inconclusive"  # the check could not decide; it does not reject


@dataclass(frozen=True)
class Check:
    """One check that ran: its name ("gate", "structural", "differential", "translation", "optimize"), outcome,
    one-line detail, time, and whether the answer came from a cache."""

    name: str
    status: CheckStatus
    detail: str = ""
    walltime_s: float = 0.0
    cached: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.name,
            "status": self.status.value,
            "detail": self.detail,
            "walltime_s": self.walltime_s,
            "cached": self.cached,
        }


@dataclass(frozen=True)
class Verdict:
    """The one answer: may the pass list be used? ``reason`` says why in one line; ``evidence`` lists every check
    that ran (empty for a trusted pipeline)."""

    pipeline: str
    accepted: bool
    reason: str
    evidence: tuple[Check, ...] = ()

    @property
    def checks(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.evidence)

    def to_json(self) -> dict[str, Any]:
        return {
            "pipeline": self.pipeline,
            "accepted": self.accepted,
            "reason": self.reason,
            "evidence": [c.to_json() for c in self.evidence],
        }

    @classmethod
    def combine(cls, pipeline: str, verdicts: tuple[Verdict, ...]) -> Verdict:
        """All checks of several verdicts; rejected by the first that rejected."""
        evidence = tuple(c for v in verdicts for c in v.evidence)
        for v in verdicts:
            if not v.accepted:
                return cls(pipeline, False, v.reason, evidence)
        return cls(pipeline, True, "; ".join(v.reason for v in verdicts), evidence)


@dataclass(frozen=True)
class GateConfig:
    """The PassListEval gate. ``flavour``/``codegen`` None: the acceptance flavour's (the tuning flavour)."""

    enabled: bool = True
    csmith: int = 10
    flavour: Flavour | None = None
    codegen: CodegenConfig | None = None
    timeout_s: float = 5.0
    max_workers: int = 2
    engine: bool = True  # opt + llc in the persistent engine (about 2x faster per check than processes)
    programs: tuple[str, ...] | None = None  # self-testing program names or number prefixes; None: all

    def __post_init__(self) -> None:
        if self.csmith < 0 or self.timeout_s <= 0 or self.max_workers < 1:
            raise ConfigError(
                f"gate settings out of range (csmith={self.csmith}, timeout_s={self.timeout_s}, "
                f"max_workers={self.max_workers}); use e.g. csmith=10, timeout_s=5, max_workers=2"
            )


@dataclass(frozen=True)
class GuardConfig:
    """Per-program guards: structural and differential (when runnable) always, translation validation if asked."""

    enabled: bool = True
    translation: bool = True  # SMT translation validation of every function (a refutation rejects)
    timeout_s: float = 10.0


@dataclass(frozen=True)
class AcceptanceConfig:
    """What ``Acceptance`` runs. ``flavour`` is the IR flavour the lists were tuned in; its codegen lowers them."""

    flavour: Flavour = Flavour.SIZE
    gate: GateConfig = field(default_factory=GateConfig)
    guards: GuardConfig = field(default_factory=GuardConfig)

    @property
    def gate_flavour(self) -> Flavour:
        return self.gate.flavour or self.flavour

    @property
    def gate_codegen(self) -> CodegenConfig:
        return self.gate.codegen or CodegenConfig.for_flavour(self.gate_flavour)

    @property
    def codegen(self) -> CodegenConfig:
        return CodegenConfig.for_flavour(self.flavour)

    @classmethod
    def none(cls, flavour: Flavour = Flavour.SIZE) -> AcceptanceConfig:
        """Accept every list (experiments only: the results are unverified)."""
        return cls(flavour=flavour, gate=GateConfig(enabled=False), guards=GuardConfig(enabled=False))


class AcceptancePolicy:
    """What the autotuner and strategies call. The base accepts everything; ``Acceptance`` is the real one.

    Subclass it to plug in another decision (tests use small deterministic policies)."""

    def check_list(self, pass_list: PassList | str) -> Verdict:
        """Program-independent checks (the gate)."""
        return Verdict(_text(pass_list), True, "no checks configured")

    def check_program(self, module: IRModule, pass_list: PassList | str, *, driver: Path | None = None) -> Verdict:
        """Checks of this program's result (guards, translation validation)."""
        return Verdict(_text(pass_list), True, "no checks configured")

    def accept(self, module: IRModule, pass_list: PassList | str, *, driver: Path | None = None) -> Verdict:
        """Both: may ``pass_list`` be used on ``module``? The gate first (cached, program-independent)."""
        text = _text(pass_list)
        if text in TRUSTED_PIPELINES:
            return Verdict(text, True, "trusted pipeline (the compiler's own -Oz, or no passes)")
        gate = self.check_list(text)
        if not gate.accepted:
            return gate
        return Verdict.combine(text, (gate, self.check_program(module, text, driver=driver)))

    def close(self) -> None:
        """Release engines and stores."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Acceptance(AcceptancePolicy):
    """The gate, the guards and translation validation as ``config`` says; see the module docstring.

    Args:
        toolchain: the LLVM that applies the lists.
        config: what to run.
        data_dir: the settings data dir (gate build cache, the shared verdict store, the engine).
        measurer: the guards' measurer (share the search's so they reuse its cache); None: one of its own.

    Example:
        >>> acceptance = Acceptance(Toolchain.discover(), AcceptanceConfig(), Path("/tmp/d"))   # doctest: +SKIP
        >>> acceptance.accept(module, "instcombine,simplifycfg").accepted                     # doctest: +SKIP
    """

    def __init__(
        self, toolchain: Toolchain, config: AcceptanceConfig, data_dir: Path, *, measurer: Measurer | None = None
    ) -> None:
        self.toolchain = toolchain
        self.config = config
        self.data_dir = Path(data_dir).expanduser()
        self._measurer = measurer
        self._own_measurer = measurer is None
        self._gate: Any = None
        self._verifier: Any = None
        self.gate_seconds = 0.0
        self.guard_seconds = 0.0

    @property
    def gate(self) -> Any:
        """The ``PassListGate`` (built on first use, so a run that never needs it never builds the suite)."""
        if self._gate is None:
            from llmopt.verify.passlisteval import PassListGate
            from llmopt.verify.passlisteval.store import GateVerdictStore

            gate = self.config.gate
            programs = None
            if gate.programs is not None:
                from llmopt.verify.passlisteval import discover_programs

                programs = discover_programs(names=gate.programs)
            self._gate = PassListGate(
                self.toolchain,
                self.data_dir / "gate",
                programs=programs,
                csmith_count=gate.csmith,
                timeout_s=gate.timeout_s,
                flavour=self.config.gate_flavour,
                codegen_level=f"-O{self.config.gate_codegen.opt_level}",
                max_workers=gate.max_workers,
                verdict_store=GateVerdictStore.for_data_dir(self.data_dir),
                engine_data_dir=self.data_dir if gate.engine else None,
            )
        return self._gate

    @property
    def measurer(self) -> Measurer:
        if self._measurer is None:
            self._measurer = Measurer(self.toolchain, data_dir=self.data_dir)
        return self._measurer

    def gate_verdict(self, pass_list: PassList | str, *, run_all: bool = False) -> Any:
        """The gate's own ``GateVerdict`` (per-program failures), through the shared store."""
        return self.gate.check(_text(pass_list), run_all=run_all)

    def check_list(self, pass_list: PassList | str) -> Verdict:
        text = _text(pass_list)
        if text in TRUSTED_PIPELINES or not self.config.gate.enabled:
            reason = "trusted pipeline" if text in TRUSTED_PIPELINES else "gate disabled"
            return Verdict(text, True, reason)
        start = time.perf_counter()
        verdict = self.gate_verdict(text)
        self.gate_seconds += time.perf_counter() - start
        if verdict.passed:
            detail = f"{verdict.programs_checked} programs passed"
        else:
            f = verdict.failures[0]
            detail = f"{f.program}: {f.kind.value} at {f.stage or 'build'}: {f.message}"[:300]
        check = Check(
            "gate",
            CheckStatus.PASSED if verdict.passed else CheckStatus.REJECTED,
            detail,
            verdict.walltime_s,
            verdict.cached,
        )
        reason = f"gate: {detail}" if not verdict.passed else "gate passed"
        return Verdict(text, verdict.passed, reason, (check,))

    def check_program(self, module: IRModule, pass_list: PassList | str, *, driver: Path | None = None) -> Verdict:
        text = _text(pass_list)
        if text in TRUSTED_PIPELINES or not self.config.guards.enabled:
            return Verdict(text, True, "trusted pipeline" if text in TRUSTED_PIPELINES else "guards disabled")
        from llmopt.verify.passlisteval import guard_pass_list

        start = time.perf_counter()
        verifier = None
        if self.config.guards.translation:
            if self._verifier is None:
                from llmopt.verify import SmtVerifier

                self._verifier = SmtVerifier(self.toolchain)
            verifier = self._verifier
        report = guard_pass_list(
            self.measurer,
            module,
            text,
            codegen=self.config.codegen,
            driver=driver,
            verifier=verifier,
            timeout_s=self.config.guards.timeout_s,
        )
        self.guard_seconds += time.perf_counter() - start
        evidence = tuple(
            Check(r.guard, CheckStatus(r.status.value), "; ".join(r.violations)[:300] or r.message, r.walltime_s)
            for r in report.results
        )
        if report.accepted:
            return Verdict(text, True, f"guards passed ({', '.join(c.name for c in evidence)})", evidence)
        return Verdict(text, False, report.violations[0] if report.violations else "a guard rejected it", evidence)

    def close(self) -> None:
        if self._gate is not None:
            self._gate.close()
        if self._own_measurer and self._measurer is not None:
            self._measurer.close()
            self._measurer = None


def _text(pass_list: PassList | str) -> str:
    return pass_list if isinstance(pass_list, str) else pass_list.to_pipeline()


__all__ = [
    "TRUSTED_PIPELINES",
    "Acceptance",
    "AcceptanceConfig",
    "AcceptancePolicy",
    "Check",
    "CheckStatus",
    "GateConfig",
    "GuardConfig",
    "Verdict",
]
