"""The neighbour ranker: the greedy order refitted on a program's nearest training programs (hand-checked on a small
matrix), ties and unknown lists kept in the given order, an exact save/load round trip, the shipped file found by
LLVM major and flavour, and the ranked-coreset strategy trying lists in its order with the gate kept."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from inference_helpers import MISCOMPILE

from llmopt.cli.main import main
from llmopt.errors import ConfigError
from llmopt.inference.features import FEATURE_NAMES, ir_features
from llmopt.inference.neighbours import CLIP, NeighbourRanker, shipped_ranker_path
from llmopt.inference.strategy import OZ, StrategyContext, make_strategy
from llmopt.metrics import Measurer
from llmopt.toolchain import IRModule, Toolchain
from llmopt.verify.acceptance import Acceptance

D = len(FEATURE_NAMES)


def _point(x: float) -> np.ndarray:
    v = np.zeros(D)
    v[0] = x
    return v


def _cluster_ranker(k: int = 3) -> NeighbourRanker:
    """Six programs on one feature axis: three near 0 gain from list "a" then "c"; three near 10 from "b" only."""
    features = np.stack([_point(x) for x in (0.0, 0.1, 0.2, 10.0, 10.1, 10.2)] + [_point(5.0)])
    log_ratios = np.array(
        [
            [-0.2, 0.0, -0.1, np.nan],
            [-0.2, 0.0, -0.3, 0.0],
            [-0.2, 0.0, 0.0, 0.0],
            [0.0, -0.4, 0.0, 0.0],
            [0.0, -0.4, 0.0, 0.0],
            [0.1, -0.4, 0.0, -9.0],  # a list worse than -Oz gains nothing; -9 is clipped to CLIP
            [0.0, 0.0, 0.0, 0.0],
        ]
    )
    return NeighbourRanker.fit(features, log_ratios, ["a", "b", "c", "d"], k=k, provenance={"fit": "hand"})


def test_the_order_is_the_greedy_order_of_the_nearest_programs() -> None:
    ranker = _cluster_ranker()
    given = ("d", "c", "b", "a", "unknown")
    # Near 0: "a" adds 0.6 on the three neighbours; then "c" adds 0.1 + (0.3 - 0.2); nothing adds after that, so the
    # rest keep the given order, and a list the ranker does not know stays after the ranked ones.
    assert ranker.order(_point(0.05), given) == ("a", "c", "d", "b", "unknown")
    # Near 10: "d" adds -CLIP = 1.39 (its -9 clipped, on one program) against "b"'s 1.2; then "b" adds 0.8 on the
    # other two; "a" (+0.1 there: worse than -Oz) and "c" add nothing.
    assert ranker.order(_point(10.1), given) == ("d", "b", "c", "a", "unknown")
    assert ranker.gains.min() == pytest.approx(CLIP, abs=1e-3) and ranker.gains.max() == 0.0  # float16-held
    # Lists unknown to the ranker only: the given order unchanged.
    assert ranker.order(_point(0.0), ("x", "y")) == ("x", "y")


def test_save_and_load_keep_every_ranking(tmp_path: Path) -> None:
    ranker = _cluster_ranker(k=2)
    path = tmp_path / "neighbours.npz"
    ranker.save(path)
    loaded = NeighbourRanker.load(path)
    assert loaded.lists == ranker.lists and loaded.k == 2 and loaded.provenance == {"fit": "hand"}
    for x in (0.0, 3.0, 7.0, 10.0):
        assert loaded.order(_point(x), ranker.lists) == ranker.order(_point(x), ranker.lists)
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="cannot read neighbour ranker"):
        NeighbourRanker.load(tmp_path / "bad.npz")
    with pytest.raises(ConfigError, match="programs x"):
        NeighbourRanker.fit(np.zeros((2, D)), np.zeros((2, 3)), ["a", "b"])


def test_the_shipped_file_is_the_newest_for_this_llvm_and_flavour(tmp_path: Path, toolchain: Toolchain) -> None:
    for name in (
        "neighbours-llvm19-size-v1.npz",
        "neighbours-llvm19-size-v10.npz",
        "neighbours-llvm19-paper-v3.npz",
        "neighbours-llvm18-size-v4.npz",
        "neighbours-llvm19-size-vX.npz",
    ):
        (tmp_path / name).write_bytes(b"")
    assert shipped_ranker_path(19, "size", tmp_path) == tmp_path / "neighbours-llvm19-size-v10.npz"
    assert shipped_ranker_path(19, "paper", tmp_path) == tmp_path / "neighbours-llvm19-paper-v3.npz"
    assert shipped_ranker_path(17, "size", tmp_path) is None
    # The ones in the package load and know the lists of the shipped coreset (same flavour) they rank.
    if toolchain.major == 19:
        from llmopt.inference.coreset import load_coreset

        for flavour in ("size", "paper"):
            shipped = shipped_ranker_path(toolchain.major, flavour)
            assert shipped is not None, flavour
            ranker = NeighbourRanker.load(shipped)
            coreset = load_coreset(toolchain, flavour)
            assert set(coreset.pipelines) <= set(ranker.lists) and ranker.features.shape[1] == D
            assert ranker.provenance["split"] == "train" and ranker.provenance["flavour"] == flavour


def test_ranked_coreset_follows_the_neighbour_ranker_and_keeps_the_gate(
    gcd_module: IRModule, measurer: Measurer, gate: Acceptance, tmp_path: Path
) -> None:
    lists = ("function(mem2reg)", MISCOMPILE, "function(sroa,instcombine,simplifycfg)")
    here = ir_features(gcd_module.text)
    far = here + 100.0
    # Programs like this one gain most from the miscompile, then sroa... adds on the second; far ones gain from
    # mem2reg only, so it comes last here (added nothing, the given order).
    features = np.stack([here, here, far, far])
    log_ratios = np.array([[0.0, -0.5, -0.2], [0.0, -0.2, -0.4], [-0.2, 0.0, 0.0], [-0.2, 0.0, 0.0]])
    path = tmp_path / "neighbours.npz"
    NeighbourRanker.fit(features, log_ratios, lists, k=2).save(path)
    assert NeighbourRanker.load(path).rank(gcd_module.text, lists) == (MISCOMPILE, lists[2], lists[0])
    context = StrategyContext(measurer=measurer, acceptance=gate)
    result = make_strategy("ranked-coreset", lists=lists, rank="neighbours", ranker=str(path)).run(
        gcd_module, context, budget=3
    )
    tried = [c.pipeline for c in result.candidates]
    assert tried == [OZ, *(measurer.parse_passes(p).to_pipeline() for p in (MISCOMPILE, lists[2]))]
    assert result.verdict.accepted and result.chosen != measurer.parse_passes(MISCOMPILE).to_pipeline()
    assert result.size is not None and result.oz_size is not None and result.size <= result.oz_size
    with pytest.raises(ConfigError, match="does not exist"):
        make_strategy("ranked-coreset", rank="neighbours", ranker=str(tmp_path / "missing.npz"))


def test_train_ranker_cli_needs_one_destination_and_reports_a_missing_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["train", "ranker", "--json"]) != 0
    error = json.loads(capsys.readouterr().out)
    assert "exactly one of --out" in error["error"]
    code = main(["train", "ranker", "--release", str(tmp_path / "nope"), "--out", str(tmp_path / "r.npz"), "--json"])
    assert code != 0 and json.loads(capsys.readouterr().out)["error"]
    assert not (tmp_path / "r.npz").exists()
