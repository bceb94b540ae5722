"""Find an LLVM installation (17 or newer) and build its tools' command lines.

``Toolchain`` is the only place an ``opt`` pipeline or an ``llc`` lowering is spelled out: ``optimize_ir`` and
``lower`` take IR and a pipeline / a ``CodegenConfig`` and return the ``ToolRun``; every other module calls them.

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
from typing import Literal

from llmopt.errors import ToolchainNotFoundError
from llmopt.toolchain.flavour import CodegenConfig
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

    def optimize_ir(
        self,
        ir: str | bytes | Path,
        pipeline: str,
        *,
        emit: Literal["text", "bitcode", "none"] = "text",
        out: Path | None = None,
        extra_args: Sequence[str] = (),
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> ToolRun:
        """Run ``opt -passes=<pipeline>`` on IR and return the run (a failing pass is a result, not an exception).

        Args:
            ir: IR text or bitcode bytes (sent on stdin), or the path of a .ll/.bc file.
            pipeline: canonical pipeline text (``PassList.to_pipeline()``); empty = no passes (opt still parses,
                verifies and prints the module).
            emit: "text" (``-S``), "bitcode", or "none" (``-disable-output``: only whether it runs, and stderr).
            out: file to write the result to; None = stdout (``run.stdout``).
            extra_args: further opt options (e.g. ``-cost-kind=latency``, ``--strip-debug``).
            timeout_s: wall-clock limit.
        """
        args: list[str] = [f"-passes={pipeline}" if pipeline else "-passes=verify", *extra_args]
        if emit == "text":
            args.append("-S")
        elif emit == "none":
            args.append("-disable-output")
        if emit != "none":
            args += ["-o", str(out) if out is not None else "-"]
        data, source = _ir_input(ir)
        return self.run("opt", [*args, source], input=data, timeout_s=timeout_s)

    def lower(
        self,
        ir: str | bytes | Path,
        codegen: CodegenConfig,
        *,
        filetype: Literal["obj", "asm"] = "obj",
        out: Path | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> ToolRun:
        """Lower IR with ``llc`` and ``codegen``'s options (the module's own target triple; llc verifies first).

        Args:
            ir: IR text or bitcode bytes (stdin), or the path of a .ll/.bc file.
            codegen: opt level and relocation model.
            filetype: "obj" (object file) or "asm" (assembly text).
            out: file to write; None = stdout (``run.stdout`` holds the object bytes or the assembly).
            timeout_s: wall-clock limit.
        """
        data, source = _ir_input(ir)
        args = [*codegen.llc_args, f"-filetype={filetype}", "-o", str(out) if out is not None else "-", source]
        return self.run("llc", args, input=data, timeout_s=timeout_s)

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


def _ir_input(ir: str | bytes | Path) -> tuple[bytes | None, str]:
    """(stdin bytes, the input argument) for IR given as text, bitcode or a file path."""
    if isinstance(ir, Path):
        return None, str(ir)
    return (ir.encode() if isinstance(ir, str) else ir), "-"


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
