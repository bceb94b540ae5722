"""LLM-VeriOpt's rewards: each term against hand-computed values, then over the real verifier and measurer on real
instcombine pairs (a proved exact match, a refuted answer, garbage, a copy), and after a pickle round trip."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "task_builders"))
from builder_fixtures import function_rows

from llmopt.data.tasks.common import run_opt
from llmopt.data.tasks.peephole import INSTCOMBINE_PIPELINE
from llmopt.prompts.ir_text import model_ir_text
from llmopt.prompts.peephole import SUCCESS_VERDICT
from llmopt.prompts.scoring import bleu_score
from llmopt.toolchain import Toolchain
from llmopt.train.peephole_rewards import (
    ChainOfThoughtReward,
    EquivalenceReward,
    LatencyReward,
    VerifiedRewriteReward,
    chain_of_thought_reward,
    instcombine_speedup_ceiling,
    latency_reward,
    rewrite_reward,
)


def test_rewrite_reward_by_hand() -> None:
    # r = t(1 + a(1 + m)) + b
    assert rewrite_reward(True, True, True, 1.0) == 4.0  # 1 * (1 + 1 * 2) + 1
    assert rewrite_reward(True, True, False, 0.5) == 2.5  # 1 * (1 + 1) + 0.5
    assert rewrite_reward(True, False, False, 0.25) == 1.25  # 1 * 1 + 0.25
    assert rewrite_reward(True, False, True, 0.25) == 1.25  # m counts only with a
    assert rewrite_reward(False, True, True, 0.75) == 0.75  # no format: only BLEU is left


def test_chain_of_thought_reward_by_hand() -> None:
    assert chain_of_thought_reward(True, True, SUCCESS_VERDICT, SUCCESS_VERDICT) == 1.0
    assert chain_of_thought_reward(True, False, SUCCESS_VERDICT, "ERROR: x") == 0.0
    assert chain_of_thought_reward(False, True, "ERROR: x", SUCCESS_VERDICT) == 0.0
    same = "Transformation doesn't verify! ERROR in @f: source returns 1 but target returns 2"
    assert chain_of_thought_reward(False, False, same, same) == pytest.approx(1.0)
    other = "ERROR: could not parse or verify the IR: line 3: expected type"
    expected = 0.5 + 0.5 * bleu_score(other, same)
    assert chain_of_thought_reward(False, False, other, same) == pytest.approx(expected)
    assert 0.5 <= expected < 1.0


def test_latency_reward_by_hand() -> None:
    assert latency_reward(False, 3.0, 2.0, 2.0) == 0.0  # not proved
    assert latency_reward(True, 1.0, 2.0, 2.0) == 0.0  # no speedup
    assert latency_reward(True, 0.5, 2.0, 2.0) == 0.0  # slower
    assert latency_reward(True, 1.5, 2.0, 2.0) == pytest.approx(0.25)  # ((1.5 - 1) / (2 - 1)) ** 2
    assert latency_reward(True, 1.5, 3.0, 3.0) == pytest.approx(0.25**3)
    assert latency_reward(True, 5.0, 2.0, 2.0) == 1.0  # saturates at U_max
    with pytest.raises(Exception, match="above 1"):
        LatencyReward(ceiling=1.0)


@pytest.fixture(scope="module")
def pairs(toolchain: Toolchain) -> dict[str, tuple[str, str]]:
    """(source, instcombine output) of real functions, in the model's IR text, as the dataset stores them."""
    rows = function_rows(toolchain)
    out = {}
    for name in ("bump", "classify"):
        source = model_ir_text(run_opt(toolchain, rows[name]["ir"], None, 20).stdout_text)
        target = model_ir_text(run_opt(toolchain, rows[name]["ir"], INSTCOMBINE_PIPELINE, 20).stdout_text)
        assert source != target
        out[name] = (source, target)
    return out


def _answer(ir: str) -> str:
    return f"<answer>\n{ir}\n</answer>"


