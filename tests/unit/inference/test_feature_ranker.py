"""The feature ranker: IR statistics counted right, a ridge fit that learns which list suits which program, a JSON
round trip, and the ranked-coreset strategy trying lists in the ranker's order (never worse than -Oz, gate kept)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from inference_helpers import MISCOMPILE

from llmopt.errors import ConfigError
from llmopt.inference.features import FEATURE_NAMES, FeatureRanker, ir_features, log_ratio_matrix
from llmopt.inference.strategy import OZ, StrategyContext, make_strategy
from llmopt.metrics import Measurer
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import Acceptance

FUNC = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "func"
IR = """define i32 @f(i32 %a, i32 %b) {
entry:
  %s = add i32 %a, %b
  %t = add i32 %s, 1
  br label %done
done:
  ret i32 %t
}
declare void @g()
"""


def test_features_count_opcodes_blocks_and_functions() -> None:
    f = dict(zip(FEATURE_NAMES, ir_features(IR).tolist(), strict=True))
    assert f["op:add"] == pytest.approx(2 / 4) and f["op:br"] == pytest.approx(1 / 4)
    assert f["op:ret"] == pytest.approx(1 / 4) and f["op:mul"] == 0
    assert f["log:instructions"] == pytest.approx(np.log1p(4))
    assert f["log:blocks"] == pytest.approx(np.log1p(2)) and f["log:functions"] == pytest.approx(np.log1p(1))
    assert f["log:declarations"] == pytest.approx(np.log1p(1))


def test_fit_learns_which_list_suits_which_program(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, len(FEATURE_NAMES)))
    # List "a" shrinks programs with a high first feature, "b" those with a low one, "c" nothing.
    targets = np.stack([-0.2 * (x[:, 0] > 0), -0.2 * (x[:, 0] <= 0), np.zeros(200)], axis=1)
    ranker = FeatureRanker.fit(x, targets, ["a", "b", "c"], provenance={"fit": "synthetic"})
    pred = ranker.predict(x)
    assert (pred.argmin(axis=1) == np.where(x[:, 0] > 0, 0, 1)).mean() > 0.9
    loaded = FeatureRanker.load(ranker.save(tmp_path / "r.json"))
    assert np.allclose(loaded.predict(x), pred) and loaded.provenance == {"fit": "synthetic"}
    with pytest.raises(ConfigError, match="programs x lists"):
        FeatureRanker.fit(x, targets[:, :2], ["a", "b", "c"])
    (tmp_path / "bad.json").write_text('{"format": "other"}')
    with pytest.raises(ConfigError, match="not a feature ranker"):
        FeatureRanker.load(tmp_path / "bad.json")


def test_log_ratio_matrix_marks_failures_missing() -> None:
    m = log_ratio_matrix([{"a": 50.0, "b": None}], [100.0], ["a", "b", "c"])
    assert m[0, 0] == pytest.approx(np.log(0.5)) and np.isnan(m[0, 1]) and np.isnan(m[0, 2])


def test_ranked_coreset_follows_the_feature_ranker_and_keeps_the_gate(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, tmp_path: Path
) -> None:
    lists = ("function(mem2reg)", MISCOMPILE, "function(sroa,instcombine,simplifycfg)")
    # A ranker fitted so that, on this program, the miscompile looks best, then sroa..., then mem2reg.
    x = np.stack([ir_features(gcd_module.text), ir_features(IR)])
    targets = np.array([[-0.1, -0.5, -0.3], [0.0, 0.0, 0.0]])
    path = FeatureRanker.fit(x, targets, lists, alpha=1e-6).save(tmp_path / "ranker.json")
    assert FeatureRanker.load(path).rank(gcd_module.text)[:2] == (MISCOMPILE, lists[2])
    context = StrategyContext(measurer=measurer, acceptance=gate)
    result = make_strategy("ranked-coreset", lists=lists, rank="features", ranker=str(path)).run(
        gcd_module, context, budget=3
    )
    tried = [c.pipeline for c in result.candidates]
    assert tried == [OZ, *(measurer.parse_passes(p).to_pipeline() for p in (MISCOMPILE, lists[2]))]
    assert result.verdict.accepted and result.chosen != measurer.parse_passes(MISCOMPILE).to_pipeline()
    assert result.size is not None and result.oz_size is not None and result.size <= result.oz_size
    with pytest.raises(ConfigError, match="needs ranker"):
        make_strategy("ranked-coreset", rank="features")
