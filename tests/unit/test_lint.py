"""The code base stays clean under the project's ruff rules (``[tool.ruff]`` in pyproject.toml), so lint findings
fail CI here instead of piling up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_check_is_clean() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "llmopt", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_format_is_clean() -> None:
    # One formatting for the whole code base (issue 10): `ruff format llmopt tests benchmarks` fixes a finding.
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "llmopt", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
