"""Evaluations per second: the naive subprocess chain vs the persistent engine, side by side in one run.

For each kind of input bundled in benchmarks/data/ (per-function modules; translation units the project wrote;
Csmith-generated translation units, see make_data.py) the same
(module, random pass list) pairs are measured by:
  naive chain    opt (passes + cost model) -> llc -> llvm-size, one process each, per evaluation
  engine cold    a fresh engine process (started, then timed): parse each module once, passes + codegen in
                 memory, codegen memo on
  engine warm    the same pairs again through the on-disk measurement cache
  passes+codegen the time the engine itself spends inside the pass pipeline and codegen (memo off), i.e. the
                 floor any evaluator pays; "overhead" = engine cold (memo off) time / this
Targets (issue 2): engine >= 5x naive on per-function modules, >= 1.5x on translation units, and engine time within
1.3x of passes + codegen.

Usage: python benchmarks/eval_throughput.py [--lists 8] [--seed 0] [--max-modules 20]
Print only; never asserts (the machine is shared and noisy: compare ratios measured in the same run).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.metrics import CodegenConfig, MeasurementCache, Measurer  # noqa: E402
from llmopt.metrics.measure_paths import EnginePath, SubprocessPath  # noqa: E402
from llmopt.passes import PassCatalog, PassList  # noqa: E402
from llmopt.toolchain import Toolchain, read_ir  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


def pairs_for(tc: Toolchain, kind: str, lists: int, seed: int, max_modules: int) -> list[tuple[object, str]]:
    catalog = PassCatalog.for_toolchain(tc)
    rng = random.Random(seed)
    modules = [read_ir(tc, p) for p in sorted((DATA / kind).glob("*.ll"))[:max_modules]]
    out = []
    for module in modules:
        for _ in range(lists):
            names = [rng.choice(catalog.names) for _ in range(rng.randint(1, 50))]
            out.append((module, PassList.from_names(names, catalog).to_pipeline()))
    return out


def timed(fn) -> tuple[float, list]:
    start = time.perf_counter()
    results = fn()
    return time.perf_counter() - start, results


def run_kind(tc: Toolchain, kind: str, args: argparse.Namespace, data_dir: Path) -> list[str]:
    pairs = pairs_for(tc, kind, args.lists, args.seed, args.max_modules)
    codegen = CodegenConfig(opt_level=2)
    n = len(pairs)
    naive = SubprocessPath(tc, section_table=False)
    t_naive, r_naive = timed(lambda: [naive.measure(m, p, codegen, timeout_s=args.timeout) for m, p in pairs])

    # Start each engine before timing: process start and loading libLLVM are paid once per worker, not per evaluation.
    engine = EnginePath(tc, data_dir, memo=True)
    engine.worker.ping()
    t_cold, r_cold = timed(lambda: [engine.measure(m, p, codegen, timeout_s=args.timeout) for m, p in pairs])
    engine.close()

    engine_nomemo = EnginePath(tc, data_dir, memo=False)
    engine_nomemo.worker.ping()
    t_nomemo, r_nomemo = timed(lambda: [engine_nomemo.measure(m, p, codegen, timeout_s=args.timeout) for m, p in pairs])
    engine_nomemo.close()
    inner = sum((r.pass_s or 0) + (r.codegen_s or 0) for r in r_nomemo if r.ok)

    with tempfile.TemporaryDirectory() as tmp:
        cache = MeasurementCache(Path(tmp) / "c.sqlite")
        with Measurer(tc, measure_with="engine", data_dir=data_dir, cache=cache, timeout_s=args.timeout) as measurer:
            for m, p in pairs:
                measurer.measure_pipeline(m, p, codegen=codegen)  # fill the cache
            t_warm, _ = timed(lambda: [measurer.measure_pipeline(m, p, codegen=codegen) for m, p in pairs])

    agree = sum(
        1
        for a, b in zip(r_naive, r_cold, strict=True)
        if a.status == b.status and a.binary_size == b.binary_size and a.instruction_count == b.instruction_count
    )
    ok = sum(1 for r in r_cold if r.ok)
    memo_hits = sum(1 for r in r_cold if r.ok and r.codegen_s == 0.0)
    modules = len({m.hash for m, _ in pairs})  # type: ignore[attr-defined]
    rows = [
        f"{kind:<10} {'naive chain':<24} {n / t_naive:>10.1f} {t_naive:>9.2f} {1.0:>9.2f}",
        f"{kind:<10} {'engine cold (memo)':<24} {n / t_cold:>10.1f} {t_cold:>9.2f} {t_naive / t_cold:>9.2f}",
        f"{kind:<10} {'engine cold (no memo)':<24} {n / t_nomemo:>10.1f} {t_nomemo:>9.2f} {t_naive / t_nomemo:>9.2f}",
        f"{kind:<10} {'engine warm cache':<24} {n / t_warm:>10.1f} {t_warm:>9.2f} {t_naive / t_warm:>9.2f}",
        f"{kind:<10} {'passes+codegen (inner)':<24} {n / inner:>10.1f} {inner:>9.2f} {t_naive / inner:>9.2f}",
        f"{kind:<10} {modules} modules, {n} evaluations, {ok} ok, {agree}/{n} naive==engine, "
        f"codegen memo skipped {memo_hits}; "
        f"engine overhead (no memo / inner) = {t_nomemo / inner:.2f}x, "
        f"engine (memo) / inner = {t_cold / inner:.2f}x",
    ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lists", type=int, default=8, help="random pass lists per module")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-modules", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--kinds", default="func,tu-project,tu-csmith", help="comma-separated input kinds")
    args = parser.parse_args()
    tc = Toolchain.discover()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        print(f"{tc.identity}; {args.lists} random lists (1-50 passes) per module; codegen llc -O2 pic")
        print(f"{'kind':<10} {'path':<24} {'evals/s':>10} {'seconds':>9} {'vs naive':>9}")
        for kind in args.kinds.split(","):
            for row in run_kind(tc, kind, args, data_dir):
                print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
