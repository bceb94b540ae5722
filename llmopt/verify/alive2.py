"""Adapter for Alive2's ``alive-tv``: run it per function and map its report to the four verdicts.

``alive-tv SRC.ll TGT.ll --func=NAME --smt-to=MS`` checks that the target function refines the source function and
prints a report; it exits 0 even when the transformation is wrong, so the verdict comes from the text:

* ``Transformation seems to be correct!`` -> EQUIVALENT;
* ``Transformation doesn't verify!`` followed by ``ERROR: <what>`` and an ``Example:`` section (argument values, then
  ``Source:``/``Target:`` values) -> NOT_EQUIVALENT, with the example as the counterexample;
* ``ERROR: Timeout`` / ``SMT Error: timeout`` / out of memory / ``ERROR: Unsupported ...`` / ``Could not translate`` /
  ``ERROR: Couldn't prove the correctness ...`` (approximations made) -> INCONCLUSIVE with the reason;
* LLVM parse errors of either file -> SYNTAX_ERROR.

Anything else is INCONCLUSIVE with the raw output quoted, never a guess.

Limits: Alive2 is not packaged for this machine, so the parser is tested on report texts written from its documented
format, not on a live binary; Alive2 must have been built against an LLVM whose IR syntax matches the IR given to it.
Not covered: Alive2's own options beyond the SMT timeout (pass them with ``extra_args``), whole-module checks.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError
from llmopt.toolchain import IRModule, run_process
from llmopt.verify.base import DEFAULT_TIMEOUT_S, Verifier
from llmopt.verify.result import Verdict, VerificationResult

INSTALL_HINT = (
    "build Alive2 (https://github.com/AliveToolkit/alive2, with -DBUILD_TV=1) against the same LLVM "
    "and put alive-tv on PATH, or pass its path (alive_tv_path= / --alive-tv)"
)

_CORRECT = "Transformation seems to be correct!"
_WRONG = "Transformation doesn't verify!"
_ERROR_RE = re.compile(r"^ERROR: (.*)$", re.MULTILINE)
_PARSE_ERROR_RE = re.compile(r"(?:^|\s)(?:[^\s:]+\.ll|<stdin>):(\d+):(\d+): error: (.*)$", re.MULTILINE)
_VALUE_RE = re.compile(r"^(?P<type>.+?) (?P<name>%[-\w$.]+|@[-\w$.]+) = (?P<value>.*)$")


@dataclass(frozen=True)
class AliveReport:
    """One alive-tv report reduced to what llmopt needs."""

    verdict: Verdict
    reason: str
    counterexample: dict[str, Any] | None = None


def parse_alive_report(text: str) -> AliveReport:
    """Map alive-tv's printed report for one function to a verdict (see the module docstring for the rules).

    Args:
        text: everything alive-tv printed (stdout and stderr together).

    Returns:
        The verdict, a one-line reason and, for a refutation, the parsed ``Example:`` section.
    """
    parse_error = _PARSE_ERROR_RE.search(text)
    if parse_error:
        return AliveReport(
            Verdict.SYNTAX_ERROR, f"IR does not parse (line {parse_error.group(1)}): {parse_error.group(3).strip()}"
        )
    if "Could not read bitcode" in text or "error: expected" in text:
        return AliveReport(Verdict.SYNTAX_ERROR, f"IR does not parse: {_first_line_with(text, 'error')}")
    errors = [e.strip() for e in _ERROR_RE.findall(text)]
    if _WRONG in text:
        what = errors[0] if errors else "transformation doesn't verify"
        return AliveReport(Verdict.NOT_EQUIVALENT, what, _parse_example(text, what))
    for e in errors:
        low = e.lower()
        if "couldn't prove" in low or "could not prove" in low:
            approx = _section(text, "Approximations done:")
            extra = f" (approximations: {'; '.join(approx)})" if approx else ""
            return AliveReport(Verdict.INCONCLUSIVE, f"alive2 couldn't prove correctness{extra}")
        if "timeout" in low:
            return AliveReport(Verdict.INCONCLUSIVE, f"alive2 timeout: {e}")
        if "out of memory" in low:
            return AliveReport(Verdict.INCONCLUSIVE, f"alive2 ran out of memory: {e}")
        if "unsupported" in low or "could not translate" in low:
            return AliveReport(Verdict.INCONCLUSIVE, f"unsupported by alive2: {e}")
    if _CORRECT in text:
        return AliveReport(Verdict.EQUIVALENT, "alive2: transformation seems to be correct")
    if errors:
        return AliveReport(Verdict.INCONCLUSIVE, f"alive2 error: {errors[0]}")
    snippet = " ".join(text.split())[:300]
    return AliveReport(Verdict.INCONCLUSIVE, f"unrecognized alive-tv output: {snippet!r}")


def _first_line_with(text: str, word: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if word in ln), text.strip()[:200])


def _section(text: str, header: str) -> list[str]:
    """Non-empty lines after ``header`` up to the next blank line."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == header:
            out = []
            for nxt in lines[i + 1 :]:
                if not nxt.strip():
                    break
                out.append(nxt.strip().lstrip("- ").strip())
            return out
    return []


