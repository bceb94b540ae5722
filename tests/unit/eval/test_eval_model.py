"""A model strategy through the harness with a real (tiny) model: the model's calls and tokens, its predicted
instruction count and binary size beside the measured ones, the report's prediction error and plot, and the
contamination check of a model whose training manifest holds a suite program."""

from __future__ import annotations

import json

import pytest

from llmopt.eval import metrics as m
from llmopt.eval.harness import EvalConfig, read_rows, run_eval
from llmopt.eval.report import build_report, render_html
from llmopt.eval.suite import build_suite
from llmopt.inference.model import flag_tuning_prompt_text
from llmopt.metrics import MeasurerSpec
from llmopt.prompts.examples import FlagTuningExample
from llmopt.prompts.flag_tuning import LlmCompilerFlagTuningFormat
from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain import Flavour, normalized_hash

# Two tiny functions, each in its own IR file, so every prompt is a few dozen tokens.
FUNCTIONS = {
    "f.ll": "define i32 @f(i32 %x) {\nentry:\n  %a = add i32 %x, 0\n  %b = mul i32 %a, 1\n  ret i32 %b\n}\n",
    "g.ll": "define i32 @g(i32 %x) {\nentry:\n  %a = shl i32 %x, 1\n  %b = add i32 %a, %x\n  ret i32 %b\n}\n",
}
PREDICTED = (2, 77)  # the (instruction count, binary size) the model is taught to claim for f
# Taught on f's prompt alone: one unpadded training row is exactly what greedy decoding sees at inference (the tiny
# trainer pads a batch on the left, which shifts positions). On g's prompt it writes whatever it writes: a real
# model's garbage, counted as a typed failure.


@pytest.mark.slow
def test_zero_shot_rows_carry_model_usage_predictions_and_contamination(toolchain, data_dir, tmp_path) -> None:
    from tests.tiny_model import train_tiny_model

    suite_dir = tmp_path / "suite"
    suite_dir.mkdir()
    for name, text in FUNCTIONS.items():
        (suite_dir / name).write_text(text)
    suite = build_suite(f"dir:{suite_dir},level=tu", toolchain, Flavour.SIZE, data_dir)
    fmt = LlmCompilerFlagTuningFormat()
    f = next(p for p in suite.programs if p.name == "f")
    prompt = flag_tuning_prompt_text(model_ir_text(f.text), "llm-compiler")  # what zero-shot renders for f
    example = FlagTuningExample(
        ir=f.text, ir_instruction_count=3, ir_binary_size=99, best_passes="instcombine",
        optimized_instruction_count=PREDICTED[0], optimized_binary_size=PREDICTED[1],
    )  # fmt: skip
    model_dir = train_tiny_model(tmp_path / "model", [(prompt, " " + fmt.render_completion(example))])
    planted = next(p for p in suite.programs if p.name == "g")
    manifest = {"normalized_hashes": {"size": [normalized_hash(toolchain, planted.to_module())]}}
    (model_dir / "training_manifest.json").write_text(json.dumps(manifest))

    out = tmp_path / "run"
    config = EvalConfig(
        strategy="zero-shot", model=f"hf:{model_dir},device=cpu", budget=2, gate=False, executor="serial"
    )
    run_eval(suite, config, out, MeasurerSpec.for_toolchain(toolchain, data_dir))
    rows = {r["program"]: r for r in read_rows(out / "rows.jsonl")}
    assert rows.keys() == {"f", "g"}
    assert all(r["model_calls"] == 1 and r["completion_tokens"] > 0 for r in rows.values())
    (prediction,) = rows["f"]["predictions"]
    assert "instcombine" in prediction["pipeline"] and rows["f"]["compilations"] == 2  # canonical text
    assert (prediction["instruction_count"], prediction["binary_size"]) == PREDICTED
    assert prediction["real_instruction_count"] == 1 and prediction["real_binary_size"] > 0  # instcombine: `ret %x`
    assert rows["g"]["predictions"] == [] and sum(rows["g"]["failures"].values()) == 1
    contamination = json.loads((out / "contamination.json").read_text())
    assert contamination["checked"] and contamination["overlapping"] == ["g"]

    data = build_report([out])
    (summary,) = data["summary"]
    assert summary["instruction_count_mape"] == pytest.approx(100.0)  # |2 - 1| / 1
    expected = m.mean_absolute_percentage_error([PREDICTED[1]], [prediction["real_binary_size"]])
    assert summary["binary_size_mape"] == pytest.approx(expected)
    assert "1 of 2 programs in the training manifest" in summary["contamination"]
    assert 'id="plot-predicted-vs-real"' in render_html(data)
