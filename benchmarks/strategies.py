"""Every inference strategy at budgets of 1, 3, 10 and 30 compilations on the project benchmark (size flavour), with
random search at the same budgets, side by side in one run.

Programs: ``benchmarks/data/func`` (per-function modules) and ``benchmarks/data/tu-*`` (whole TUs). Columns per
(strategy, budget), functions and TUs apart: geomean size vs -Oz, vs real ``clang -Oz`` (TUs with a C source in the
project's programs only), share of the autotuner's gain (its budget-100 bests recorded in the shipped coreset's fit
table: 100 % = the autotuner), programs improved / regressed vs -Oz, compilations used (mean), model time and wall
time.

Honesty rules built in:
- The shipped coreset was fitted on these very programs, so the coreset rows use it *leave-one-out*: each program is
  measured with the order refitted without its source group and without the lists only that group found
  (``Coreset.excluding``), as ``benchmarks/coreset_loo.py`` does.
- ``--gate`` puts the real PassListEval gate in front of every non-standard list (verdicts cached in the data dir);
  without it the run is ungated and says so in its header (random lists then include miscompiles the gate rejects).
- The neighbour-ranked row uses the shipped neighbour ranker (``llmopt.inference.neighbours``), fitted on the
  training split of a release whose programs were deduplicated against these (its card's contamination table); it
  only reorders the leave-one-out lists.
- Language-model rows run only with ``--model SPEC`` (``hf:DIR``, ``openai:URL#NAME``, ``default``): the model
  strategies, ``model-ranked`` (the coreset in the model's log-probability order) and ``model-first`` (the model's
  greedy answer, then the neighbour-ranked coreset: ``ranked-coreset`` with ``model_slot=first``) and ``model-last``
  (the neighbour-ranked coreset with the model's answer in the budget's last slot); ``--strategies`` picks some.

Usage: python benchmarks/strategies.py [--budgets 1,3,10,30] [--model SPEC] [--strategies a,b] [--gate]
       [--limit N] [--json OUT]
Print only; never asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.autotune import draw_pass_list  # noqa: E402
from llmopt.eval import metrics  # noqa: E402
from llmopt.inference.coreset import Coreset, load_coreset, load_programs, source_group  # noqa: E402
from llmopt.inference.strategy import StrategyContext, make_strategy  # noqa: E402
from llmopt.metrics import Measurer, measure_clang_object  # noqa: E402
from llmopt.passes import PassList  # noqa: E402
from llmopt.settings import Settings  # noqa: E402
from llmopt.toolchain import Flavour, Toolchain, iter_input_files  # noqa: E402
from llmopt.verify.acceptance import AcceptancePolicy  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
PROGRAMS_C = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"
MODEL_STRATEGIES = ("zero-shot", "oz-backup", "sample-and-select", "priority", "feedback", "model-guided")
# Model rows that are ranked-coreset variants (named in --strategies like the strategies above).
CORESET_MODEL_ROWS = {
    "model-ranked": "coreset (model-ranked, LOO)",
    "model-first": "model answer + neighbours (LOO)",
    "model-last": "neighbours + model answer last (LOO)",
}


@dataclass
class Row:
    strategy: str
    budget: int
    kind: str
    ratios: list[float] = field(default_factory=list)  # chosen / -Oz
    clang_ratios: list[float] = field(default_factory=list)
    tuned: list[float] = field(default_factory=list)  # the autotuner's best / -Oz, same programs
    compilations: list[int] = field(default_factory=list)
    model_s: float = 0.0
    wall_s: float = 0.0
    failures: int = 0

    def to_json(self) -> dict[str, Any]:
        # One implementation of each number: llmopt.eval.metrics (what `llmopt eval report` and the rewards use).
        pairs = [(r, 1.0) for r in self.ratios]
        improved, regressed, _equal = metrics.improved_regressed_equal(pairs)
        clang = metrics.size_change_pct([(r, 1.0) for r in self.clang_ratios])
        vs_oz = metrics.size_change_pct(pairs)
        return {
            "strategy": self.strategy,
            "budget": self.budget,
            "kind": self.kind,
            "programs": len(self.ratios),
            "vs_oz": math.nan if vs_oz is None else vs_oz / 100,
            "vs_clang_oz": None if clang is None else clang / 100,
            "share_of_autotuner": metrics.share_of_autotuner_gain(pairs, [(t, 1.0) for t in self.tuned]),
            "improved": improved,
            "regressed": regressed,
            "compilations": metrics.compilations_per_program(self.compilations) or 0.0,
            "model_s": self.model_s,
            "wall_s": self.wall_s,
            "failures": self.failures,
        }


def clang_sizes(toolchain: Toolchain, tus: Sequence[Path]) -> dict[str, int]:
    """Real ``clang -Oz`` object sizes of the TUs whose C source is one of the project's programs."""
    out = {}
    for path in tus:
        source = PROGRAMS_C / f"{path.stem}.c"
        if source.is_file():
            evaluation = measure_clang_object(toolchain, source)
            if evaluation.ok and evaluation.binary_size:
                out[path.stem] = evaluation.binary_size
    return out