def test_verified_rewrite_reward_on_real_answers(pairs: dict[str, tuple[str, str]], data_dir: Path) -> None:
    source, target = pairs["bump"]
    wrong = target.replace("add nsw i32 %2, %0", "sub nsw i32 %2, %0")
    assert wrong != target
    reward = VerifiedRewriteReward(data_dir=str(data_dir))
    answers = [_answer(target), _answer(wrong), "no IR here at all", _answer(source)]
    values = reward([""] * 4, answers, ir=[source] * 4, reference_ir=[target] * 4)
    assert values[0] == pytest.approx(4.0)  # formatted, proved, exact match, BLEU 1
    assert 1.0 < values[1] < 2.0  # formatted, refuted: 1 + BLEU < 1
    assert values[2] < 0.1  # no answer block: no format, no IR, only the BLEU of the raw text
    assert 2.0 < values[3] < 3.0  # a copy of the input is proved (2) but matches instcombine only partly
    # The reward travels to a worker process: its verifier stays behind, and the copy scores the same.
    again = pickle.loads(pickle.dumps(reward))
    assert again._verifier is None
    assert again([""], [answers[1]], ir=[source], reference_ir=[target]) == [values[1]]


def test_equivalence_reward_ignores_instcombine(pairs: dict[str, tuple[str, str]]) -> None:
    source, target = pairs["bump"]
    values = EquivalenceReward()([""] * 2, [_answer(source), _answer(target)], ir=[source] * 2)
    assert values == [2.0, 2.0]  # t(1 + a): a proved copy scores like instcombine's output


def test_chain_of_thought_reward_on_real_drafts(pairs: dict[str, tuple[str, str]]) -> None:
    source, target = pairs["bump"]
    wrong = target.replace("add nsw i32 %2, %0", "sub nsw i32 %2, %0")

    def think(draft: str, diagnosis: str) -> str:
        return f"<think>\n<code>\n{draft}\n</code>\nVerification: {diagnosis}\n</think>\n{_answer(target)}"

    reward = ChainOfThoughtReward()
    ok_ok, wrong_ok, wrong_vague, garbage = reward(
        [""] * 4,
        [
            think(target, SUCCESS_VERDICT),
            think(wrong, SUCCESS_VERDICT),
            think(wrong, "Transformation doesn't verify! ERROR in @bump: the results differ"),
            _answer(target),
        ],
        ir=[source] * 4,
    )
    assert ok_ok == 1.0  # both say correct
    assert wrong_ok == 0.0  # the model says correct, the verifier refutes
    assert 0.5 < wrong_vague < 1.0  # both say wrong: 0.5 + 0.5 * BLEU of the two diagnoses
    assert garbage == 0.0  # no think block


def test_latency_reward_on_real_answers(pairs: dict[str, tuple[str, str]], data_dir: Path) -> None:
    sources = [pairs[n][0] for n in pairs]
    references = [pairs[n][1] for n in pairs]
    probe = LatencyReward(ceiling=2.0, data_dir=str(data_dir))
    speedups = [probe.speedup(s, r) for s, r in zip(sources, references, strict=True)]
    assert all(u is not None and u > 1.0 for u in speedups)  # instcombine lowers the estimated latency of both
    ceiling = instcombine_speedup_ceiling(probe, sources, references, percentile=80)
    assert min(speedups) <= ceiling <= max(speedups)  # type: ignore[type-var]
    reward = LatencyReward(ceiling=ceiling, gamma=2.0, data_dir=str(data_dir))
    source, target = pairs["bump"]
    wrong = target.replace("add nsw i32 %2, %0", "sub nsw i32 %2, %0")
    proved, copy, refuted = reward([""] * 3, [_answer(target), _answer(source), _answer(wrong)], ir=[source] * 3)
    u = reward.speedup(source, target)
    assert u is not None
    assert proved == pytest.approx(latency_reward(True, u, ceiling, 2.0)) and proved > 0.0
    assert copy == 0.0  # proved but no faster
    assert refuted == 0.0  # faster maybe, but not proved
    reward.close()
    probe.close()
