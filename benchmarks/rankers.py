"""Rankers of the coreset's lists compared on a release's dense size matrix: fixed order vs feature ranker vs random
vs a perfect ranker, at budgets of 1 to 30 compilations, on programs none of them was fitted on.

Inputs: a release (``llmopt data release``): every program of every split measured under every list. Fitted on the
``--fit`` split (train), measured on ``--on`` (validation): nothing is fitted on the programs it is measured on.

- fixed order: the greedy Coreset-NVP order refitted on the fit split (``llmopt.inference.coreset.greedy_order``);
- shipped order: the shipped coreset's order (fitted on the project benchmark; lists outside the release skipped);
- features: ``FeatureRanker`` (ridge per list on IR statistics) fitted on the fit split;
- neighbours: ``NeighbourRanker`` (the greedy order refitted per program on its ``--k`` nearest fit programs in
  IR-statistics space, the fixed order after) fitted on the fit split;
- random: lists in a random order (mean of ``--random-seeds`` seeds);
- perfect: the best list of the matrix first (the ceiling of any ranker over these lists);
- LM ranker (``--model SPEC``): the language model's log-probability of each list as the answer to the flag-tuning
  prompt (the same prompt, view and answer template as ``ranked-coreset`` with ``rank=model``), over the first
  ``--lm-pool`` lists of the fixed order, on the first ``--lm-limit`` programs (every row is then also given on those
  programs alone, so the comparison is like for like);
- LM answer (``--model SPEC``, same programs): the model's greedy answer (``zero-shot``: at B=2 it is zero-shot
  with the -Oz backup), then the neighbour ranker's or the fixed order's lists (``ranked-coreset``'s
  ``model_first``). An answer that is not a list of the matrix costs its compilation and counts as no gain (a
  lower bound: it is not compiled here); how many there were is printed. No answer (no list, or a prompt over the
  context) costs no compilation. "LM answer last": the neighbour ranker's first B-2 lists, then the model's answer
  in the budget's last slot (at B=2 the first list keeps the one slot).

At budget B every method gets -Oz plus its first B-1 lists; its size is the smallest of those (-Oz the backup).
Columns: geomean size vs -Oz, share of the labels' gain (the labelling run's best, the autotuner's reference),
programs improved. Lists are gate-accepted (the release's lists); per-program guards are not re-run here.

Usage: python benchmarks/rankers.py RELEASE [--level function] [--fit train] [--on validation]
       [--budgets 1,2,3,5,10,30] [--k 400] [--save-ranker PATH] [--model SPEC --lm-pool 30 --lm-limit 100]
Print only; never asserts.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.data.release import load_size_matrix  # noqa: E402
from llmopt.errors import ConfigError, PassListError  # noqa: E402
from llmopt.inference.coreset import FitProgram, FitTable, greedy_order, load_coreset  # noqa: E402
from llmopt.inference.features import FeatureRanker, ir_features  # noqa: E402
from llmopt.inference.neighbours import DEFAULT_K, NeighbourRanker  # noqa: E402
from llmopt.metrics.compare import geomean  # noqa: E402
from llmopt.settings import Settings  # noqa: E402
from llmopt.toolchain import Flavour, Toolchain  # noqa: E402

OZ = "default<Oz>"


def load(release: Path, level: str, flavour: str) -> tuple[list[dict], list[str], np.ndarray]:
    """Programs (with their label and IR), list texts, and the programs x lists size matrix (NaN: failed)."""
    matrix = load_size_matrix(release, level=level, flavour=flavour)
    return matrix.programs, matrix.lists, matrix.sizes


def fixed_order(programs: list[dict], lists: list[str], sizes: np.ndarray) -> list[str]:
    """The greedy Coreset-NVP order on these programs."""
    fit = tuple(
        FitProgram(
            name=p["name"],
            module_hash=p["module_hash"],
            group=p["package"],
            kind=p["level"],
            oz_size=int(p["label"]["oz_binary_size"]),
            tuned_size=int(p["label"]["best_binary_size"]),
            tuned_pipeline=p["label"]["best_passes"],
            found_by=p["label"]["found_by"],
        )
        for p in programs
    )
    table = FitTable(
        fit,
        {lst: tuple(None if math.isnan(v) else int(v) for v in sizes[:, j]) for j, lst in enumerate(lists)},
    )
    return [p for p, _, _ in greedy_order(table, lists, list(range(len(fit))))]


def evaluate(order_of, programs: list[dict], lists: list[str], sizes: np.ndarray, budgets: list[int]) -> dict:
    """Per budget: (geomean ratio vs -Oz, improved) when each program tries -Oz + its first B-1 lists."""
    return evaluate_at(lambda i, p, budget: order_of(i, p), programs, lists, sizes, budgets)


def evaluate_at(order_at, programs: list[dict], lists: list[str], sizes: np.ndarray, budgets: list[int]) -> dict:
    """``evaluate`` for an order that depends on the budget too (``order_at(i, program, budget)``)."""
    col = {p: j for j, p in enumerate(lists)}
    out = {}
    for budget in budgets:
        ratios = []
        for i, p in enumerate(programs):
            oz = p["label"]["oz_binary_size"]
            tried = [sizes[i, col[q]] for q in order_at(i, p, budget)[: budget - 1] if q in col]
            best = min([oz, *(s for s in tried if not math.isnan(s))])
            ratios.append(best / oz)
        g = geomean(ratios)
        out[budget] = (math.nan if g is None else g, sum(r < 1 for r in ratios))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("--level", default="function")
    parser.add_argument("--flavour", default="size")
    parser.add_argument("--fit", default="train")
    parser.add_argument("--on", default="validation")
    parser.add_argument("--budgets", default="1,2,3,5,10,30")
    parser.add_argument("--random-seeds", type=int, default=3)
    parser.add_argument("--alpha", type=float, default=10.0)
    parser.add_argument("--k", type=int, default=DEFAULT_K, help="Neighbours of the neighbour ranker.")
    parser.add_argument("--save-ranker", type=Path, default=None, help="Write the feature ranker fitted on --fit.")
    parser.add_argument("--model", default=None, help="Add the LM ranker row (a model spec: hf:DIR, default).")
    parser.add_argument(
        "--lm-pool", type=int, default=30, help="Lists of the fixed order the LM ranks (0: no LM ranker row)."
    )
    parser.add_argument("--lm-limit", type=int, default=100, help="Programs the LM ranks (the first N of --on).")
    args = parser.parse_args()
    budgets = [int(b) for b in args.budgets.split(",")]
    start = time.perf_counter()
    programs, lists, sizes = load(args.release, args.level, args.flavour)
    fit_idx = [i for i, p in enumerate(programs) if p["split"] == args.fit]
    on_idx = [i for i, p in enumerate(programs) if p["split"] == args.on]
    fit_p, on_p = [programs[i] for i in fit_idx], [programs[i] for i in on_idx]
    fit_s, on_s = sizes[fit_idx], sizes[on_idx]
    order = fixed_order(fit_p, lists, fit_s)
    tc = Toolchain.discover(Settings.load().llvm_bin)
    try:
        shipped = [p for p in load_coreset(tc, Flavour.parse(args.flavour)).pipelines if p in lists]
    except ConfigError:  # no coreset shipped for this LLVM and flavour: no "shipped order" row
        shipped = None
    oz_fit = np.array([[p["label"]["oz_binary_size"]] for p in fit_p], dtype=float)
    targets = np.log(fit_s / oz_fit)
    features = np.stack([ir_features(p["ir"]) for p in fit_p])
    ranker = FeatureRanker.fit(
        features,
        targets,
        lists,
        alpha=args.alpha,
        provenance={"release": str(args.release), "split": args.fit, "level": args.level, "programs": len(fit_p)},
    )
    if args.save_ranker:
        ranker.save(args.save_ranker)
    on_features = np.stack([ir_features(p["ir"]) for p in on_p]) if on_p else np.zeros((0, 1))
    predicted = ranker.predict(on_features) if on_p else np.zeros((0, len(lists)))
    neighbours = NeighbourRanker.fit(features, targets, lists, k=args.k)
    neighbour_orders = [list(neighbours.order(on_features[i], order)) for i in range(len(on_p))]
    rng_orders = [np.random.default_rng(s) for s in range(args.random_seeds)]
    random_orders = [[list(rng.permutation(lists)) for _ in on_p] for rng in rng_orders]
    label_gain = geomean([p["label"]["best_binary_size"] / p["label"]["oz_binary_size"] for p in on_p]) or 1.0
    perfect = [[lists[j] for j in np.argsort(np.nan_to_num(on_s[i], nan=np.inf))] for i in range(len(on_p))]
    rows = {
        f"fixed order (fit on {args.fit})": evaluate(lambda i, p: order, on_p, lists, on_s, budgets),
        f"feature ranker (fit on {args.fit})": evaluate(
            lambda i, p: [lists[j] for j in np.argsort(predicted[i], kind="stable")], on_p, lists, on_s, budgets
        ),
        f"neighbour ranker, k={args.k} (fit on {args.fit})": evaluate(
            lambda i, p: neighbour_orders[i], on_p, lists, on_s, budgets
        ),
        "perfect ranker": evaluate(lambda i, p: perfect[i], on_p, lists, on_s, budgets),
    }
    if shipped is not None:
        rows["shipped coreset order"] = evaluate(lambda i, p: shipped, on_p, lists, on_s, budgets)
    random_runs = [evaluate(lambda i, p, o=o: o[i], on_p, lists, on_s, budgets) for o in random_orders]
    rows["random order"] = {
        b: (float(np.mean([r[b][0] for r in random_runs])), int(np.mean([r[b][1] for r in random_runs])))
        for b in budgets
    }
    if args.model:
        lm_rows(args, order, on_p, lists, on_s, predicted, neighbour_orders, budgets, rows)
    print(
        f"rankers on {len(on_p)} {args.on} {args.flavour} {args.level} programs (fitted on {len(fit_p)} {args.fit}), "
        f"{len(lists)} lists; labels' geomean vs -Oz {(label_gain - 1) * 100:+.2f} %; "
        f"{time.perf_counter() - start:.0f} s"
    )
    print(f"{'method':34} " + " ".join(f"{'B=' + str(b):>22}" for b in budgets))
    for name, res in rows.items():
        cells = []
        for b in budgets:
            g, improved = res[b]
            share = (1 - g) / (1 - label_gain) if label_gain < 1 else float("nan")
            cells.append(f"{(g - 1) * 100:+6.2f}% {share * 100:4.0f}% {improved:5}")
        print(f"{name:34} " + " ".join(f"{c:>22}" for c in cells))
    print("cells: geomean vs -Oz, share of the labels' gain, programs improved")


def lm_scores(spec: str, programs: list[dict], pool: list[str]) -> tuple[list[list[float]], float]:
    """Per program, the model's log-probability of each ``pool`` list as the answer (``ranked-coreset``'s prompt and
    answer template), and the seconds the scoring took."""
    from llmopt.backends import ContextOverflowError, load_backend
    from llmopt.inference.model import flag_tuning_prompt_text
    from llmopt.inference.ranked import list_answers
    from llmopt.passes import PassList
    from llmopt.prompts.ir_text import model_ir_text

    backend = load_backend(spec)
    texts, _ = list_answers(pool, "llm-compiler", PassList.parse)
    start = time.perf_counter()
    out = []
    for p in programs:
        try:
            out.append(backend.score(flag_tuning_prompt_text(model_ir_text(p["ir"]), "llm-compiler"), texts))
        except ContextOverflowError:  # a prompt over the context: this program keeps the fixed order
            out.append([0.0 - i for i in range(len(pool))])
    return out, time.perf_counter() - start


def lm_answers(spec: str, programs: list[dict]) -> tuple[list[str | None], float]:
    """Per program, the model's greedy pass list (canonical pipeline text; None: no list, or a prompt over the
    context) as ``zero-shot`` asks for it, and the seconds the generation took."""
    from llmopt.backends import ContextOverflowError, load_backend
    from llmopt.errors import PassListError
    from llmopt.inference.model import LIST_ONLY_STOP, flag_tuning_prompt_text
    from llmopt.passes import PassList
    from llmopt.prompts.flag_tuning import parse_flag_tuning
    from llmopt.prompts.ir_text import model_ir_text

    backend = load_backend(spec)
    start = time.perf_counter()
    out: list[str | None] = []
    for p in programs:
        prompt = flag_tuning_prompt_text(model_ir_text(p["ir"]), "llm-compiler")
        try:
            text = backend.generate([prompt], n=1, temperature=0.0, stop=list(LIST_ONLY_STOP))[0][0].text
            pipeline = parse_flag_tuning("flag_tuning", text).pass_pipeline
            out.append(None if pipeline is None else PassList.parse(pipeline).to_pipeline())
        except (ContextOverflowError, PassListError):
            out.append(None)
    return out, time.perf_counter() - start


def _canonical(pipeline: str) -> str:
    from llmopt.passes import PassList

    try:
        return PassList.parse(pipeline).to_pipeline()
    except PassListError:  # a matrix list the catalog does not read keeps its text
        return pipeline


def lm_rows(args, order, on_p, lists, on_s, predicted, neighbour_orders, budgets, rows) -> None:
    """The LM ranker, and every other row again on the programs the LM ranked."""
    n = min(args.lm_limit, len(on_p))
    sub_p, sub_s = on_p[:n], on_s[:n]
    pool = order[: args.lm_pool]
    if pool:  # --lm-pool 0: only the LM answer rows (scoring costs seconds per program, generation a tenth of one)
        scores, seconds = lm_scores(args.model, sub_p, pool)
        ranked = [
            [pool[j] for j in sorted(range(len(pool)), key=lambda j, s=s: (-s[j], j))] + order[len(pool) :]
            for s in scores
        ]
    perfect = [[lists[j] for j in np.argsort(np.nan_to_num(sub_s[i], nan=np.inf))] for i in range(n)]
    tag = f" [{n} progs]"
    rows[f"fixed order{tag}"] = evaluate(lambda i, p: order, sub_p, lists, sub_s, budgets)
    rows[f"feature ranker{tag}"] = evaluate(
        lambda i, p: [lists[j] for j in np.argsort(predicted[i], kind="stable")], sub_p, lists, sub_s, budgets
    )
    if pool:
        rows[f"LM ranker, top {len(pool)}{tag}"] = evaluate(lambda i, p: ranked[i], sub_p, lists, sub_s, budgets)
    rows[f"neighbour ranker{tag}"] = evaluate(lambda i, p: neighbour_orders[i], sub_p, lists, sub_s, budgets)
    rows[f"perfect ranker{tag}"] = evaluate(lambda i, p: perfect[i], sub_p, lists, sub_s, budgets)
    if pool:
        print(f"LM ranker: {args.model}, {n} programs x {len(pool)} lists scored in {seconds:.0f} s")
    answers, gen_seconds = lm_answers(args.model, sub_p)
    by_text = {_canonical(q): q for q in lists}
    # An answer off the matrix takes the budget slot as a list that failed (NaN column: no gain).
    by_text[_canonical(OZ)] = OZ
    firsts = [by_text.get(a, "<off-matrix>") if a is not None else "<no list>" for a in answers]
    off = sum(f == "<off-matrix>" for f in firsts)
    none = sum(f == "<no list>" for f in firsts)
    distinct = len({f for f in firsts if not f.startswith("<")})

    def lead(first: str, rest: list[str]) -> list[str]:
        if first in (OZ, "<no list>"):  # -Oz is not compiled twice, and no list costs no compilation
            return rest
        return [first, *(q for q in rest if q != first)]

    rows[f"LM answer, then fixed{tag}"] = evaluate(lambda i, p: lead(firsts[i], order), sub_p, lists, sub_s, budgets)
    rows[f"LM answer, then neighbours{tag}"] = evaluate(
        lambda i, p: lead(firsts[i], neighbour_orders[i]), sub_p, lists, sub_s, budgets
    )

    def last(answer: str, rest: list[str], budget: int) -> list[str]:
        """The first B-2 lists of ``rest``, then the answer in the budget's last slot (unless tried already); at
        B=2 the first list keeps the one slot (``model_slot="last"``)."""
        head = rest[: max(budget - 2, 1)]
        if answer in (OZ, "<no list>") or answer in head:
            return rest
        return [*head, answer, *(q for q in rest[len(head) :] if q != answer)]

    rows[f"neighbours, LM answer last{tag}"] = evaluate_at(
        lambda i, p, b: last(firsts[i], neighbour_orders[i], b), sub_p, lists, sub_s, budgets
    )
    print(
        f"LM answer: {n} greedy answers in {gen_seconds:.0f} s; {distinct} distinct lists, {off} off the matrix, "
        f"{none} without a list (or over the context)"
    )


if __name__ == "__main__":
    main()
