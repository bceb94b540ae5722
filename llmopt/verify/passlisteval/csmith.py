"""Csmith programs for PassListEval: seeded random C programs whose printed checksum is the oracle.

``csmith --seed S`` writes a self-contained C program (headers in ``/usr/include/csmith``) that computes over its
globals and prints ``checksum = XXXXXXXX``. Csmith avoids undefined behaviour by construction, so every correct
compilation prints the same checksum. Here each seed is built once with plain ``clang -O0`` (the reference) and run
under a time limit; seeds whose reference does not finish in time or prints no checksum are dropped and the next
seed is tried. Kept programs (source, reference checksum, unoptimized IR per flavour) are cached per Csmith version,
options and LLVM identity, so generation costs nothing after the first gate.

Limits: options keep programs small (few functions, shallow blocks) so the gate stays fast; such programs explore
fewer optimizer paths than Csmith's defaults. Csmith's own rare UB escapes (it has known ones with some options)
would surface as a rejected correct list, never as an accepted wrong one.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Flavour, Toolchain, compile_source, run_process, write_atomic

CSMITH_INCLUDE = Path("/usr/include/csmith")
INSTALL_HINT = "sudo apt-get install csmith"
# Small programs: a handful of functions and shallow nesting keep one opt+llc+run well under a second.
DEFAULT_OPTIONS: tuple[str, ...] = ("--max-funcs", "4", "--max-block-depth", "3")
DEFAULT_RUN_TIMEOUT_S = 2.0
MAX_ATTEMPTS_PER_PROGRAM = 4
_CHECKSUM_RE = re.compile(r"^checksum = ([0-9A-Fa-f]+)\s*$", re.MULTILINE)


def parse_checksum(stdout: str) -> str | None:
    """The checksum a Csmith program printed (upper-case hex), or None when it printed none."""
    found = _CHECKSUM_RE.findall(stdout)
    return found[-1].upper() if found else None


@dataclass(frozen=True)
class CsmithProgram:
    """One kept Csmith program: its seed, cached source and the checksum its ``-O0`` build printed."""

    seed: int
    source_path: Path
    checksum: str
    reference_walltime_s: float

    @property
    def name(self) -> str:
        return f"csmith-{self.seed}"

    def ir_path(self, toolchain: Toolchain, flavour: Flavour) -> Path:
        """Unoptimized IR of the whole program in ``flavour``, compiled once and cached next to the source.

        Raises:
            InputError: the source no longer compiles (the cache was tampered with).
        """
        path = self.source_path.with_name(f"{self.source_path.stem}.{flavour.value}.ll")
        if not path.is_file():
            module = compile_source(toolchain, self.source_path, flavour, extra_args=["-w", "-I", str(CSMITH_INCLUDE)])
            write_atomic(path, module.text)
        return path


def find_csmith(path: str | Path | None = None) -> Path:
    """Locate the csmith binary.

    Raises:
        ConfigError: csmith is not installed (the message says how to install it).
    """
    found = Path(path) if path is not None else (Path(p) if (p := shutil.which("csmith")) else None)
    if found is None or not found.is_file():
        raise ConfigError(f"csmith not found{f' at {path}' if path else ' on PATH'}; install it with: {INSTALL_HINT}")
    if not CSMITH_INCLUDE.is_dir():
        raise ConfigError(f"csmith headers missing from {CSMITH_INCLUDE}; install them with: {INSTALL_HINT}")
    return found


def csmith_version(csmith: Path) -> str:
    """``csmith --version``'s first line as a file-name-safe slug (e.g. ``csmith-2.3.0``)."""
    run = run_process([csmith, "--version"], timeout_s=30)
    first = run.stdout_text.strip().splitlines()[0] if run.stdout_text.strip() else "csmith-unknown"
    return re.sub(r"[^A-Za-z0-9.]+", "-", first).strip("-")


