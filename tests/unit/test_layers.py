"""The layer order of docs/architecture.md, written as import-linter contracts in pyproject.toml, holds.

Why a test: a lower layer importing a higher one (``toolchain`` reaching into ``metrics``, ``verify`` into
``autotune``) compiles and runs fine until the day it forms a cycle, so the order is checked on every run. A second
check runs the same tool on a contract that is known to be broken, so that a misconfigured linter (no modules found,
contracts not read) cannot pass silently.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = (
    "import sys; from importlinter.cli import lint_imports_command; sys.argv[0] = 'lint-imports'; "
    "sys.exit(lint_imports_command())"
)


def _lint_imports(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", LINT, "--no-cache", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_layer_contracts_are_kept() -> None:
    run = _lint_imports()
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "Contracts: 2 kept, 0 broken." in run.stdout


def test_a_reversed_layer_order_is_reported(tmp_path: Path) -> None:
    config = tmp_path / ".importlinter"
    config.write_text(
        "[importlinter]\nroot_package = llmopt\n\n"
        "[importlinter:contract:reversed]\nname = toolchain above cli\ntype = layers\n"
        "layers =\n    llmopt.toolchain\n    llmopt.cli\n"
    )
    run = _lint_imports(str(config), cwd=tmp_path)
    assert run.returncode == 1
    assert "toolchain above cli BROKEN" in run.stdout
    assert "llmopt.cli" in run.stdout and "llmopt.toolchain" in run.stdout
