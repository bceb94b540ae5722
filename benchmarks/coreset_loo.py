"""The ranked coreset's fixed order, leave-one-out, against random search, on the project's benchmark programs; and
the whole-program views of ``llmopt.inference.whole_program`` with the coreset as the "model".

Programs: ``benchmarks/data/func`` (per-function modules) and ``benchmarks/data/tu-*`` (whole TUs), size flavour.

1. Autotune them (``llmopt.inference.coreset.prepare_fit``: budget ``--budget``, functions with the default caps,
   TUs with a short minimization; the real PassListEval gate on the ``--gate-candidates`` smallest candidates per
   program, guards off) into one store (``--out``; a rerun resumes; ``scripts/fit_coreset.py`` on the same store
   asks nothing again).
2. Measure every distinct best list on every program (the size table); every one is gate-accepted.
3. Leave-one-out per *source program* (a TU and its functions are one group): for each group, refit the greedy order
   without it and without every list only it found (``Coreset.excluding``), then measure its programs with -Oz plus
   the top B-1 lists at budgets B = 1, 3, 6, 10. Reported: share of the autotuner's gain (geomean size vs -Oz, the
   autotuner's own best as 100 %), for the fixed order, for a perfect ranker over the same lists, and for random
   search at the same budgets (-Oz plus B-1 lists drawn as the autotuner draws them, seeds 1..``--random-seeds``,
   averaged; ungated).
4. ``--whole-programs``: on every TU, at budgets K: whole-module best-of-coreset (-Oz + top K-1 on the TU), the
   ``largest`` view (best of the same candidates on the largest functions that fit ``--context`` tokens, applied to
   the TU) and the ``per_function`` view (best of the same candidates per function, applied per function). Every
   view keeps -Oz as the backup, as the selection step does.

Usage: python benchmarks/coreset_loo.py [--budget 100] [--out benchmarks/out/coreset] [-j 2] [--random-seeds 3]
       [--whole-programs] [--context 2048] [--no-gate]
Print only; never asserts.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.autotune import ProgramEvaluator, ResultStore, draw_pass_list  # noqa: E402
from llmopt.inference.coreset import (  # noqa: E402
    OZ,
    Coreset,
    TrainingProgram,
    fit_coreset,
    leave_one_out,
    load_programs,
    prepare_fit,
)
from llmopt.inference.whole_program import ViewKind, chars_per_token, view_program  # noqa: E402
from llmopt.metrics import Measurer  # noqa: E402
from llmopt.metrics.compare import geomean  # noqa: E402
from llmopt.settings import Settings  # noqa: E402
from llmopt.toolchain import Flavour, Toolchain, iter_input_files  # noqa: E402
from llmopt.toolchain.per_function import apply_function_pipelines  # noqa: E402

BUDGETS = (1, 3, 6, 10)
CHARS_PER_TOKEN = 4.43  # the project tokenizer on benchmark IR (docs/training.md)


def share(ratios: Sequence[float], tuned: Sequence[float]) -> float:
    """Geomean gain of ``ratios`` as % of the autotuner's geomean gain on the same programs."""
    gain, best = 1 - (geomean(list(ratios)) or 1), 1 - (geomean(list(tuned)) or 1)
    return 100.0 * gain / best if best > 0 else float("nan")


def random_ratios(
    measurer: Measurer, store: ResultStore, programs: list[TrainingProgram], seeds: int, budgets: Sequence[int]
) -> dict[str, dict[int, list[float]]]:
    """Per program and budget: size / -Oz of -Oz plus the first B-1 random lists, one value per seed (lists drawn
    like the autotuner's, seeds 1..N; stored in the store, phase "random-baseline", so reruns measure nothing)."""
    out: dict[str, dict[int, list[float]]] = {}
    alphabet = measurer.catalog.names
    for program in programs:
        module = program.spec.to_module()
        evaluator = ProgramEvaluator(measurer, module, store, phase="random-baseline")
        oz = evaluator.size(OZ)
        per_budget: dict[int, list[float]] = {b: [] for b in budgets}
        for seed in range(1, seeds + 1):
            best = oz
            sizes = [best]
            for index in range(max(budgets) - 1):
                names = draw_pass_list(alphabet, module.hash, seed, index)
                best = min(best, evaluator.size(evaluator.pipeline_of(names)))
                sizes.append(best)
            for b in budgets:
                per_budget[b].append(sizes[b - 1] / oz)
        out[module.hash] = per_budget
    return out


