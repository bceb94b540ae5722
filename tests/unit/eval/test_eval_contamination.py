"""The contamination check run with every evaluation: a planted overlap is found, by normalized hash (so a renamed
copy counts), through both kinds of training manifest; a model without one is reported as unchecked, never clean."""

from __future__ import annotations

import json
from pathlib import Path

from llmopt.eval.contamination import check_contamination
from llmopt.eval.harness import EvalConfig, run_eval
from llmopt.eval.suite import build_suite
from llmopt.metrics import MeasurerSpec
from llmopt.toolchain import Flavour, normalized_hash


def _renamed_copy_hash(toolchain, program) -> str:
    """The normalized hash of the program with its function renamed: what a training copy under another name has."""
    module = program.to_module()
    name = module.defined_functions[0]
    return normalized_hash(toolchain, module.with_text(module.text.replace(f"@{name}(", "@copied_elsewhere(")))


def test_planted_overlap_is_found_and_recorded(toolchain, data_dir, tiny_suite_dir, tmp_path) -> None:
    suite = build_suite(f"dir:{tiny_suite_dir},level=function", toolchain, Flavour.SIZE, data_dir)
    planted = next(p for p in suite.programs if p.name == "beta/max:max3")
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    hashes = [_renamed_copy_hash(toolchain, planted), "0" * 64]
    (model_dir / "training_manifest.json").write_text(json.dumps({"normalized_hashes": {"size": hashes}}))
    report = check_contamination(suite, toolchain, f"hf:{model_dir}")
    assert report["checked"] is True and report["overlapping"] == ["beta/max:max3"]
    assert report["share"] == 1 / len(suite.programs) and report["training_hashes"] == 2
    # The paper flavour of the same manifest is empty: nothing overlaps there.
    (model_dir / "training_manifest.json").write_text(json.dumps({"normalized_hashes": {"paper": hashes}}))
    assert check_contamination(suite, toolchain, f"hf:{model_dir}")["overlapping"] == []

    # With every evaluation: the harness writes the report beside the rows.
    (model_dir / "training_manifest.json").write_text(json.dumps({"normalized_hashes": hashes}))
    out = tmp_path / "run"
    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    run_eval(suite, EvalConfig(strategy="Oz", gate=False, executor="serial"), out, spec, model_dir=model_dir)
    recorded = json.loads((out / "contamination.json").read_text())
    assert recorded["checked"] is True and recorded["overlapping"] == ["beta/max:max3"]


def test_release_manifest_of_a_default_model_is_read(toolchain, data_dir, tiny_suite_dir, tmp_path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    suite = build_suite(f"dir:{tiny_suite_dir},level=function", toolchain, Flavour.SIZE, data_dir)
    planted = next(p for p in suite.programs if p.name == "alpha/sum:sum")
    release = tmp_path / "release"
    release.mkdir()
    table = pa.table({"normalized_hash": [_renamed_copy_hash(toolchain, planted)], "flavour": ["size"]})
    pq.write_table(table, release / "programs.parquet")
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "default_model.json").write_text(json.dumps({"release": {"path": str(release)}}))
    report = check_contamination(suite, toolchain, f"hf:{model_dir}")
    assert report["checked"] and report["overlapping"] == ["alpha/sum:sum"]


def test_no_manifest_is_unchecked_not_clean(toolchain, data_dir, tiny_suite_dir, tmp_path: Path) -> None:
    suite = build_suite(f"dir:{tiny_suite_dir},level=tu", toolchain, Flavour.SIZE, data_dir)
    report = check_contamination(suite, toolchain, f"hf:{tmp_path}")
    assert report["checked"] is False and "no training_manifest.json" in report["reason"]
    assert check_contamination(suite, toolchain, None) == {**report, "model": None, "reason": "no model (a baseline)"}