def random_lists(catalog_names: Sequence[str], module_hash: str, count: int, catalog: Any) -> tuple[str, ...]:
    """``count`` random lists drawn as the autotuner draws them (seed 1), as pipelines."""
    return tuple(
        PassList.from_names(draw_pass_list(catalog_names, module_hash, 1, i), catalog).to_pipeline()
        for i in range(count)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budgets", default="1,3,10,30")
    parser.add_argument("--model", default=None, help="A model spec (hf:DIR, openai:URL#NAME, default).")
    parser.add_argument("--strategies", default=None, help="Model strategies to run (default: all).")
    parser.add_argument("--gate", action="store_true", help="Gate every non-standard list (real PassListEval).")
    parser.add_argument("--limit", type=int, default=None, help="At most N functions and N TUs.")
    parser.add_argument("--json", type=Path, default=None, help="Also write the rows as JSON here.")
    args = parser.parse_args()
    budgets = [int(b) for b in args.budgets.split(",")]
    settings = Settings.load()
    tc = Toolchain.discover(settings.llvm_bin)
    measurer = Measurer(tc, data_dir=settings.data_dir)
    functions = iter_input_files([DATA / "func"])[: args.limit]
    tus = [p for d in sorted(DATA.glob("tu-*")) for p in iter_input_files([d])[: args.limit]]
    programs = load_programs(tc, functions, tus, Flavour.SIZE)
    coreset = load_coreset(tc, Flavour.SIZE)
    # By name: the fit table's module hashes were taken by the fitting run and need not match this checkout's.
    tuned = {p.name: p.tuned_ratio for p in coreset.table.programs}
    clang = clang_sizes(tc, tus)
    acceptance: AcceptancePolicy = AcceptancePolicy()
    if args.gate:
        from llmopt.verify.acceptance import Acceptance, AcceptanceConfig, GateConfig, GuardConfig

        acceptance = Acceptance(
            tc,
            AcceptanceConfig(flavour=Flavour.SIZE, gate=GateConfig(), guards=GuardConfig(enabled=False)),
            settings.data_dir,
        )
    backend = None
    model_strategies: list[str] = []
    if args.model:
        from llmopt.backends import load_backend

        backend = load_backend(args.model)
        model_strategies = (args.strategies or ",".join((*MODEL_STRATEGIES, *CORESET_MODEL_ROWS))).split(",")
    context = StrategyContext(measurer=measurer, acceptance=acceptance)
    loo: dict[str, Coreset] = {}
    rows: dict[tuple[str, int, str], Row] = {}
    names = [
        "coreset (fixed order, LOO)",
        "coreset (neighbour-ranked, LOO)",
        "random",
        *(CORESET_MODEL_ROWS.get(name, name) for name in model_strategies),
    ]
    start_all = time.perf_counter()
    for program in programs:
        module = program.spec.to_module()
        group = source_group(program.spec.name)
        if group not in loo:
            loo[group] = coreset.excluding(groups=[group])
        lists = loo[group].pipelines
        for name in names:
            for budget in budgets:
                if name == "coreset (fixed order, LOO)":
                    strategy = make_strategy("ranked-coreset", lists=lists, rank="fixed", model_slot="none")
                elif name == "coreset (neighbour-ranked, LOO)":
                    strategy = make_strategy("ranked-coreset", lists=lists, rank="neighbours", model_slot="none")
                elif name == "coreset (model-ranked, LOO)":
                    strategy = make_strategy("ranked-coreset", lists=lists, rank="model", model_slot="none")
                elif name == "model answer + neighbours (LOO)":
                    strategy = make_strategy("ranked-coreset", lists=lists, rank="neighbours", model_slot="first")
                elif name == "neighbours + model answer last (LOO)":
                    strategy = make_strategy("ranked-coreset", lists=lists, rank="neighbours", model_slot="last")
                elif name == "random":
                    strategy = make_strategy(
                        "fixed-list", lists=random_lists(measurer.catalog.names, module.hash, budget, measurer.catalog)
                    )
                else:
                    strategy = make_strategy(name)
                t0 = time.perf_counter()
                result = strategy.run(module, context, budget, backend)
                row = rows.setdefault((name, budget, program.kind), Row(name, budget, program.kind))
                row.wall_s += time.perf_counter() - t0
                row.model_s += result.model.seconds
                row.failures += len(result.failures)
                row.compilations.append(result.compilations)
                if result.size and result.oz_size:
                    row.ratios.append(result.size / result.oz_size)
                    row.tuned.append(tuned.get(program.spec.name, 1.0))
                    stem = Path(program.spec.source).stem
                    if program.kind == "tu" and stem in clang:
                        row.clang_ratios.append(result.size / clang[stem])
    out = [r.to_json() for r in rows.values()]
    gate = "gated (PassListEval, verdicts cached)" if args.gate else "UNGATED (pass --gate for the real gate)"
    print(
        f"strategies on {len(functions)} functions and {len(tus)} TUs, size flavour, {tc.identity}, {gate}; "
        f"model {args.model or 'none'}; autotuner reference: the coreset's budget-100 fit table; "
        f"{time.perf_counter() - start_all:.0f} s"
    )
    header = f"{'strategy':30} {'kind':8} {'B':>3} {'vs -Oz':>8} {'vs clang':>8} {'share':>6} {'impr':>5} "
    print(header + f"{'regr':>5} {'comp':>5} {'model s':>8} {'wall s':>7} {'fail':>5}")
    for r in sorted(out, key=lambda r: (r["kind"], r["strategy"], r["budget"])):
        clang_text = "" if r["vs_clang_oz"] is None else f"{r['vs_clang_oz'] * 100:+.2f}%"
        share = "" if r["share_of_autotuner"] is None else f"{r['share_of_autotuner'] * 100:.0f}%"
        print(
            f"{r['strategy']:30} {r['kind']:8} {r['budget']:>3} {r['vs_oz'] * 100:+7.2f}% {clang_text:>8} "
            f"{share:>6} {r['improved']:>5} {r['regressed']:>5} {r['compilations']:>5.1f} {r['model_s']:>8.1f} "
            f"{r['wall_s']:>7.1f} {r['failures']:>5}"
        )
    if args.json:
        args.json.write_text(json.dumps({"gate": args.gate, "model": args.model, "rows": out}, indent=1))


if __name__ == "__main__":
    main()
