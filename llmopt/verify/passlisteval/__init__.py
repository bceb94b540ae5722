"""PassListEval: the correctness gate for pass lists, and per-program guards for a best result.

``PassListGate`` (gate.py) rejects a pass list that breaks any self-testing program of the suite (``programs/``,
``suite.py``) or changes the checksum of a Csmith program (``csmith.py``). Because a fixed suite cannot catch a bug
that only one program triggers, ``guards.py`` checks each program's own best result against its ``-Oz`` build.

Not covered here: proving equivalence (that is the translation validators' job in ``llmopt.verify``).
"""

from llmopt.verify.passlisteval.csmith import CsmithProgram, generate_csmith_programs, parse_checksum
from llmopt.verify.passlisteval.gate import (
    FailureKind,
    GateFailure,
    GateStatistics,
    GateVerdict,
    PassListGate,
)
from llmopt.verify.passlisteval.guards import (
    GuardReport,
    GuardResult,
    GuardStatus,
    differential_guard,
    guard_pass_list,
    run_guards,
    structural_guard,
    translation_guard,
)
from llmopt.verify.passlisteval.suite import SelfTestProgram, discover_programs, suite_fingerprint

__all__ = [
    "CsmithProgram",
    "FailureKind",
    "GateFailure",
    "GateStatistics",
    "GateVerdict",
    "GuardReport",
    "GuardResult",
    "GuardStatus",
    "PassListGate",
    "SelfTestProgram",
    "differential_guard",
    "discover_programs",
    "generate_csmith_programs",
    "guard_pass_list",
    "parse_checksum",
    "run_guards",
    "structural_guard",
    "suite_fingerprint",
    "translation_guard",
]
