"""Verify-rate on real code (issue 11 point 4): instcombine, -O1 and -O2 pairs of non-Csmith translation units.

Every ``.ll`` file of the chosen directories (default ``benchmarks/data/tu-project``: the project's own C, compiled
without optimization and without ``optnone``) is run through ``opt`` with each pipeline; every function defined in
the input becomes one (source, target) pair, verified by the built-in SMT validator with a small per-pair limit.
A function the pipeline deleted or inlined away counts as "gone" (not a verdict). Per pipeline the table gives the
share proved / inconclusive / refuted, the median and p95 time, and the inconclusive reasons grouped and counted
(``reason_group``: numbers, value names and function names are blanked so one cause is one row).

Used by ``benchmarks/verify_rate.py --real``; can also run alone: ``python benchmarks/verify_real.py [DIR ...]``.
Print only; never asserts.
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.toolchain import IRModule, Toolchain  # noqa: E402
from llmopt.verify.smt import SmtVerifier  # noqa: E402

PIPELINES = {"instcombine": "instcombine<no-verify-fixpoint>", "O1": "default<O1>", "O2": "default<O2>"}
DEFAULT_DIRS = (ROOT / "benchmarks" / "data" / "tu-project",)


@dataclass(frozen=True)
class RealOutcome:
    """One verified pair: which file/function/pipeline, the verdict, the reason and the verifier's wall time."""

    unit: str
    function: str
    pipeline: str
    verdict: str
    reason: str
    seconds: float


def reason_group(reason: str) -> str:
    """A short, stable cause for an inconclusive reason: names and numbers blanked, the detail cut off."""
    if reason.startswith("timeout"):
        return "timeout"
    if reason.startswith("counterexample may depend on @"):
        return "counterexample may depend on a defined callee"
    if reason.startswith("not modelled exactly"):
        reason = reason.split(": ", 1)[-1]
    text = re.sub(r"@[\w.$-]+|%[\w.$-]+", "_", reason)
    text = re.sub(r"\b\d+\b", "N", text)
    text = text.split(" (")[0].split(": source")[0]
    return text[:90]


def run_real(
    toolchain: Toolchain,
    files: list[Path],
    timeout_s: float,
    pipelines: dict[str, str] | None = None,
    max_unroll: int | None = None,
    undef_memory: bool = True,
) -> list[RealOutcome]:
    """Every (file, defined function, pipeline) pair verified; "gone" when the pipeline removed the function.

    ``max_unroll``: the verifier's deepest loop bound (its default when None; 4 = no deepening, the pre-deepening
    verifier), so ``--max-unroll 4 --max-unroll 64`` measures iterative deepening side by side. ``undef_memory``: the
    check that the caller's memory may hold undef bytes (``SmtVerifier``'s default; off to measure its cost).
    """
    options = {} if max_unroll is None else {"max_unroll_bound": max_unroll}
    verifier = SmtVerifier(toolchain, undef_memory=undef_memory, **options)
    out: list[RealOutcome] = []
    for path in files:
        source = IRModule(path.read_text(), name=path.stem)
        names = source.defined_functions
        for label, pipeline in (pipelines or PIPELINES).items():
            run = toolchain.run("opt", ["-S", f"-passes={pipeline}", "-o", "-", "-"], input=source.text.encode())
            if not run.ok:
                out.extend(RealOutcome(path.stem, n, label, "opt_failed", run.first_error_line(), 0.0) for n in names)
                continue
            target = IRModule(run.stdout_text, name=f"{path.stem}.{label}")
            kept = set(target.defined_functions)
            for name in names:
                if name not in kept:
                    out.append(RealOutcome(path.stem, name, label, "gone", "not in the target", 0.0))
                    continue
                start = time.perf_counter()
                results = verifier.verify(source, target, function=name, timeout_s=timeout_s)
                seconds = time.perf_counter() - start
                verdict = results[0].verdict.value if results else "inconclusive"
                reason = results[0].reason if results else "no result"
                out.append(RealOutcome(path.stem, name, label, verdict, reason, seconds))
    return out


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarize(outcomes: list[RealOutcome]) -> dict[str, dict[str, Any]]:
    """Per pipeline: counts, shares of the verified pairs, median/p95 time and the grouped inconclusive reasons."""
    table: dict[str, dict[str, Any]] = {}
    for label in dict.fromkeys(o.pipeline for o in outcomes):
        rows = [o for o in outcomes if o.pipeline == label]
        verified = [o for o in rows if o.verdict not in ("gone", "opt_failed")]
        n = len(verified)
        count = collections.Counter(o.verdict for o in verified)
        times = [o.seconds for o in verified]
        reasons = collections.Counter(reason_group(o.reason) for o in verified if o.verdict == "inconclusive")
        table[label] = {
            "pairs": n,
            "gone": sum(1 for o in rows if o.verdict == "gone"),
            "identical": sum(1 for o in verified if o.reason == "target is identical to source"),
            "proved": count["equivalent"] / n if n else 0.0,
            "inconclusive": count["inconclusive"] / n if n else 0.0,
            "refuted": count["not_equivalent"] / n if n else 0.0,
            "syntax_error": count["syntax_error"] / n if n else 0.0,
            "median_s": statistics.median(times) if times else float("nan"),
            "p95_s": _percentile(times, 0.95),
            "inconclusive_reasons": dict(reasons.most_common()),
        }
    return table


