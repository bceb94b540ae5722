"""How much of LLVM's own output the verifiers prove, and how fast: the verifier soundness corpus's positives.

For every positive pair of the corpus (``llmopt.verify.corpus``: unoptimized function -> output of a pass pipeline)
the built-in SMT validator runs with a per-function time limit; per positive-generating pipeline (``instcombine``
separately) the table shows the share proved equivalent, the share inconclusive, the share refuted (each a verifier
or LLVM bug worth a look) and the median and p95 time per function. When ``alive-tv`` is installed the same numbers
for it are printed side by side; otherwise one line says it is not. With ``--negatives`` it also runs the verifier on
the mutants and prints how many confirmed-wrong ones it called equivalent (must be 0).

Targets (issue 5): >= 80 % of instcombine positives proved equivalent, median < 1 s per function.

With ``--real`` it also prints the real-code table of ``benchmarks/verify_real.py`` (instcombine, -O1 and -O2 pairs
of the project's non-Csmith translation units, with median/p95 time and the inconclusive reasons grouped and
counted); ``--real-only`` skips the corpus.

Usage: python benchmarks/verify_rate.py [--data-dir DIR] [--timeout 10] [--negatives] [--alive-tv PATH] [--json]
       [--real] [--real-only] [--real-timeout 3] [--real-dir DIR ...]
Print only; never asserts (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from llmopt.toolchain import Toolchain  # noqa: E402
from llmopt.verify.alive2 import Alive2Verifier  # noqa: E402
from llmopt.verify.base import Verifier  # noqa: E402
from llmopt.verify.corpus import CONFIRMED, UNCONFIRMED, CorpusPair, build_corpus  # noqa: E402
from llmopt.verify.result import Verdict  # noqa: E402
from llmopt.verify.smt import SmtVerifier  # noqa: E402


def run_pairs(verifier: Verifier, pairs: list[CorpusPair], timeout_s: float) -> dict[str, tuple[str, float, str]]:
    """Verdict, wall time and reason per pair id."""
    out = {}
    for p in pairs:
        start = time.perf_counter()
        results = verifier.verify(p.source_module(), p.target_module(), function=p.function, timeout_s=timeout_s)
        verdict = results[0].verdict.value if results else Verdict.INCONCLUSIVE.value
        out[p.id] = (verdict, time.perf_counter() - start, results[0].reason if results else "no result")
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def rates(rows: list[tuple[str, float, str]]) -> dict[str, Any]:
    n = len(rows)
    count = {v.value: sum(1 for r in rows if r[0] == v.value) for v in Verdict}
    times = [r[1] for r in rows]
    return {
        "pairs": n,
        "proved": count["equivalent"] / n if n else 0.0,
        "inconclusive": count["inconclusive"] / n if n else 0.0,
        "refuted": count["not_equivalent"] / n if n else 0.0,
        "syntax_error": count["syntax_error"] / n if n else 0.0,
        "median_s": statistics.median(times) if times else float("nan"),
        "p95_s": percentile(times, 0.95),
    }


def print_table(title: str, table: dict[str, dict[str, dict[str, Any]]], verifiers: list[str]) -> None:
    header = f"{'pipeline':42} {'pairs':>5}"
    for v in verifiers:
        header += f" | {v + ' proved':>12} {'inconcl.':>8} {'refuted':>7} {'median s':>8} {'p95 s':>6}"
    print(title)
    print(header)
    print("-" * len(header))
    for pipeline, per_verifier in table.items():
        first = next(iter(per_verifier.values()))
        line = f"{pipeline:42} {first['pairs']:>5}"
        for v in verifiers:
            r = per_verifier[v]
            line += (
                f" | {r['proved'] * 100:>11.1f}% {r['inconclusive'] * 100:>7.1f}% {r['refuted'] * 100:>6.1f}%"
                f" {r['median_s']:>8.3f} {r['p95_s']:>6.2f}"
            )
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="corpus cache directory (default: a temp dir)")
    parser.add_argument("--timeout", type=float, default=10.0, help="per-function time limit in seconds")
    parser.add_argument("--mutants", type=int, default=1, help="mutants per positive target in the corpus")
    parser.add_argument("--negatives", action="store_true", help="also run the verifiers on the mutants")
    parser.add_argument("--alive-tv", default=None, help="path of alive-tv (default: found on PATH)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON as well")
    parser.add_argument("--real", action="store_true", help="also the real-code table (verify_real.py)")
    parser.add_argument("--real-only", action="store_true", help="only the real-code table")
    parser.add_argument("--real-timeout", type=float, default=3.0, help="per-pair limit for the real-code table")
    parser.add_argument("--real-dir", type=Path, action="append", default=None, help="directory of .ll files")
    args = parser.parse_args(argv)

    tc = Toolchain.discover()
    if args.real or args.real_only:
        from verify_real import DEFAULT_DIRS, print_real, real_files, run_real, summarize

        real = run_real(tc, real_files(args.real_dir or list(DEFAULT_DIRS)), args.real_timeout)
        print_real(summarize(real), real, args.real_timeout)
        print()
        if args.real_only:
            return 0
    with tempfile.TemporaryDirectory(prefix="llmopt-verify-rate-") as tmp:
        data_dir = args.data_dir or Path(tmp)
        corpus = build_corpus(tc, data_dir, mutants_per_target=args.mutants)
    summary = corpus.summary()
    print(
        f"corpus: {summary['pairs']} pairs from {summary['functions']} functions: {summary['positives']} positives, "
        f"{summary['confirmed_negatives']} confirmed negatives, {summary['unconfirmed_negatives']} unconfirmed "
        f"(built in {corpus.build_seconds:.0f} s; {tc.identity})"
    )

    verifiers: dict[str, Verifier] = {"smt": SmtVerifier(tc)}
    alive = Alive2Verifier(args.alive_tv) if args.alive_tv else Alive2Verifier()
    if alive.available:
        verifiers["alive2"] = alive
    positives = corpus.positives()
    outcomes = {name: run_pairs(v, positives, args.timeout) for name, v in verifiers.items()}
    pipelines = list(dict.fromkeys(pl for p in positives for pl in p.pipelines))
    table: dict[str, dict[str, dict[str, Any]]] = {}
    for pipeline in [*pipelines, "all positives"]:
        chosen = positives if pipeline == "all positives" else corpus.positives(pipeline)
        table[pipeline] = {name: rates([outcomes[name][p.id] for p in chosen]) for name in verifiers}
    print()
    print_table(f"positives (per-function limit {args.timeout:g} s)", table, list(verifiers))
    print("(a pair counts under every pipeline that produced the same target, so rows may share pairs)")
    if not alive.available:
        print("alive-tv: not installed (not on PATH and no --alive-tv given); alive2 columns omitted")
    refuted = [(p.id, outcomes["smt"][p.id][2]) for p in positives if outcomes["smt"][p.id][0] == "not_equivalent"]
    for pid, reason in refuted:
        print(f"  smt refuted positive {pid}: {reason[:160]}")

    report: dict[str, Any] = {"corpus": summary, "positives": table, "alive_tv_installed": alive.available}
    if args.negatives:
        negatives = corpus.confirmed_negatives() + corpus.unconfirmed_negatives()
        neg = {name: run_pairs(v, negatives, args.timeout) for name, v in verifiers.items()}
        for name in verifiers:
            for label in (CONFIRMED, UNCONFIRMED):
                rows = [neg[name][p.id] for p in negatives if p.label == label]
                r = rates(rows)
                false_eq = sum(1 for row in rows if row[0] == "equivalent")
                print(
                    f"{name} on {label}: {r['pairs']} pairs, refuted {r['refuted'] * 100:.1f}%, inconclusive "
                    f"{r['inconclusive'] * 100:.1f}%, called equivalent {false_eq}"
                    + (" (must be 0)" if label == CONFIRMED else " (may be truly equivalent)")
                )
                report.setdefault("negatives", {}).setdefault(name, {})[label] = {**r, "called_equivalent": false_eq}
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