def generate_csmith_programs(
    toolchain: Toolchain,
    cache_dir: str | Path,
    count: int,
    *,
    first_seed: int = 1,
    run_timeout_s: float = DEFAULT_RUN_TIMEOUT_S,
    options: Sequence[str] = DEFAULT_OPTIONS,
    csmith_path: str | Path | None = None,
) -> list[CsmithProgram]:
    """Generate (or load from the cache) ``count`` Csmith programs whose ``-O0`` build runs in time.

    Seeds are tried in order from ``first_seed``; a seed that is dropped stays dropped (its verdict is cached too),
    so the same arguments always give the same programs.

    Args:
        toolchain: the clang that builds the ``-O0`` reference.
        cache_dir: where sources and reference results are kept.
        count: how many programs to keep.
        first_seed: first seed tried.
        run_timeout_s: limit for the reference binary.
        options: extra csmith options (part of the cache key).
        csmith_path: csmith binary; None searches PATH.

    Returns:
        The kept programs, in seed order.

    Raises:
        ConfigError: csmith is missing, or fewer than ``count`` of ``4 * count`` seeds gave usable programs.
    """
    csmith = find_csmith(csmith_path)
    option_tag = re.sub(r"[^A-Za-z0-9]+", "", "".join(options))[:40] or "default"
    root = Path(cache_dir) / csmith_version(csmith) / option_tag / toolchain.identity
    kept: list[CsmithProgram] = []
    seed = first_seed
    last_seed = first_seed + max(count, 1) * MAX_ATTEMPTS_PER_PROGRAM
    while len(kept) < count and seed < last_seed:
        program = _load_or_make(toolchain, csmith, root, seed, run_timeout_s, options)
        if program is not None:
            kept.append(program)
        seed += 1
    if len(kept) < count:
        raise ConfigError(
            f"only {len(kept)} of seeds {first_seed}..{last_seed - 1} gave Csmith programs that run "
            f"within {run_timeout_s} s at -O0; raise run_timeout_s or lower the count ({count})"
        )
    return kept


def _load_or_make(
    toolchain: Toolchain, csmith: Path, root: Path, seed: int, run_timeout_s: float, options: Sequence[str]
) -> CsmithProgram | None:
    source = root / f"seed-{seed}.c"
    record = root / f"seed-{seed}.json"
    if record.is_file() and source.is_file():
        try:
            data = json.loads(record.read_text())
            if data.get("kept"):
                return CsmithProgram(seed, source, data["checksum"], data["walltime_s"])
            return None
        except (OSError, ValueError, KeyError):
            pass  # a damaged record is regenerated
    gen = run_process([csmith, "--seed", str(seed), *options], timeout_s=60)
    if not gen.ok or not gen.stdout:
        raise ConfigError(f"csmith --seed {seed} failed: {gen.describe()}")
    write_atomic(source, gen.stdout)
    binary = root / f"seed-{seed}.ref.exe"
    # The reference is plain clang -O0 from source: no opt pipeline of ours is involved in the oracle.
    build = toolchain.run(
        "clang", ["-O0", "-w", "-I", str(CSMITH_INCLUDE), str(source), "-o", str(binary)], timeout_s=120
    )
    if not build.ok:
        raise InputError(f"Csmith seed {seed} does not compile with clang -O0: {build.first_error_line()}")
    run = run_process([binary], timeout_s=run_timeout_s, cwd=root, die_with_parent=True)
    binary.unlink(missing_ok=True)
    checksum = parse_checksum(run.stdout_text) if run.ok else None
    result = {
        "seed": seed,
        "kept": checksum is not None,
        "checksum": checksum,
        "walltime_s": run.walltime_s,
        "reason": "" if checksum else run.describe() if not run.ok else "no checksum printed",
    }
    write_atomic(record, json.dumps(result))
    return CsmithProgram(seed, source, checksum, run.walltime_s) if checksum else None


__all__ = [
    "CSMITH_INCLUDE",
    "DEFAULT_OPTIONS",
    "CsmithProgram",
    "csmith_version",
    "find_csmith",
    "generate_csmith_programs",
    "parse_checksum",
]
