"""Regenerate benchmarks/data/: IR bundled for the throughput benchmark, from code the project wrote or generated.

Whole translation units, in two groups because they behave very differently: `tu-project`, C the project wrote
(the example, the test inputs and the correctness-gate programs: typical small-to-medium files) and `tu-csmith`,
Csmith programs (seeds 1..N; large generated functions where the passes themselves dominate). Per-function modules
(`func`): functions of both groups, split with llvm-extract, in the `size` flavour. Written once
and committed (a few MB) so the benchmark measures the same inputs on every machine.

Usage: python benchmarks/make_data.py [--csmith N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.toolchain import Flavour, Toolchain, compile_source, run_process, split_functions, write_atomic  # noqa: E402

OUT = ROOT / "benchmarks" / "data"
CSMITH_INCLUDE = "/usr/include/csmith"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csmith", type=int, default=4, help="number of Csmith programs")
    parser.add_argument("--functions", type=int, default=60, help="per-function modules to keep")
    args = parser.parse_args()
    tc = Toolchain.discover()
    shutil.rmtree(OUT, ignore_errors=True)
    for kind in ("tu-project", "tu-csmith", "func"):
        (OUT / kind).mkdir(parents=True)
    units = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, args.csmith + 1):
            run = run_process(["csmith", "--seed", str(seed), "--max-funcs", "12"], timeout_s=60, cwd=tmp)
            src = Path(tmp) / f"csmith_{seed}.c"
            src.write_bytes(run.stdout)
            units.append(compile_source(tc, src, Flavour.SIZE, extra_args=(f"-I{CSMITH_INCLUDE}", "-w")))
    gate_programs = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"
    project = [
        ROOT / "examples" / "checksum.c",
        *sorted((ROOT / "tests" / "data" / "c").glob("*.c*")),
        *[p for p in sorted(gate_programs.glob("*.c"))[::8] if not p.stem.endswith("_driver")],
    ]
    for src in project:
        if src.name not in ("broken.c", "checksum.c") or src.parent.name == "examples":
            units.append(compile_source(tc, src, Flavour.SIZE))
    functions = []
    for unit in units:
        kind = "tu-csmith" if unit.name.startswith("csmith_") else "tu-project"
        write_atomic(OUT / kind / f"{unit.name}.ll", unit.text)
        functions.extend(p for p in split_functions(tc, unit) if p.instruction_count >= 5)
    step = max(1, len(functions) // args.functions)
    for part in functions[::step][: args.functions]:
        write_atomic(OUT / "func" / (part.name.replace(":", ".") + ".ll"), part.text)
    print(f"{len(units)} translation units, {min(len(functions), args.functions)} per-function modules in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