def loo_table(coreset: Coreset, random: dict[str, dict[int, list[float]]], seeds: int) -> None:
    rows = leave_one_out(coreset, BUDGETS)
    for kind in ("function", "tu"):
        chosen = [r for r in rows if r.program.kind == kind]
        if not chosen:
            continue
        tuned = [r.program.tuned_ratio for r in chosen]
        print(
            f"\n{kind}s: {len(chosen)} programs, autotuner geomean {100 * (1 - geomean(tuned)):.2f} % below -Oz; "
            f"coreset refitted per left-out group: {min(r.lists for r in chosen)}-{max(r.lists for r in chosen)} "
            "lists"
        )
        print(
            f"{'budget':>6} | {'fixed order':>24} | {'random (mean of ' + str(seeds) + ')':>24} | "
            f"{'perfect ranker':>14}"
        )
        oracle = share([r.oracle for r in chosen], tuned)
        for b in BUDGETS:
            fixed = [r.by_budget[b] for r in chosen]
            rand = [share([random[r.program.module_hash][b][s] for r in chosen], tuned) for s in range(seeds)]
            rand_gm = [geomean([random[r.program.module_hash][b][s] for r in chosen]) or 1.0 for s in range(seeds)]
            print(
                f"{b:>6} | {share(fixed, tuned):6.1f} % ({100 * ((geomean(fixed) or 1) - 1):+6.2f} % vs -Oz) | "
                f"{sum(rand) / seeds:6.1f} % ({100 * (sum(rand_gm) / seeds - 1):+6.2f} % vs -Oz) | "
                f"{oracle:12.1f} %"
            )


