"""How long one PassListEval gate call takes: opt/llc processes (before) vs the persistent engine (now), side by side.

Both gates are the autotuner's default (``llmopt autotune``): every self-testing program plus ``--csmith`` Csmith
programs, in the ``--flavour`` IR flavour and its codegen, stopping at the first failing program. The old gate runs
``opt``, ``llc`` and the clang driver per program; the new one (``engine_data_dir``) optimizes and lowers in the
engine, which returns the object in memory, and links without the clang driver. Each gate has a fresh verdict store
in a temporary directory, so no call is answered from a cache; program builds (IR, drivers, Csmith) are shared and
done before timing. Calls alternate old/new per list so machine load hits both alike.

The sample: the standard pipelines, the real LLVM 19 miscompiles the tests use (``function(newgvn,dse,newgvn)``: an
endless loop in the size flavour; ``attributor``: wrong results in 025_int_modular), a crashing pass, an invalid
pass, and ``--random`` random lists drawn as the autotuner draws them. It prints one row per list (old s, new s,
speed-up, both verdicts) and a summary: median and mean time per call, the ratio of the means, and how many
verdicts agree (target: new >= 2x faster with identical verdicts).

Usage: python benchmarks/gate_speed.py [--flavour size] [--csmith 10] [--random 6] [--workers 2] [--json]
Print only; never asserts (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.autotune.random_ import draw_pass_list  # noqa: E402
from llmopt.passes import PassCatalog, PassList  # noqa: E402
from llmopt.settings import Settings  # noqa: E402
from llmopt.toolchain import Toolchain  # noqa: E402
from llmopt.verify.passlisteval import PassListGate  # noqa: E402
from llmopt.verify.passlisteval.store import GateVerdictStore  # noqa: E402

FIXED = (
    "default<Oz>",
    "default<Os>",
    "default<O2>",
    "function(newgvn,dse,newgvn),default<Oz>",  # LLVM 19 miscompile (size flavour): an endless loop
    "attributor",  # LLVM 19 miscompile: 025_int_modular's ext_gcd returns a % b
    "trigger-crash-module",  # a pass that crashes opt
    "no-such-pass",  # an invalid pipeline
)


def sample_lists(toolchain: Toolchain, data_dir: Path, count: int) -> list[str]:
    catalog = PassCatalog.for_toolchain(toolchain, data_dir)
    names = catalog.names
    drawn = [draw_pass_list(names, "gate-speed", seed=0, index=i, max_length=20) for i in range(count)]
    return [*FIXED, *(PassList.parse(",".join(d), catalog).to_pipeline() for d in drawn)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flavour", default="size", choices=("size", "paper"))
    parser.add_argument("--csmith", type=int, default=10)
    parser.add_argument("--random", type=int, default=6, help="random lists added to the fixed sample")
    parser.add_argument("--workers", type=int, default=2, help="gate threads (the tuner's default is 2)")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: the settings data dir")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    settings = Settings.load()
    data_dir = (args.data_dir or settings.data_dir).expanduser()
    toolchain = Toolchain.discover(settings.llvm_bin)
    lists = sample_lists(toolchain, data_dir, args.random)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="gate-speed-") as tmp:
        common: dict[str, Any] = dict(csmith_count=args.csmith, flavour=args.flavour, max_workers=args.workers)
        cache = data_dir / "gate"  # program builds only; the verdicts go to the temporary stores below
        old = PassListGate(toolchain, cache, verdict_store=GateVerdictStore(Path(tmp) / "old.sqlite"), **common)
        new = PassListGate(
            toolchain,
            cache,
            verdict_store=GateVerdictStore(Path(tmp) / "new.sqlite"),
            engine_data_dir=data_dir,
            **common,
        )
        start = time.perf_counter()
        old.prepare()
        new.prepare()
        new.check("default<O0>")  # starts the engines and parses every program once, as a tuning run's first call
        print(f"suite ready in {time.perf_counter() - start:.1f} s: {len(old._cases or [])} programs", file=sys.stderr)
        with new:
            for pipeline in lists:
                t0 = time.perf_counter()
                a = old.check(pipeline)
                t1 = time.perf_counter()
                b = new.check(pipeline)
                t2 = time.perf_counter()
                rows.append(
                    {
                        "pipeline": pipeline,
                        "old_s": t1 - t0,
                        "new_s": t2 - t1,
                        "old_passed": a.passed,
                        "new_passed": b.passed,
                        "old_failure": a.failures[0].program if a.failures else "",
                        "new_failure": b.failures[0].program if b.failures else "",
                    }
                )
                if not args.json:
                    r = rows[-1]
                    print(
                        f"{r['old_s']:7.2f} s {r['new_s']:7.2f} s  x{r['old_s'] / max(r['new_s'], 1e-9):4.1f}  "
                        f"{'pass' if a.passed else 'FAIL':4} {'pass' if b.passed else 'FAIL':4}  {pipeline[:70]}",
                        flush=True,
                    )
    old_times = [r["old_s"] for r in rows]
    new_times = [r["new_s"] for r in rows]
    summary = {
        "flavour": args.flavour,
        "csmith": args.csmith,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "lists": len(rows),
        "old_mean_s": statistics.mean(old_times),
        "new_mean_s": statistics.mean(new_times),
        "old_median_s": statistics.median(old_times),
        "new_median_s": statistics.median(new_times),
        "speedup_of_means": statistics.mean(old_times) / statistics.mean(new_times),
        "verdicts_agree": sum(r["old_passed"] == r["new_passed"] for r in rows),
        "rejected": sum(not r["old_passed"] for r in rows),
        "rows": rows,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"\nper gate call, {len(rows)} lists ({summary['rejected']} rejected by the old gate), "
            f"{args.flavour} flavour, {args.csmith} Csmith, {args.workers} threads:\n"
            f"  old (opt/llc/clang processes): mean {summary['old_mean_s']:.2f} s, "
            f"median {summary['old_median_s']:.2f} s\n"
            f"  new (engine, direct link):     mean {summary['new_mean_s']:.2f} s, "
            f"median {summary['new_median_s']:.2f} s\n"
            f"  speed-up (ratio of means): x{summary['speedup_of_means']:.2f}; "
            f"verdicts agree on {summary['verdicts_agree']}/{len(rows)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
