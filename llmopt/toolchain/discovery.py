"""Find an LLVM installation (17 or newer) and build its tools' command lines.

Search order: an explicit directory (argument / ``LLMOPT_LLVM_BIN`` / config, via ``Settings``) wins; then versioned
tools on PATH (``opt-19``, ``opt-18``, ...) and ``/usr/lib/llvm-N/bin``, newest first; then unversioned tools on PATH.
A found directory must hold every tool llmopt needs and report a version >= 17, otherwise the next candidate is tried
and, if none fits, one error names everything that was looked at and the command that installs LLVM.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from llmopt.errors import ToolchainNotFoundError
from llmopt.toolchain.process import DEFAULT_TIMEOUT_S, ToolRun, run_process

MIN_MAJOR = 17
NEWEST_MAJOR_PROBED = 30
REQUIRED_TOOLS = ("clang", "opt", "llc", "llvm-size", "llvm-extract", "llvm-dis", "llvm-as", "llvm-link")
INSTALL_HINT = "sudo apt-get install clang-19 llvm-19 llvm-19-dev   (or set LLMOPT_LLVM_BIN to an LLVM >= 17 bin dir)"
_VERSION_RE = re.compile(r"LLVM version (\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True)
class Toolchain:
    """One LLVM installation: its bin directory and version; the only builder of LLVM tool command lines."""

    bin_dir: Path
    version: str  # e.g. "19.1.7"

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])

    @property
    def identity(self) -> str:
        """What results record and cache keys include, so numbers from different LLVMs never mix."""
        return f"llvm-{self.version}"

    def tool(self, name: str) -> Path:
        path = self.bin_dir / name
        if not path.exists():
            raise ToolchainNotFoundError(f"{name} not found in {self.bin_dir}; install it with: {INSTALL_HINT}")
        return path

    @cached_property
    def llvm_config(self) -> Path | None:
        path = self.bin_dir / "llvm-config"
        return path if path.exists() else None

    def run(
        self,
        tool: str,
        args: Sequence[str | os.PathLike[str]],
        *,
        input: bytes | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        cwd: str | os.PathLike[str] | None = None,
    ) -> ToolRun:
        """Run one LLVM tool of this installation (see ``process.run_process``)."""
        return run_process([self.tool(tool), *args], input=input, timeout_s=timeout_s, cwd=cwd)

    @classmethod
    def discover(cls, llvm_bin: str | os.PathLike[str] | None = None, path_env: str | None = None) -> Toolchain:
        """Find the LLVM to use.

        Args:
            llvm_bin: explicit bin directory (from an argument, ``LLMOPT_LLVM_BIN`` or the config file); when given,
                it is the only candidate.
            path_env: the PATH to search (default: this process's PATH).

        Raises:
            ToolchainNotFoundError: nothing usable was found; the message lists what was tried and why it failed.
        """
        tried: list[str] = []
        for candidate in _candidates(llvm_bin, path_env):
            found = _probe(candidate, tried)
            if found is not None:
                return found
        what = "\n  ".join(tried) if tried else "(no candidate directories found)"
        raise ToolchainNotFoundError(
            f"no usable LLVM >= {MIN_MAJOR} found. Looked at:\n  {what}\nInstall it with: {INSTALL_HINT}"
        )


def _candidates(llvm_bin: str | os.PathLike[str] | None, path_env: str | None) -> list[Path]:
    if llvm_bin is not None:
        return [Path(llvm_bin).expanduser()]
    search_path = os.environ.get("PATH", "") if path_env is None else path_env
    out: list[Path] = []
    for major in range(NEWEST_MAJOR_PROBED, MIN_MAJOR - 1, -1):
        versioned = shutil.which(f"opt-{major}", path=search_path)
        if versioned:
            out.append(Path(os.path.realpath(versioned)).parent)
        out.append(Path(f"/usr/lib/llvm-{major}/bin"))
    plain = shutil.which("opt", path=search_path)
    if plain:
        out.append(Path(os.path.realpath(plain)).parent)
    seen: set[Path] = set()
    unique = []
    for p in out:
        if p not in seen and (llvm_bin is not None or p.is_dir()):
            seen.add(p)
            unique.append(p)
    return unique


def _probe(bin_dir: Path, tried: list[str]) -> Toolchain | None:
    missing = [t for t in REQUIRED_TOOLS if not (bin_dir / t).exists()]
    if missing:
        tried.append(f"{bin_dir}: missing {', '.join(missing)}")
        return None
    run = run_process([bin_dir / "opt", "--version"], timeout_s=30)
    match = _VERSION_RE.search(run.stdout_text + run.stderr_tail)
    if not run.ok or match is None:
        tried.append(f"{bin_dir}: `opt --version` failed or printed no version ({run.describe()})")
        return None
    version = ".".join(match.groups())
    if int(match.group(1)) < MIN_MAJOR:
        tried.append(f"{bin_dir}: LLVM {version} is older than {MIN_MAJOR}")
        return None
    return Toolchain(bin_dir=bin_dir, version=version)
