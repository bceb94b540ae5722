"""The verifier soundness corpus: (source, target, expected) pairs built from the project's own small C functions.

Positives come from LLVM itself: every function of the C files under ``llmopt/verify/data/corpus_sources`` (package
data, so an installed llmopt builds the corpus without a checkout) is compiled the seed papers' way (``clang -O0 -Xclang
-disable-O0-optnone``), extracted on its own, and optimized by each of ``DEFAULT_PIPELINES``; a target identical to its
source is dropped, and identical targets from several pipelines are kept once (``pipelines`` lists all that produced
it). Negatives are mutants of those targets (``mutate.py``): each is valid IR, and it is labelled ``mutant-confirmed``
only when the differential tester found an input on which it behaves differently from the source; otherwise
``mutant-unconfirmed`` (it may be equivalent after all). Every positive is run through the same differential harness
as a sanity check of the harness itself, and a positive it refutes is kept but flagged (``differential_verdict``).

The corpus is cached as one JSON file under ``out_dir``, keyed by the toolchain, the C files' contents and the build
options, so rebuilding is free until one of those changes.

Limits: positives trust LLVM (a miscompile by a pass would be labelled equivalent); "confirmed" negatives are only as
sound as the differential tester's UB detection (see ``differential.py``); functions are small and loop-light, so the
corpus says little about verifier performance on large functions.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source, split_functions, write_atomic
from llmopt.verify.differential import DifferentialVerifier
from llmopt.verify.mutate import generate_mutants
from llmopt.verify.result import Verdict

CORPUS_VERSION = "v1"
DEFAULT_PIPELINES = (
    "instcombine<no-verify-fixpoint>",
    "mem2reg,instcombine<no-verify-fixpoint>",
    "sroa,instcombine<no-verify-fixpoint>",
    "default<O1>",
)
POSITIVE = "positive"
CONFIRMED = "mutant-confirmed"
UNCONFIRMED = "mutant-unconfirmed"


def default_sources_dir() -> Path:
    """The C sources shipped with the package (``llmopt/verify/data/corpus_sources``)."""
    return Path(__file__).resolve().parent / "data" / "corpus_sources"


@dataclass(frozen=True)
class CorpusPair:
    """One (source, target, expected) pair.

    Attributes:
        id: ``file:function:pN`` for positives, ``file:function:pN:mK`` for mutants of positive ``pN``.
        function: the function's name in both modules.
        source: unoptimized IR of the function (its own module).
        target: optimized IR (positive) or a mutant of it (negative).
        expected: "equivalent" for positives, "not_equivalent" for mutants (trusted only for confirmed ones).
        label: "positive", "mutant-confirmed" or "mutant-unconfirmed".
        pipeline: the pass pipeline that produced the target (for mutants: of the target they mutate).
        pipelines: every pipeline that produced this same target.
        mutation: the mutation's description, for negatives.
        differential_verdict / differential_reason: what the differential tester said about the pair.
    """

    id: str
    file: str
    function: str
    source: str
    target: str
    expected: str
    label: str
    pipeline: str
    pipelines: tuple[str, ...] = ()
    mutation: str = ""
    mutation_kind: str = ""
    differential_verdict: str = ""
    differential_reason: str = ""

    def source_module(self) -> IRModule:
        return IRModule(
            text=self.source,
            name=f"{self.file}:{self.function}",
            flavour=Flavour.PAPER,
            provenance={"corpus": self.id, "role": "source"},
        )

    def target_module(self) -> IRModule:
        return IRModule(
            text=self.target,
            name=f"{self.file}:{self.function}",
            flavour=Flavour.PAPER,
            provenance={"corpus": self.id, "role": "target", "pipeline": self.pipeline},
        )


@dataclass(frozen=True)
class Corpus:
    """The pairs plus where they are cached and how long building took (0 when read from the cache)."""

    pairs: tuple[CorpusPair, ...]
    path: Path
    key: str
    build_seconds: float = 0.0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def positives(self, pipeline: str | None = None) -> list[CorpusPair]:
        """Positive pairs, optionally only those a given pipeline produced."""
        return [p for p in self.pairs if p.label == POSITIVE and (pipeline is None or pipeline in p.pipelines)]

    def confirmed_negatives(self) -> list[CorpusPair]:
        return [p for p in self.pairs if p.label == CONFIRMED]

    def unconfirmed_negatives(self) -> list[CorpusPair]:
        return [p for p in self.pairs if p.label == UNCONFIRMED]

    def summary(self) -> dict[str, Any]:
        """Counts per label, per mutation kind (confirmed/all) and positives refuted by the differential tester."""
        kinds: dict[str, list[int]] = {}
        for p in self.pairs:
            if p.label != POSITIVE:
                entry = kinds.setdefault(p.mutation_kind, [0, 0])
                entry[0] += p.label == CONFIRMED
                entry[1] += 1
        return {
            "pairs": len(self.pairs),
            "functions": len({(p.file, p.function) for p in self.pairs}),
            "positives": len(self.positives()),
            "confirmed_negatives": len(self.confirmed_negatives()),
            "unconfirmed_negatives": len(self.unconfirmed_negatives()),
            "positives_refuted_by_differential": [
                p.id for p in self.positives() if p.differential_verdict == Verdict.NOT_EQUIVALENT.value
            ],
            "mutation_kinds_confirmed_of_all": {k: f"{v[0]}/{v[1]}" for k, v in sorted(kinds.items())},
        }


def _cache_key(
    tc: Toolchain, files: Sequence[Path], pipelines: Sequence[str], mutants_per_target: int, seed: int, inputs: int
) -> str:
    h = hashlib.sha256()
    h.update(f"{CORPUS_VERSION}|{tc.identity}|{'|'.join(pipelines)}|{mutants_per_target}|{seed}|{inputs}".encode())
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _source_files(sources: Path | Sequence[Path] | None) -> list[Path]:
    if sources is None:
        sources = default_sources_dir()
    paths = [sources] if isinstance(sources, Path) else list(sources)
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.glob("*.c")))
        elif p.is_file():
            files.append(p)
        else:
            raise ConfigError(
                f"corpus source {p} does not exist; pass C files or a directory holding them "
                f"(the default is {default_sources_dir()})"
            )
    if not files:
        raise ConfigError(f"no .c files found in {', '.join(map(str, paths))}")
    return files


def load_corpus(path: Path) -> Corpus:
    """Read a corpus JSON file written by ``build_corpus``.

    Raises:
        InputError: the file is missing or not a corpus file.
    """
    try:
        data = json.loads(Path(path).read_text())
        sources = data["sources"]
        pairs = tuple(
            CorpusPair(**{**row, "source": sources[row["source"]], "pipelines": tuple(row["pipelines"])})
            for row in data["pairs"]
        )
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path} is not a readable verify corpus ({e}); delete it to rebuild") from e
    return Corpus(pairs=pairs, path=Path(path), key=data.get("key", ""), notes=tuple(data.get("notes", ())))


def _write_corpus(path: Path, key: str, pairs: Iterable[CorpusPair], notes: Sequence[str]) -> None:
    sources: dict[str, str] = {}
    rows = []
    for p in pairs:
        sid = f"{p.file}:{p.function}"
        sources[sid] = p.source
        row = asdict(p)
        row["source"] = sid
        rows.append(row)
    write_atomic(
        path,
        json.dumps(
            {"version": CORPUS_VERSION, "key": key, "notes": list(notes), "sources": sources, "pairs": rows}, indent=0
        ),
    )


def build_corpus(
    tc: Toolchain,
    out_dir: str | Path,
    sources: Path | Sequence[Path] | None = None,
    pipelines: Sequence[str] = DEFAULT_PIPELINES,
    mutants_per_target: int = 1,
    seed: int = 0,
    differential_inputs: int = 64,
    rebuild: bool = False,
    workers: int = 1,
) -> Corpus:
    """Build (or read from the cache) the soundness corpus.

    Cost when not cached: per function one llvm-extract, one opt per pipeline, per distinct target about
    ``mutants_per_target`` IR parser runs (at most 12, when candidates are invalid), and one differential harness
    (one llvm-link, one clang, one run) for all of the function's targets and mutants together: 1.5-2 minutes for
    the default 100 functions on a busy 2-core machine.

    Args:
        tc: the LLVM installation.
        out_dir: data directory for the cached JSON file.
        sources: C files or directories of them (default: ``default_sources_dir()``).
        pipelines: opt pipelines that make the positive targets.
        mutants_per_target: mutants tried per distinct positive target.
        seed: seed for mutation choice and differential inputs.
        differential_inputs: inputs per function for the confirmation run.
        rebuild: ignore an existing cache file.
        workers: functions processed at the same time (threads driving tool processes); the result does not
            depend on it.

    Returns:
        The corpus; ``corpus.path`` is the cache file.

    Raises:
        ConfigError: no C sources found.
        InputError: a corpus C file does not compile.
    """
    files = _source_files(sources)
    key = _cache_key(tc, files, pipelines, mutants_per_target, seed, differential_inputs)
    path = Path(out_dir) / f"verify-corpus-{CORPUS_VERSION}-{key}.json"
    if path.exists() and not rebuild:
        return load_corpus(path)
    start = time.perf_counter()
    tester = DifferentialVerifier(tc, inputs=differential_inputs, seed=seed)
    jobs: list[tuple[str, IRModule]] = []
    for file in files:
        module = compile_source(tc, file, Flavour.PAPER)
        jobs.extend((file.stem, part) for part in split_functions(tc, module))

    def build_one(job: tuple[str, IRModule]) -> tuple[list[CorpusPair], list[str]]:
        stem, part = job
        notes_here: list[str] = []
        found = _pairs_for_function(
            tc, tester, stem, part.provenance["function"], part, pipelines, mutants_per_target, seed, notes_here
        )
        return found, notes_here

    pairs: list[CorpusPair] = []
    notes: list[str] = []
    # threads only wait on tool processes, so a small pool overlaps them cheaply; results keep the input order
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for found, notes_here in pool.map(build_one, jobs):
            pairs.extend(found)
            notes.extend(notes_here)
    _write_corpus(path, key, pairs, notes)
    corpus = load_corpus(path)
    return Corpus(pairs=corpus.pairs, path=path, key=key, build_seconds=time.perf_counter() - start, notes=tuple(notes))


def _pairs_for_function(
    tc: Toolchain,
    tester: DifferentialVerifier,
    file: str,
    function: str,
    source: IRModule,
    pipelines: Sequence[str],
    mutants_per_target: int,
    seed: int,
    notes: list[str],
) -> list[CorpusPair]:
    targets: dict[str, list[str]] = {}  # target text -> pipelines that produced it
    for pipeline in pipelines:
        run = tc.optimize_ir(source.text, pipeline, timeout_s=60)
        if not run.ok:
            notes.append(f"{file}:{function}: opt -passes={pipeline} failed: {run.describe()}")
            continue
        text = run.stdout_text
        if text.strip() == source.text.strip():
            continue
        targets.setdefault(text, []).append(pipeline)
    drafts: list[dict[str, Any]] = []
    seen = {source.text, *targets}
    for n, (text, producers) in enumerate(targets.items()):
        pid = f"{file}:{function}:p{n}"
        drafts.append(
            {
                "id": pid,
                "target": text,
                "expected": Verdict.EQUIVALENT.value,
                "label": POSITIVE,
                "pipeline": producers[0],
                "pipelines": tuple(producers),
            }
        )
        target_module = source.with_text(text)
        mutants = generate_mutants(
            tc, target_module, count=mutants_per_target, function=function, seed=hash_seed(seed, pid)
        )
        for k, mutant in enumerate(mutants):
            if mutant.module.text in seen:
                continue
            seen.add(mutant.module.text)
            drafts.append(
                {
                    "id": f"{pid}:m{k}",
                    "target": mutant.module.text,
                    "expected": Verdict.NOT_EQUIVALENT.value,
                    "label": UNCONFIRMED,
                    "pipeline": producers[0],
                    "pipelines": tuple(producers),
                    "mutation": mutant.description,
                    "mutation_kind": mutant.kind,
                }
            )
    if not drafts:
        return []
    verdicts = tester.compare_many(source, [source.with_text(d["target"]) for d in drafts], function, timeout_s=60)
    pairs = []
    for d, v in zip(drafts, verdicts, strict=True):
        if d["label"] == UNCONFIRMED and v.verdict is Verdict.NOT_EQUIVALENT:
            d["label"] = CONFIRMED
        pairs.append(
            CorpusPair(
                file=file,
                function=function,
                source=source.text,
                differential_verdict=v.verdict.value,
                differential_reason=v.reason,
                **d,
            )
        )
    return pairs


def hash_seed(seed: int, text: str) -> int:
    """A per-item seed that does not depend on Python's randomized ``hash``."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{text}".encode()).digest()[:8], "little")
