"""The Alive2 adapter: its report parser on recorded-format reports, and a clear answer when alive-tv is missing.

The report texts below follow alive-tv's output format (a banner, both functions, the verdict line, an optional
``ERROR:`` line and ``Example:`` section, then the summary); Alive2 is not installable here, so no binary is run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from llmopt.errors import ConfigError
from llmopt.toolchain import IRModule
from llmopt.verify.alive2 import Alive2Verifier, parse_alive_report
from llmopt.verify.registry import get_verifier
from llmopt.verify.result import Verdict

FUNCTIONS = """----------------------------------------
define i32 @f(i32 %x) {
#0:
  %r = add i32 %x, 0
  ret i32 %r
}
=>
define i32 @f(i32 %x) {
#0:
  ret i32 %x
}
"""


def summary(correct: int = 0, incorrect: int = 0, failed: int = 0, errors: int = 0) -> str:
    return (
        f"\nSummary:\n  {correct} correct transformations\n  {incorrect} incorrect transformations\n"
        f"  {failed} failed-to-prove transformations\n  {errors} Alive2 errors\n"
    )


CORRECT = FUNCTIONS + "Transformation seems to be correct!\n" + summary(correct=1)

WRONG = (
    FUNCTIONS
    + """Transformation doesn't verify!

ERROR: Value mismatch

Example:
i32 %x = #x00000001 (1)

Source:
i32 %r = #x00000002 (2)

Target:
Source value: #x00000002 (2)
Target value: #x00000001 (1)
"""
    + summary(incorrect=1)
)

POISON = (
    FUNCTIONS
    + """Transformation doesn't verify!

ERROR: Target is more poisonous than source

Example:
i32 %x = #x7fffffff (2147483647)

Source:
i32 %r = #x80000000 (2147483648, -2147483648)

Target:
i32 %r = poison
Source value: #x80000000 (2147483648, -2147483648)
Target value: poison
"""
    + summary(incorrect=1)
)

TIMEOUT = FUNCTIONS + "ERROR: Timeout\n" + summary(failed=1)
SMT_TIMEOUT = FUNCTIONS + "ERROR: SMT Error: timeout\n" + summary(errors=1)
UNSUPPORTED = "ERROR: Unsupported instruction:   %v = va_arg ptr %ap, i32\n" + summary(errors=1)
UNTRANSLATABLE = "ERROR: Could not translate 'f' to Alive IR\n" + summary(errors=1)
COULDNT_PROVE = (
    FUNCTIONS
    + """ERROR: Couldn't prove the correctness of the transformation
Alive2 approximated the semantics of the programs and therefore we
cannot conclude whether the bug found is valid or not.

Approximations done:
 - Unknown libcall: @ext

"""
    + summary(failed=1)
)
PARSE_ERROR = "alive-tv: /tmp/llmopt-alive-x/tgt.ll:4:15: error: use of undefined value '%y'\n  %r = add i32 %x, %y\n"


@pytest.mark.parametrize(
    ("report", "verdict", "reason_part"),
    [
        (CORRECT, Verdict.EQUIVALENT, "seems to be correct"),
        (WRONG, Verdict.NOT_EQUIVALENT, "Value mismatch"),
        (POISON, Verdict.NOT_EQUIVALENT, "more poisonous"),
        (TIMEOUT, Verdict.INCONCLUSIVE, "timeout"),
        (SMT_TIMEOUT, Verdict.INCONCLUSIVE, "timeout"),
        (UNSUPPORTED, Verdict.INCONCLUSIVE, "unsupported by alive2: Unsupported instruction"),
        (UNTRANSLATABLE, Verdict.INCONCLUSIVE, "Could not translate"),
        (COULDNT_PROVE, Verdict.INCONCLUSIVE, "Unknown libcall: @ext"),
        (PARSE_ERROR, Verdict.SYNTAX_ERROR, "use of undefined value '%y'"),
        ("Segmentation fault\n", Verdict.INCONCLUSIVE, "unrecognized alive-tv output: 'Segmentation fault'"),
        ("", Verdict.INCONCLUSIVE, "unrecognized"),
    ],
)
def test_reports_map_to_verdicts(report: str, verdict: Verdict, reason_part: str) -> None:
    parsed = parse_alive_report(report)
    assert parsed.verdict is verdict
    assert reason_part in parsed.reason


def test_counterexample_holds_arguments_and_both_values() -> None:
    ce = parse_alive_report(WRONG).counterexample
    assert ce == {
        "what": "Value mismatch",
        "arguments": {"%x": "#x00000001 (1)"},
        "source": {"%r": "#x00000002 (2)", "value": "#x00000002 (2)"},
        "target": {"Source value": "#x00000002 (2)", "Target value": "#x00000001 (1)", "value": "#x00000001 (1)"},
    }
    poison = parse_alive_report(POISON).counterexample
    assert poison["arguments"] == {"%x": "#x7fffffff (2147483647)"} and poison["target"]["value"] == "poison"
    assert parse_alive_report(CORRECT).counterexample is None


def test_missing_alive_tv_is_a_clear_config_error_or_inconclusive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match=r"alive-tv not found at .*nowhere/alive-tv.*build Alive2"):
        Alive2Verifier(alive_tv_path=tmp_path / "nowhere" / "alive-tv")
    not_executable = tmp_path / "alive-tv"
    not_executable.write_text("not a program")
    with pytest.raises(ConfigError, match="not an executable file"):
        Alive2Verifier(alive_tv_path=not_executable)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # alive-tv is found on PATH only
    verifier = get_verifier("alive2")
    assert isinstance(verifier, Alive2Verifier) and not verifier.available and verifier.name == "alive2"
    module = IRModule(text="define i32 @f(i32 %x) {\n  ret i32 %x\n}\n")
    (result,) = verifier.verify(module, module)
    assert result.verdict is Verdict.INCONCLUSIVE and result.function == "f"
    assert "alive-tv is not installed" in result.reason and "alive_tv_path" in result.reason
    assert os.environ["PATH"].endswith("empty")
