"""The typed core of llmopt stays clean under mypy (``[tool.mypy]`` in pyproject.toml), so type errors fail the test
suite instead of piling up (issue 10). The whole package is checked (tests and benchmarks are not). A cold run takes
about a minute (mypy's cache in ``.mypy_cache`` makes later runs take seconds), hence ``slow``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TYPED_PATHS = ("llmopt",)  # every layer: the CLI, data, prompts and backends included


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", *TYPED_PATHS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found" in run.stdout, run.stdout + run.stderr
