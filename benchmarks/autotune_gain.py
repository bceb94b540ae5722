"""The autotuner against -Oz on code the project wrote or generated: the table issue 3 asks for.

Programs (none from Debian, so nothing reserved for evaluation is touched, see ../shared/HELDOUT.md):

* whole translation units (``tu``): the correctness gate's self-testing programs (every other one, by name), the
  example and the test inputs, plus Csmith programs (small ones: ``--max-funcs 4``, seeds 1..N);
* per-function modules (``func``): functions (at least 5 instructions) of all of those TUs and of every gate program,
  split with llvm-extract, picked with a fixed stride so the same functions are taken in both flavours.

For each IR flavour (``paper``: -O0 -disable-O0-optnone IR vs ``opt default<Oz>`` on it, as in the papers; ``size``:
clang -Oz -disable-llvm-passes IR vs real ``clang -Oz``) the script runs ``llmopt autotune`` at each budget; a larger
budget resumes from a copy of the smaller budget's store (random list *i* of a program is the same in both, so the
first N evaluations are read back instead of measured; wall times are given both ways). Then ``--subset`` programs
(half func, half TU) at ``--subset-budget``. Every run uses the gate and the per-program guards (CLI defaults: the
gate in the tuning flavour with 10 Csmith programs).

Usage: python benchmarks/autotune_gain.py [--flavours size paper] [--budgets 100 1000] [--subset 30]
       [--subset-budgets 5000 | --budgets --subset-budgets 100 1000 5000 (the subset's monotonicity chain)]
       [--functions 200] [--units 50] [--out benchmarks/out/autotune] [-j N]
Print only; never asserts. Results stay in --out (SQLite stores, JSON per run, summary.json and summary.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmopt.metrics import (  # noqa: E402
    SizeComparison,
    measure_clang_object,
)
from llmopt.toolchain import (  # noqa: E402
    Flavour,
    Toolchain,
    compile_source,
    run_process,
    split_functions,
    write_atomic,
)

GATE_PROGRAMS = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"
CSMITH_INCLUDE = "/usr/include/csmith"
LLMOPT = [sys.executable, "-m", "llmopt.cli.main"]
CLANG_OZ_FILE = "clang_oz.json"  # size-flavour TU file name -> real clang -Oz object size


def project_sources() -> list[Path]:
    """Every C/C++ file the project wrote that compiles on its own (drivers and the broken test input excluded)."""
    gate = [
        p
        for p in sorted(GATE_PROGRAMS.iterdir())
        if p.suffix in (".c", ".cc", ".cpp") and not p.stem.endswith("_driver")
    ]
    tests = [p for p in sorted((ROOT / "tests" / "data" / "c").glob("*.c*")) if p.name != "broken.c"]
    return [ROOT / "examples" / "checksum.c", *tests, *gate]


def csmith_sources(work: Path, count: int) -> list[Path]:
    out = []
    for seed in range(1, count + 1):
        path = work / f"csmith_s{seed}.c"
        if not path.is_file():
            run = run_process(
                ["csmith", "--seed", str(seed), "--max-funcs", "4", "--max-block-depth", "3"], timeout_s=60, cwd=work
            )
            if not run.ok:
                raise SystemExit(f"csmith failed: {run.describe()}")
            write_atomic(path, run.stdout)
        out.append(path)
    return out


def compile_flags(src: Path, csmith: list[Path]) -> tuple[str, ...]:
    """Extra clang flags of a benchmark source: Csmith's runtime headers, or the source's own directory."""
    return (f"-I{CSMITH_INCLUDE}", "-w") if src in csmith else ("-w", f"-I{src.parent}")


_COMPILED: dict[Flavour, tuple[dict[Path, Any], list[Path], dict[str, Any]]] = {}


def all_modules(
    tc: Toolchain, out: Path, flavour: Flavour, n_csmith: int
) -> tuple[dict[Path, Any], list[Path], dict[str, Any]]:
    """Every project and Csmith source compiled to ``flavour``, and split per function (``function_parts``); done
    once per flavour and run (picking the functions and writing the size flavour's files share it)."""
    if flavour not in _COMPILED:
        work = out / "programs" / "csmith"
        work.mkdir(parents=True, exist_ok=True)
        csmith = csmith_sources(work, n_csmith)
        modules = {
            src: compile_source(tc, src, flavour, extra_args=compile_flags(src, csmith))
            for src in [*project_sources(), *csmith]
        }
        _COMPILED[flavour] = (modules, csmith, function_parts(tc, modules))
    return _COMPILED[flavour]


def file_stem(name: str) -> str:
    """A file name for a function (C++ mangled names can pass the file system's 255-byte limit)."""
    if len(name) <= 120:
        return name
    return f"{name[:100]}-{hashlib.sha256(name.encode()).hexdigest()[:12]}"


def function_parts(tc: Toolchain, modules: dict[Path, Any]) -> dict[str, Any]:
    """``<source stem>.<function>`` -> its per-function module, for every function of every module."""
    parts = {}
    for src, module in modules.items():
        for part in split_functions(tc, module):
            parts[f"{src.stem}.{part.name.split(':')[-1]}"] = part
    return parts


def materialize(
    tc: Toolchain, out: Path, flavour: Flavour, n_units: int, n_csmith: int, function_names: list[str]
) -> dict[str, list[Path]]:
    """Write the benchmark's IR files for one flavour; returns {"tu": [...], "func": [...]} paths."""
    root = out / "programs" / flavour.value
    modules, csmith, parts = all_modules(tc, out, flavour, n_csmith)
    project = project_sources()
    unit_sources = project[::2][: n_units - len(csmith)] + csmith
    result: dict[str, list[Path]] = {"tu": [], "func": []}
    for src in unit_sources:
        path = root / "tu" / f"{src.stem}.ll"
        write_atomic(path, modules[src].text)
        result["tu"].append(path)
    if flavour is Flavour.SIZE:
        write_clang_sizes(tc, out, unit_sources, csmith)
    for name in function_names:
        if name in parts:
            path = root / "func" / f"{file_stem(name)}.ll"
            write_atomic(path, parts[name].text)
            result["func"].append(path)
    return result


def write_clang_sizes(tc: Toolchain, out: Path, sources: list[Path], csmith: list[Path]) -> None:
    """What users ship: the real `clang -Oz -c` object size of each TU's source (default<Oz> on size IR matches it
    up to clang's SLP vectorization), by TU file name."""
    sizes = {}
    for src in sources:
        sizes[f"{src.stem}.ll"] = measure_clang_object(tc, src, ("-Oz", *compile_flags(src, csmith))).binary_size
    write_atomic(out / "programs" / "size" / CLANG_OZ_FILE, json.dumps(sizes, indent=1))


def pick_functions(tc: Toolchain, out: Path, n_functions: int, n_csmith: int) -> list[str]:
    """The per-function benchmark: functions of at least 5 instructions in the size flavour, a fixed stride over
    their sorted names (so both flavours tune the same functions)."""
    _, _, parts = all_modules(tc, out, Flavour.SIZE, n_csmith)
    names = sorted(name for name, part in parts.items() if part.instruction_count >= 5)
    return names[:: max(1, len(names) // n_functions)][:n_functions]


def run_autotune(
    files: list[Path],
    store: Path,
    budget: int,
    flavour: str,
    workers: int | None,
    seed_store: Path | None,
    data_dir: Path,
    insertion: bool = True,
) -> tuple[dict[str, Any], float]:
    """One ``llmopt autotune --json`` run; with ``seed_store`` its store starts as a copy of that one."""
    json_path = store / "run.json"
    if json_path.is_file():
        data = json.loads(json_path.read_text())
        return data, data["bench_walltime_s"]
    store.mkdir(parents=True, exist_ok=True)
    if seed_store is not None and not (store / "autotune.sqlite").exists():
        shutil.copy(seed_store / "autotune.sqlite", store / "autotune.sqlite")
    args = [
        *LLMOPT,
        "autotune",
        "run",
        *map(str, files),
        "--budget",
        str(budget),
        "--flavour",
        flavour,
        "--out",
        str(store),
        "--json",
        "--no-progress",
        "--data-dir",
        str(data_dir),
    ]
    if workers:
        args += ["-j", str(workers)]
    if not insertion:
        args.append("--no-insertion")
    start = time.perf_counter()
    run = run_process(args, timeout_s=24 * 3600)
    wall = time.perf_counter() - start
    if not run.ok:
        raise SystemExit(f"autotune failed: {run.describe()}")
    data = json.loads(run.stdout_text)
    data["bench_walltime_s"] = wall
    data["bench_command"] = " ".join(args[2:])
    write_atomic(json_path, json.dumps(data))
    return data, wall


def summarize(programs: list[dict[str, Any]], baseline: str) -> dict[str, Any]:
    """Geomean size change vs the baseline and improved/regressed/equal counts."""
    sizes = SizeComparison.of([(p.get("best_binary_size"), p.get(baseline)) for p in programs])
    return {
        "n": sizes.compared,
        "geomean_change_pct": sizes.change_pct if sizes.compared else float("nan"),
        "improved": sizes.improved,
        "regressed": sizes.regressed,
        "equal": sizes.equal,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flavours", nargs="+", default=["size", "paper"])
    parser.add_argument("--budgets", nargs="*", type=int, default=[100, 1000], help="none: only the subset runs")
    parser.add_argument("--subset", type=int, default=30)
    parser.add_argument(
        "--subset-budget",
        "--subset-budgets",
        nargs="*",
        type=int,
        default=[5000],
        help="budgets of the subset runs; each resumes from the previous one's store (the monotonicity table)",
    )
    parser.add_argument("--functions", type=int, default=200)
    parser.add_argument("--units", type=int, default=50)
    parser.add_argument("--csmith", type=int, default=10, help="Csmith TUs among --units")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "autotune")
    parser.add_argument("-j", "--workers", type=int, default=None)
    parser.add_argument("--report-only", action="store_true", help="print the table of the finished runs and exit")
    parser.add_argument(
        "--no-insertion",
        action="store_true",
        help="minimize without insertion search (much cheaper; runs are labelled -noins)",
    )
    args = parser.parse_args()
    tc = Toolchain.discover()
    if args.report_only:
        if not (args.out / "programs" / "size" / CLANG_OZ_FILE).is_file():
            tus = {p.name for p in (args.out / "programs" / "size" / "tu").glob("*.ll")}
            csmith = sorted((args.out / "programs" / "csmith").glob("*.c"))
            write_clang_sizes(tc, args.out, [p for p in [*project_sources(), *csmith] if f"{p.stem}.ll" in tus], csmith)
        report(args.out)
        return 0
    names = pick_functions(tc, args.out, args.functions, args.csmith)
    flavours = [Flavour.parse(f) for f in args.flavours]
    files = {f: materialize(tc, args.out, f, args.units, args.csmith, names) for f in flavours}
    # Each budget in every flavour before the next budget, so a stopped benchmark has the cheaper rows complete.
    plan: list[tuple[Flavour, str, int, list[Path]]] = []
    for budget in sorted(args.budgets):
        plan += [(f, f"b{budget}", budget, files[f]["tu"] + files[f]["func"]) for f in flavours]
    if args.subset and args.subset_budget:
        half = args.subset // 2
        for budget in sorted(args.subset_budget):
            for f in flavours:
                func, tu = files[f]["func"], files[f]["tu"]
                subset = (
                    func[:: max(1, len(func) // half)][:half]
                    + tu[:: max(1, len(tu) // (args.subset - half))][: args.subset - half]
                )
                plan.append((f, f"subset{len(subset)}-b{budget}", budget, subset))
    # A data dir of the benchmark's own: no measurement or gate verdict cached by earlier work makes it look faster.
    # The engine is built before the clock starts (it is built once per machine in normal use).
    data_dir = args.out / "data-dir"
    warm = run_process(
        [*LLMOPT, "measure", str(files[flavours[0]]["func"][0]), "--data-dir", str(data_dir)], timeout_s=1800
    )
    if not warm.ok:
        raise SystemExit(f"engine warm-up failed: {warm.describe()}")
    # A run resumes from the store of the previous run of its kind (full set or subset) in its flavour; the first
    # subset run of a chain (one subset budget, as before) resumes from the largest full-set budget's store.
    previous: dict[tuple[Flavour, bool], Path] = {}
    chained = len(args.subset_budget) > 1
    for flavour, label, budget, chosen in plan:
        if args.no_insertion:
            label += "-noins"
        subset = label.startswith("subset")
        store = args.out / "runs" / f"{flavour.value}-{label}"
        seed = previous.get((flavour, True)) if subset else previous.get((flavour, False))
        if subset and seed is None and not chained:
            seed = previous.get((flavour, False))
        run_autotune(
            chosen,
            store,
            budget,
            flavour.value,
            args.workers,
            seed,
            data_dir,
            insertion=not args.no_insertion,
        )
        if not subset or chained:
            previous[(flavour, subset)] = store
    report(args.out)
    return 0


RUN_RE = re.compile(r"(?P<flavour>size|paper)-(?P<label>(?:subset\d+-)?b(?P<budget>\d+)(?P<noins>-noins)?)$")


def report(out: Path) -> None:
    """The table over every finished run under ``out/runs`` (runs of earlier invocations included)."""
    clang_oz = (
        json.loads((out / "programs" / "size" / CLANG_OZ_FILE).read_text())
        if (out / "programs" / "size" / CLANG_OZ_FILE).is_file()
        else {}
    )
    runs = []
    for path in sorted((out / "runs").glob("*/run.json")):
        match = RUN_RE.match(path.parent.name)
        if match:
            runs.append((match, json.loads(path.read_text())))
    runs.sort(key=lambda r: (r[0]["label"].startswith("subset"), int(r[0]["budget"]), r[0]["flavour"] != "size"))
    rows = []
    for match, data in runs:
        flavour, label = match["flavour"], match["label"]
        # From scratch: a budget run resumed from the smaller budgets' store, so their wall times add up.
        # A subset chain (several subset budgets of one size) adds up the same way within the chain.
        prefix = match["label"].split("-")[0] if label.startswith("subset") else ""
        scratch = sum(
            d["bench_walltime_s"]
            for m, d in runs
            if m["flavour"] == flavour
            and (m["label"].split("-")[0] == prefix if prefix else not m["label"].startswith("subset"))
            and m["noins"] == match["noins"]
            and int(m["budget"]) <= int(match["budget"])
        )
        for kind in ("func", "tu"):
            part = [p for p in data["programs"] if f"/{kind}/" in p.get("source", "")]
            if not part:
                continue
            stats = summarize(part, "oz_binary_size")
            if kind == "tu" and flavour == "size" and clang_oz:
                for p in part:
                    p["clang_oz_binary_size"] = clang_oz.get(Path(p.get("source", "")).name)
                stats["vs_clang_oz_pct"] = summarize(part, "clang_oz_binary_size")["geomean_change_pct"]
            rows.append(
                {
                    "flavour": flavour,
                    "run": label,
                    "kind": kind,
                    **stats,
                    "evaluations": sum(p["evaluations"] for p in part),
                    "gate_rejections": sum(p["gate_rejections"] for p in part),
                    "guard_rejections": sum(p.get("guard_rejections", 0) for p in part),
                    "walltime_s": data["bench_walltime_s"],
                    "from_scratch_walltime_s": scratch,
                    "distinct_best": len({p["best_passes"] for p in part}),
                    "found_by_broadcast": sum(p.get("found_by") == "broadcast" for p in part),
                    "run_gate_rejections": data.get("gate_rejections"),
                    "broadcast": data.get("broadcast"),
                    "command": data.get("bench_command"),
                }
            )
    header = (
        "| flavour | run | kind | programs | geomean vs -Oz | vs real clang -Oz | improved | regressed | equal "
        "| evaluations | gate rej. | guard rej. | distinct best | wall (this run) | wall (from scratch) |"
    )
    lines = [header, "|" + "---|" * 15]
    for r in rows:
        clang = format(r["vs_clang_oz_pct"], "+.2f") + " %" if "vs_clang_oz_pct" in r else ""
        lines.append(
            f"| {r['flavour']} | {r['run']} | {r['kind']} | {r['n']} | {r['geomean_change_pct']:+.2f} % "
            f"| {clang} | {r['improved']} ({100 * r['improved'] / max(1, r['n']):.0f} %) | {r['regressed']} "
            f"| {r['equal']} | {r['evaluations']} | {r['gate_rejections']} | {r['guard_rejections']} "
            f"| {r['distinct_best']} | {r['walltime_s'] / 60:.1f} min "
            f"| {r['from_scratch_walltime_s'] / 60:.1f} min |"
        )
    text = "\n".join(lines)
    print(text)
    write_atomic(out / "summary.md", text + "\n")
    write_atomic(out / "summary.json", json.dumps(rows, indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