def whole_programs(
    toolchain: Toolchain, measurer: Measurer, coreset: Coreset, programs: list[TrainingProgram], context: int
) -> None:
    """Whole-module vs largest vs per-function views of each TU at equal candidate lists (see the docstring)."""
    count = chars_per_token(CHARS_PER_TOKEN)
    tus = [p for p in programs if p.kind == "tu"]
    budgets = (3, 6, 10)
    ratios: dict[str, dict[int, list[float]]] = {v: {k: [] for k in budgets} for v in ("whole", "largest", "per_fn")}
    uniform: list[float] = []
    costs: dict[str, dict[int, int]] = {v: dict.fromkeys(budgets, 0) for v in ("largest", "per_fn")}
    fits, failures = 0, 0
    start = time.perf_counter()
    print(f"\nwhole programs: {len(tus)} TUs, context {context} tokens ({CHARS_PER_TOKEN} chars/token)")
    for program in tus:
        module = program.spec.to_module()
        held = coreset.excluding(groups=[program.group])
        oz = measurer.measure_pipeline(module, OZ).binary_size or 1
        fits += count(module.text) <= context
        largest = view_program(toolchain, module, context, count, kind=ViewKind.LARGEST)
        per_fn = view_program(toolchain, module, context, count, kind=ViewKind.PER_FUNCTION)
        built = apply_function_pipelines(toolchain, module.text, {})  # -Oz everywhere: the mechanism's own cost
        if built.ok:
            uniform.append((measurer.measure_pipeline(module.with_text(built.text), "").binary_size or oz) / oz)
        line = [f"  {module.name:28s} -Oz {oz:6d}"]
        for k in budgets:
            candidates = held.candidates(k)
            whole = min(measurer.measure_pipeline(module, c).binary_size or math.inf for c in candidates)
            ratios["whole"][k].append(min(1.0, whole / oz))
            # largest: choose on the part, apply to the TU, keep -Oz as the backup
            if largest.parts:
                part = largest.parts[0].module
                pick = min(
                    candidates, key=lambda c: (measurer.measure_pipeline(part, c).binary_size or math.inf, c != OZ)
                )
                costs["largest"][k] += len(candidates)
                size = measurer.measure_pipeline(module, pick).binary_size or math.inf
            else:
                size = oz
            ratios["largest"][k].append(min(1.0, size / oz))
            # per function: choose per function on its own module, apply per function
            answers = []
            for part in per_fn.parts:
                costs["per_fn"][k] += len(candidates)
                answers.append(
                    min(
                        candidates,
                        key=lambda c, m=part.module: (measurer.measure_pipeline(m, c).binary_size or math.inf, c != OZ),
                    )
                )
            app = per_fn.apply(toolchain, answers)
            if app.ok:
                size = measurer.measure_pipeline(app.module, app.pipeline).binary_size or math.inf
            else:
                failures += 1
                size = oz
            ratios["per_fn"][k].append(min(1.0, size / oz))
            line.append(f"K={k}: {whole:6.0f} {ratios['largest'][k][-1] * oz:6.0f} {ratios['per_fn'][k][-1] * oz:6.0f}")
        print(" | ".join(line), flush=True)
    print(
        f"{fits} of {len(tus)} TUs fit the context whole; per-function composites that failed: {failures}; "
        f"{time.perf_counter() - start:.0f} s"
    )
    if uniform:
        print(
            f"-Oz on every function through per-function pipelines: geomean {100 * (geomean(uniform) - 1):+.2f} % "
            f"vs whole-module -Oz ({sum(u > 1 for u in uniform)} of {len(uniform)} TUs larger)"
        )
    n = len(tus)
    print(
        f"{'K':>3} | {'whole module':>14} | {'largest view':>14} | {'per function':>14} | part compiles (largest, "
        "per function) per TU"
    )
    for k in budgets:
        cells = [f"{100 * ((geomean(ratios[v][k]) or 1) - 1):+12.2f} %" for v in ("whole", "largest", "per_fn")]
        print(f"{k:>3} | {' | '.join(cells)} | {costs['largest'][k] / n:.1f}, {costs['per_fn'][k] / n:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "coreset")
    parser.add_argument("-j", "--workers", type=int, default=None)
    parser.add_argument("--random-seeds", type=int, default=3)
    parser.add_argument("--whole-programs", action="store_true")
    parser.add_argument("--context", type=int, default=2048, help="model context in tokens for the views")
    parser.add_argument("--no-gate", action="store_true", help="ungated autotuner, every list kept (experiments)")
    parser.add_argument("--gate-candidates", type=int, default=3, help="candidates per program the gate checks")
    args = parser.parse_args()
    start = time.perf_counter()
    settings = Settings.load()
    toolchain = Toolchain.discover(settings.llvm_bin)
    data = ROOT / "benchmarks" / "data"
    programs = load_programs(
        toolchain, iter_input_files([data / "func"]), iter_input_files([data / "tu-project", data / "tu-csmith"])
    )
    with ResultStore(args.out) as store:
        table, verdicts, _ = prepare_fit(
            programs,
            store,
            toolchain,
            settings.data_dir,
            budget=args.budget,
            workers=args.workers,
            gated=not args.no_gate,
            gate_candidates=args.gate_candidates,
            progress=lambda line: print(f"{line} ({time.perf_counter() - start:.0f} s)", flush=True),
        )
        rejected = sum(not ok for ok, _ in verdicts.values())
        print(f"gate: {len(verdicts) - rejected} lists accepted, {rejected} rejected", flush=True)
        coreset = fit_coreset(table, verdicts, llvm_version=toolchain.version, flavour=Flavour.SIZE)
        with Measurer(toolchain, data_dir=settings.data_dir) as measurer:
            random = random_ratios(measurer, store, programs, args.random_seeds, BUDGETS)
            print(f"random baseline: {time.perf_counter() - start:.0f} s", flush=True)
            loo_table(coreset, random, args.random_seeds)
            if args.whole_programs:
                whole_programs(toolchain, measurer, coreset, programs, args.context)
    print(f"\ntotal {time.perf_counter() - start:.0f} s (budget {args.budget}, {len(programs)} programs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
