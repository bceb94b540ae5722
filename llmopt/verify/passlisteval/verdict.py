"""What the PassListEval gate answers for one pipeline: the verdict and each program's reason to reject.

Kept apart from ``gate`` (which computes verdicts) so that ``store`` (which keeps them) depends on the data only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

CACHE_FORMAT = "passlisteval-verdict-v1"


class FailureKind(str, Enum):
    """Why one program rejected a list."""

    COMPILE_ERROR = "compile_error"  # opt/llc/the linker exited with an error (e.g. an invalid pipeline)
    CRASH = "crash"  # a compiler tool or the test binary was killed by a signal
    TIMEOUT = "timeout"  # a compiler tool or the test binary ran past its limit
    WRONG_OUTPUT = "wrong_output"  # a self-check failed, the exit code was not 0, or a Csmith checksum differs


@dataclass(frozen=True)
class GateFailure:
    """One program's reason to reject: which program, what kind of failure, at which stage, and the detail."""

    program: str
    kind: FailureKind
    message: str
    stage: str = ""  # "opt", "llc", "link" or "run"

    def to_json(self) -> dict[str, str]:
        return {"program": self.program, "kind": self.kind.value, "message": self.message, "stage": self.stage}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> GateFailure:
        return cls(
            program=data["program"],
            kind=FailureKind(data["kind"]),
            message=data["message"],
            stage=data.get("stage", ""),
        )


@dataclass(frozen=True)
class GateVerdict:
    """The gate's answer for one pipeline.

    Attributes:
        pipeline: the pipeline text that was checked.
        passed: True only when every program compiled, ran in time and passed its checks.
        failures: why it was rejected (one entry when the gate stopped at the first failure).
        walltime_s: time the check took when it was computed (a cached verdict keeps the original time).
        programs_checked: how many programs were built and run to reach this verdict.
        complete: False when the gate stopped at the first failure before trying every program.
        cached: this verdict came from the cache.
        toolchain: the LLVM identity it holds for.
        suite: the suite fingerprint it holds for.
    """

    pipeline: str
    passed: bool
    failures: tuple[GateFailure, ...] = ()
    walltime_s: float = 0.0
    programs_checked: int = 0
    complete: bool = True
    cached: bool = False
    toolchain: str = ""
    suite: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CACHE_FORMAT,
            "pipeline": self.pipeline,
            "passed": self.passed,
            "failures": [f.to_json() for f in self.failures],
            "walltime_s": self.walltime_s,
            "programs_checked": self.programs_checked,
            "complete": self.complete,
            "toolchain": self.toolchain,
            "suite": self.suite,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], cached: bool = False) -> GateVerdict:
        return cls(
            pipeline=data["pipeline"],
            passed=data["passed"],
            failures=tuple(GateFailure.from_json(f) for f in data["failures"]),
            walltime_s=data["walltime_s"],
            programs_checked=data["programs_checked"],
            complete=data["complete"],
            cached=cached,
            toolchain=data["toolchain"],
            suite=data["suite"],
        )


__all__ = ["CACHE_FORMAT", "FailureKind", "GateFailure", "GateVerdict"]
