"""Fit the shipped ranked coreset (``llmopt/inference/data/coreset-llvm<major>-v1.json``) from autotuner results.

Steps, each resumable through one autotune ``ResultStore`` (``--out``): autotune the training programs (random search,
minimization, the real PassListEval gate on the ``--gate-candidates`` smallest candidates per program, broadcast;
budget ``--budget``), measure every distinct best list on every program (the size table), take the gate's verdict on
each list (``llmopt.verify.acceptance``; verdicts kept in the store and in the shared gate verdict store), order the
accepted ones greedily (``llmopt.inference.coreset``) and write the file.
Killed at any point, the same command picks up where it stopped.

Training programs (default): the project's benchmark IR, ``benchmarks/data/func`` (per-function modules) and
``benchmarks/data/tu-*`` (whole TUs), size flavour. Any measurement on these programs must use
``Coreset.excluding(...)`` (``benchmarks/coreset_loo.py`` does, per source program).

From a training release instead (``--release data/releases/flagtune-v2``): the release's train split of one level
and flavour is the fit set, its size matrix the table and its gate verdicts the verdicts; nothing is compiled. This
is how the paper-flavour coreset is fitted (no benchmark of the project is in that fit set, so no leave-one-out is
needed on the project benchmark; measure on the release's validation split: ``benchmarks/rankers.py``).

Usage: python scripts/fit_coreset.py [--functions DIR] [--tus DIR ...] [--budget 100] [--out DIR] [-j 2]
       [--flavour size] [--write-dir llmopt/inference/data] [--no-gate]
       python scripts/fit_coreset.py --release data/releases/flagtune-v2 --flavour paper [--level function]
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.autotune import ResultStore  # noqa: E402
from llmopt.errors import LlmoptError  # noqa: E402
from llmopt.inference.coreset import (  # noqa: E402
    DATA_DIR,
    describe,
    fit_coreset,
    load_programs,
    prepare_fit,
    table_from_size_matrix,
    tu_caps,
)
from llmopt.settings import Settings  # noqa: E402
from llmopt.toolchain import Flavour, Toolchain, iter_input_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--functions", type=Path, nargs="*", default=[ROOT / "benchmarks" / "data" / "func"])
    parser.add_argument(
        "--tus",
        type=Path,
        nargs="*",
        default=[ROOT / "benchmarks" / "data" / "tu-project", ROOT / "benchmarks" / "data" / "tu-csmith"],
    )
    parser.add_argument("--budget", type=int, default=100, help="random lists per program (autotuner budget)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--flavour", default="size", choices=[f.value for f in Flavour])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "coreset", help="autotune store")
    parser.add_argument("--write-dir", type=Path, default=DATA_DIR, help="where the coreset file goes")
    parser.add_argument(
        "--tu-minimize-evals", type=int, default=200, help="minimization cap per TU (evaluations; functions: default)"
    )
    parser.add_argument(
        "--tu-phase-seconds", type=float, default=60.0, help="minimize and broadcast cap per TU (seconds)"
    )
    parser.add_argument(
        "--gate-candidates", type=int, default=3, help="smallest candidates per program the autotuner's gate checks"
    )
    parser.add_argument("-j", "--workers", type=int, default=None)
    parser.add_argument("--data-dir", type=Path, default=None, help="default: LLMOPT_DATA_DIR, config, ~/.cache")
    parser.add_argument(
        "--no-gate", action="store_true", help="ungated search, lists unchecked (experiments only; 'not gated')"
    )
    parser.add_argument("--release", type=Path, default=None, help="fit from a training release's size matrix")
    parser.add_argument("--level", default="function", choices=["function", "module"], help="with --release")
    args = parser.parse_args(argv)
    try:
        return fit(args, argv if argv is not None else sys.argv[1:])
    except LlmoptError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


def fit_from_release(args: argparse.Namespace, argv: list[str]) -> int:
    from llmopt.data.release import load_release, load_size_matrix

    toolchain = Toolchain.discover(Settings.load(data_dir=args.data_dir).llvm_bin)
    flavour = Flavour.parse(args.flavour)
    matrix = load_size_matrix(args.release, level=args.level, flavour=flavour.value).split("train")
    if not matrix.programs:
        print(f"error: {args.release} has no train programs of level {args.level} in the {flavour.value} flavour")
        return 1
    from llmopt.data.heldout import is_heldout

    held = sorted({str(p["package"]) for p in matrix.programs if p.get("package") and is_heldout(str(p["package"]))})
    if held:
        print(f"error: the fit set holds evaluation-only packages ({', '.join(held[:5])}); refusing to fit on them")
        return 1
    table = table_from_size_matrix(matrix)
    verdicts = {
        r["pipeline"]: (bool(r["gate_accepted"]), str(r["gate_reason"] or "")[:600])
        for r in load_release(args.release, "lists").to_pylist()
    }
    manifest = json.loads((Path(args.release) / "manifest.json").read_text())
    print(f"{len(table.programs)} train programs x {len(table.sizes)} accepted lists from {args.release}", flush=True)
    command = "python scripts/fit_coreset.py " + " ".join(shlex.quote(a) for a in argv)
    coreset = fit_coreset(
        table,
        verdicts,
        llvm_version=toolchain.version,
        flavour=flavour,
        fitted_by=command.strip(),
        settings={"release": str(args.release), "release_version": manifest.get("version"), "level": args.level},
    )
    path = coreset.write(args.write_dir)
    print(describe(coreset))
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return 0


def fit(args: argparse.Namespace, argv: list[str]) -> int:
    if args.release is not None:
        return fit_from_release(args, argv)
    settings_ = Settings.load(data_dir=args.data_dir)
    toolchain = Toolchain.discover(settings_.llvm_bin)
    flavour = Flavour.parse(args.flavour)
    data_dir = settings_.data_dir
    programs = load_programs(toolchain, iter_input_files(args.functions), iter_input_files(args.tus), flavour)
    print(f"{len(programs)} training programs; autotuning at budget {args.budget} into {args.out}", flush=True)
    with ResultStore(args.out) as store:
        table, verdicts, settings = prepare_fit(
            programs,
            store,
            toolchain,
            data_dir,
            budget=args.budget,
            seed=args.seed,
            workers=args.workers,
            caps_for_tus=tu_caps(args.tu_minimize_evals, args.tu_phase_seconds),
            flavour=flavour,
            gated=not args.no_gate,
            gate_candidates=args.gate_candidates,
            progress=lambda line: print(line, flush=True),
        )
    rejected = sorted(p for p, (ok, _) in verdicts.items() if not ok)
    for pipeline in rejected:
        print(f"  gate rejected {pipeline[:90]}: {verdicts[pipeline][1][:90]}")
    command = "python scripts/fit_coreset.py " + " ".join(shlex.quote(a) for a in argv)
    coreset = fit_coreset(
        table,
        verdicts,
        llvm_version=toolchain.version,
        flavour=flavour,
        fitted_by=command.strip(),
        settings=settings,
    )
    path = coreset.write(args.write_dir)
    print(describe(coreset))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
