"""Soundness on the peephole path's own mutants: what a model gets wrong when it rewrites a function.

The GRPO reward and the peephole step trust ``equivalent``; a model rewarded by an unsound verifier learns to write
the wrong IR it accepts. The pairs are real -O0 functions (``paper`` flavour, the seed's input) of the verifier's
corpus sources and their instcombine output; the negatives are one-line mutants of that output (the correction
samples' kind of wrong answer), each confirmed wrong by a differential-testing counterexample. None may be proved.
"""

from __future__ import annotations

from pathlib import Path

from llmopt.data.tasks.peephole import INSTCOMBINE_PIPELINE
from llmopt.toolchain import Flavour, IRModule, Toolchain, compile_source, split_functions
from llmopt.verify.differential import DifferentialVerifier
from llmopt.verify.mutate import generate_mutants
from llmopt.verify.result import Verdict
from llmopt.verify.smt import SmtVerifier

SOURCES = Path(__file__).resolve().parents[3] / "llmopt" / "verify" / "data" / "corpus_sources"


def test_no_confirmed_wrong_peephole_mutant_is_proved(toolchain: Toolchain) -> None:
    smt, differential = SmtVerifier(toolchain), DifferentialVerifier(toolchain)
    confirmed = proved_wrong = 0
    for source_file in ("arith.c", "bits.c", "branches.c", "select.c"):
        module = compile_source(toolchain, SOURCES / source_file, Flavour.PAPER)
        for index, part in enumerate(split_functions(toolchain, module)[:6]):
            run = toolchain.optimize_ir(part.text, INSTCOMBINE_PIPELINE)
            assert run.ok
            target = IRModule(text=run.stdout_text, name=part.name)
            for mutant in generate_mutants(toolchain, target, count=2, seed=index):
                witness = differential.verify(part, mutant.module, timeout_s=20)
                if not any(r.verdict is Verdict.NOT_EQUIVALENT for r in witness):
                    continue  # not confirmed wrong (the mutant may be a correct variant): no claim either way
                confirmed += 1
                verdicts = [r.verdict for r in smt.verify(part, mutant.module, timeout_s=5)]
                proved_wrong += Verdict.EQUIVALENT in verdicts
    assert confirmed >= 20  # enough negatives for the claim to mean something
    assert proved_wrong == 0
