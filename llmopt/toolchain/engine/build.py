"""Build ``engine.cpp`` against the LLVM it will measure with, once per (LLVM version, source hash).

The binary lives under ``<data_dir>/engine/<llvm identity>-<source hash>/`` so upgrading LLVM or editing the source
builds a new one, and concurrent first uses (pytest workers, Ray tasks) build it once behind a file lock.
Needs the LLVM development package (``llvm-19-dev``: headers and ``llvm-config``) and a C++17 compiler.
"""

from __future__ import annotations

import fcntl
import hashlib
import shlex
import shutil
from pathlib import Path

from llmopt.errors import EngineError
from llmopt.toolchain.discovery import Toolchain
from llmopt.toolchain.process import run_process

SOURCE = Path(__file__).resolve().parent / "engine.cpp"
BINARY_NAME = "llmopt-engine"
BUILD_TIMEOUT_S = 600.0


def engine_source_hash() -> str:
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()[:12]


def engine_path(toolchain: Toolchain, data_dir: Path) -> Path:
    return Path(data_dir).expanduser() / "engine" / f"{toolchain.identity}-{engine_source_hash()}" / BINARY_NAME


def ensure_engine(toolchain: Toolchain, data_dir: Path) -> Path:
    """Path of a built engine for this toolchain, building it first if needed (~10-30 s).

    Raises:
        EngineError: no llvm-config / headers / C++ compiler, or the build failed (message has the compiler's error
            and the package to install).
    """
    binary = engine_path(toolchain, data_dir)
    if binary.is_file():
        return binary
    binary.parent.mkdir(parents=True, exist_ok=True)
    with open(binary.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if binary.is_file():  # built by someone else while we waited
            return binary
        _build(toolchain, binary)
    return binary


def _build(toolchain: Toolchain, binary: Path) -> None:
    hint = f"install it with: sudo apt-get install llvm-{toolchain.major}-dev g++"
    config = toolchain.llvm_config
    if config is None:
        raise EngineError(f"cannot build the evaluation engine: no llvm-config in {toolchain.bin_dir}; {hint}")
    compiler = next((str(p) for p in (toolchain.bin_dir / "clang++",) if p.exists()), None) or shutil.which("c++")
    if compiler is None:
        raise EngineError(f"cannot build the evaluation engine: no C++ compiler found; {hint}")

    def query(*args: str) -> list[str]:
        run = run_process([config, *args], timeout_s=60)
        if not run.ok:
            raise EngineError(f"`llvm-config {' '.join(args)}` failed: {run.describe()}; {hint}")
        return shlex.split(run.stdout_text)

    cxxflags = query("--cxxflags")
    ldflags = query("--ldflags")
    libdir = query("--libdir")[0]
    shared = run_process([config, "--link-shared", "--libs"], timeout_s=60)
    libs = shlex.split(shared.stdout_text) if shared.ok else query("--libs") + query("--system-libs")
    tmp = binary.with_suffix(".tmp")
    run = run_process(
        [
            compiler,
            "-O2",
            "-std=c++17",
            *cxxflags,
            str(SOURCE),
            "-o",
            str(tmp),
            *ldflags,
            *libs,
            f"-Wl,-rpath,{libdir}",
        ],
        timeout_s=BUILD_TIMEOUT_S,
    )
    if not run.ok:
        tmp.unlink(missing_ok=True)
        raise EngineError(f"building the evaluation engine failed: {run.first_error_line()}; {hint}")
    tmp.replace(binary)