def _values(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        m = _VALUE_RE.match(line)
        if m:
            out[m["name"]] = m["value"].strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out


def _parse_example(text: str, what: str) -> dict[str, Any]:
    """The ``Example:`` section: argument values, and the source/target values alive-tv lists after it."""
    arguments = _values(_section(text, "Example:"))
    source = _values(_section(text, "Source:"))
    target = _values(_section(text, "Target:"))
    # "Source value: ..." / "Target value: ..." lines may sit in the Target: block or stand alone
    for line in text.splitlines():
        for side, store in (("Source value:", source), ("Target value:", target)):
            if line.strip().startswith(side):
                store["value"] = line.split(":", 1)[1].strip()
    return {"what": what, "arguments": arguments, "source": source, "target": target}


class Alive2Verifier(Verifier):
    """Runs ``alive-tv`` once per function (see the module docstring).

    Args:
        alive_tv_path: the ``alive-tv`` binary; default: ``alive-tv`` on PATH (``available`` says whether found).
        extra_args: more alive-tv options, e.g. ``("--disable-undef-input",)``.

    Raises:
        ConfigError: ``alive_tv_path`` was given but is not an executable file.
    """

    name = "alive2"
    can_prove = True

    def __init__(self, alive_tv_path: str | os.PathLike[str] | None = None, extra_args: Sequence[str] = ()) -> None:
        if alive_tv_path is not None:
            path = Path(alive_tv_path).expanduser()
            if not path.is_file() or not os.access(path, os.X_OK):
                raise ConfigError(f"alive-tv not found at {path} (not an executable file); {INSTALL_HINT}")
            self.alive_tv: Path | None = path
        else:
            found = shutil.which("alive-tv")
            self.alive_tv = Path(found) if found else None
        self.extra_args = tuple(extra_args)

    @property
    def available(self) -> bool:
        return self.alive_tv is not None

    def verify(
        self, source: IRModule, target: IRModule, function: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> list[VerificationResult]:
        names = [function] if function is not None else [n.strip('"') for n in source.defined_functions]
        if self.alive_tv is None:
            return [
                VerificationResult(
                    function=n,
                    verdict=Verdict.INCONCLUSIVE,
                    verifier=self.name,
                    reason=f"alive-tv is not installed (not on PATH); {INSTALL_HINT}",
                )
                for n in names
            ]
        results = []
        with tempfile.TemporaryDirectory(prefix="llmopt-alive-") as tmp:
            src, tgt = Path(tmp) / "src.ll", Path(tmp) / "tgt.ll"
            src.write_text(source.text)
            tgt.write_text(target.text)
            for name in names:
                results.append(self._verify_one(src, tgt, name, source, target, timeout_s))
        return results

    def _verify_one(
        self, src: Path, tgt: Path, name: str, source: IRModule, target: IRModule, timeout_s: float
    ) -> VerificationResult:
        start = time.perf_counter()
        for role, module in (("source", source), ("target", target)):
            if name not in {n.strip('"') for n in module.defined_functions}:
                return VerificationResult(
                    function=name,
                    verdict=Verdict.SYNTAX_ERROR,
                    verifier=self.name,
                    reason=f"function @{name} is not defined in the {role}",
                )
        assert self.alive_tv is not None
        smt_ms = max(100, int(timeout_s * 1000 * 0.9))  # leave alive-tv time to print its report
        run = run_process(
            [self.alive_tv, f"--func={name}", f"--smt-to={smt_ms}", *self.extra_args, src, tgt],
            timeout_s=timeout_s + 5.0,
        )
        elapsed = time.perf_counter() - start
        if run.timed_out:
            return VerificationResult(
                function=name,
                verdict=Verdict.INCONCLUSIVE,
                verifier=self.name,
                reason=f"timeout after {timeout_s:g} s",
                walltime_s=elapsed,
            )
        report = parse_alive_report(run.stdout_text + "\n" + run.stderr_tail)
        if run.crashed and report.verdict is not Verdict.NOT_EQUIVALENT:
            report = AliveReport(Verdict.INCONCLUSIVE, f"alive-tv crashed: {run.describe()}")
        return VerificationResult(
            function=name,
            verdict=report.verdict,
            reason=report.reason,
            counterexample=report.counterexample,
            verifier=self.name,
            walltime_s=elapsed,
            details={"returncode": run.returncode},
        )
