"""Soundness of the SMT validator on hand-written pairs, one file per semantic class (tests/data/verify_soundness).

Each pair was written from the LLVM LangRef rule for its class: a wrong target must never be called equivalent, a
correct one never refuted; pairs marked ``proved``/``refuted`` also pin today's power so a regression shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from llmopt.toolchain import IRModule
from llmopt.verify import SmtVerifier, Verdict, VerificationResult

PAIRS_DIR = Path(__file__).resolve().parents[2] / "data" / "verify_soundness"
TIMEOUT_S = 10.0
EXPECTATIONS = {"wrong", "refuted", "right", "proved"}


@dataclass(frozen=True)
class Pair:
    file: str
    name: str
    expect: str
    source: str
    target: str


def load_pairs(directory: Path = PAIRS_DIR) -> list[Pair]:
    """Every pair of every ``*.ll`` file; malformed entries fail loudly (a typo must not drop a pair)."""
    pairs = []
    for path in sorted(directory.glob("*.ll")):
        chunks = re.split(r"^;; pair: *(.+)$", path.read_text(), flags=re.M)
        for name, chunk in zip(chunks[1::2], chunks[2::2], strict=True):
            m = re.search(r"^;; expect: *(\w+)\s*$(.*)^;; source\s*$(.*)^;; target\s*$(.*)", chunk, flags=re.M | re.S)
            assert m, f"{path.name}: pair {name!r} lacks ;; expect / ;; source / ;; target"
            assert m.group(1) in EXPECTATIONS, f"{path.name}: pair {name!r}: unknown expectation {m.group(1)}"
            pairs.append(
                Pair(path.name, name.strip(), m.group(1), m.group(3).strip() + "\n", m.group(4).strip() + "\n")
            )
    return pairs


PAIRS = load_pairs()


@pytest.fixture(scope="module")
def verifier(toolchain) -> SmtVerifier:
    return SmtVerifier(toolchain)


def test_corpus_has_both_variants_per_file() -> None:
    by_file: dict[str, set[str]] = {}
    for p in PAIRS:
        by_file.setdefault(p.file, set()).add(p.expect)
    assert by_file, "no pairs found"
    for file, kinds in by_file.items():
        assert kinds & {"wrong", "refuted"} and kinds & {"right", "proved"}, f"{file} needs both variants"
    assert len({(p.file, p.name) for p in PAIRS}) == len(PAIRS)


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p.file[:-3]}:{p.name}" for p in PAIRS])
def test_pair(verifier: SmtVerifier, pair: Pair) -> None:
    results = verifier.verify(IRModule(pair.source), IRModule(pair.target), timeout_s=TIMEOUT_S)
    if pair.expect in ("proved", "refuted") and any(_timed_out(r) for r in results):
        # z3's limit is wall-clock: on a loaded machine a query that takes 0.02 s alone has been seen to use up
        # its share (CI, once in ~2,500 pairs). Power pins get one more try; soundness checks never need one.
        results = verifier.verify(IRModule(pair.source), IRModule(pair.target), timeout_s=2 * TIMEOUT_S)
    assert results, "no function compared"
    verdicts = [r.verdict for r in results]
    reasons = "; ".join(f"@{r.function}: {r.verdict.value} ({r.reason})" for r in results)
    assert Verdict.SYNTAX_ERROR not in verdicts, reasons
    if pair.expect in ("wrong", "refuted"):
        assert any(v is not Verdict.EQUIVALENT for v in verdicts), f"false equivalent: {reasons}"
    if pair.expect == "refuted":
        assert Verdict.NOT_EQUIVALENT in verdicts, reasons
    if pair.expect in ("right", "proved"):
        assert Verdict.NOT_EQUIVALENT not in verdicts, f"false refutation: {reasons}"
    if pair.expect == "proved":
        assert all(v is Verdict.EQUIVALENT for v in verdicts), reasons


def _timed_out(result: VerificationResult) -> bool:
    return result.verdict is Verdict.INCONCLUSIVE and "timeout" in result.reason