def print_real(table: dict[str, dict[str, Any]], outcomes: list[RealOutcome], timeout_s: float, top: int = 25) -> None:
    """The real-code table, the refuted pairs (each a verifier or LLVM bug) and the grouped inconclusive reasons."""
    print(f"real code (non-Csmith translation units; per-pair limit {timeout_s:g} s)")
    header = (
        f"{'pipeline':12} {'pairs':>5} {'gone':>5} {'ident.':>6} | {'proved':>7} {'inconcl.':>8} {'refuted':>7}"
        f" {'median s':>8} {'p95 s':>6}"
    )
    print(header)
    print("-" * len(header))
    for label, r in table.items():
        print(
            f"{label:12} {r['pairs']:>5} {r['gone']:>5} {r['identical']:>6} | {r['proved'] * 100:>6.1f}%"
            f" {r['inconclusive'] * 100:>7.1f}% {r['refuted'] * 100:>6.1f}% {r['median_s']:>8.3f} {r['p95_s']:>6.2f}"
        )
    print("(gone: the pipeline deleted or inlined the function away; ident.: target text identical, counted as proved)")
    for o in outcomes:
        if o.verdict == "not_equivalent":
            print(f"  refuted {o.unit}:{o.function} [{o.pipeline}]: {o.reason[:150]}")
    total: collections.Counter[str] = collections.Counter()
    for r in table.values():
        total.update(r["inconclusive_reasons"])
    print(f"inconclusive reasons, all pipelines ({sum(total.values())} pairs):")
    for reason, n in total.most_common(top):
        per = " ".join(f"{label}={table[label]['inconclusive_reasons'].get(reason, 0)}" for label in table)
        print(f"  {n:>4}  {reason}   [{per}]")


def real_files(dirs: list[Path]) -> list[Path]:
    """The ``.ll`` files of ``dirs``, Csmith ones left out (their volatile-heavy code is not real code)."""
    return sorted(p for d in dirs for p in d.glob("*.ll") if not p.name.startswith("csmith"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="directories of .ll files (default: tu-project)")
    parser.add_argument("--timeout", type=float, default=3.0, help="per-pair time limit in seconds")
    parser.add_argument(
        "--pipelines", default=",".join(PIPELINES), help="comma-separated subset of " + ",".join(PIPELINES)
    )
    parser.add_argument(
        "--max-unroll",
        type=int,
        action="append",
        default=None,
        help="the verifier's deepest loop bound; repeat to compare (e.g. --max-unroll 4 --max-unroll 64)",
    )
    parser.add_argument(
        "--undef-memory",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the check that the caller's memory may hold undef bytes (the verifier's default; "
        "--no-undef-memory beside a run with it measures its cost)",
    )
    args = parser.parse_args(argv)
    chosen = {k: PIPELINES[k] for k in args.pipelines.split(",")}
    files = real_files(args.dirs or list(DEFAULT_DIRS))
    runs: dict[int | None, list[RealOutcome]] = {}
    for bound in args.max_unroll or [None]:
        if bound is not None:
            print(f"\n== deepest loop bound {bound} ==")
        runs[bound] = run_real(
            Toolchain.discover(), files, args.timeout, chosen, max_unroll=bound, undef_memory=args.undef_memory
        )
        print_real(summarize(runs[bound]), runs[bound], args.timeout)
    if len(runs) > 1:
        (first, base), *rest = runs.items()
        for bound, outcomes in rest:
            changed = collections.Counter(
                f"{a.verdict} -> {b.verdict}" for a, b in zip(base, outcomes, strict=True) if a.verdict != b.verdict
            )
            print(f"\nverdicts that changed from bound {first} to {bound}: {dict(changed) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
