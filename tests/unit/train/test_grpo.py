"""GRPO: rewards equal what the scorer (evaluation's) reports, survive pickling, and a tiny model trains with TRL's
GRPOTrainer on CPU, saves a policy that loads through the hf backend, and resumes from its checkpoint."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from llmopt.errors import ConfigError
from llmopt.inference.scoring import score_completion
from llmopt.metrics import Measurer
from llmopt.toolchain import Flavour, IRModule
from llmopt.train.grpo import GRPOSettings, train_grpo
from llmopt.train.rewards import FormatReward, SizeReward
from tests.tiny_model import FLAG_TUNING_ANSWERS, FUNC_DIR, flag_tuning_pairs

IR = (FUNC_DIR / "021_int_division.srem_by_16.ll").read_text()


def test_rewards_equal_the_scorer_and_pickle(toolchain, data_dir: Path) -> None:
    size = SizeReward(data_dir=str(data_dir))
    fmt = pickle.loads(pickle.dumps(FormatReward(data_dir=str(data_dir))))
    answers = [" Run opt -p 'sroa,instcombine,simplifycfg'.", "no idea", " Run opt -p 'not-a-pass'.", ""]
    columns = {"ir": [IR] * 4, "flavour": ["size"] * 4, "oz_binary_size": [None] * 4}
    got = size(["p"] * 4, answers, **columns)
    with Measurer(toolchain, data_dir=data_dir) as m:
        module = IRModule(text=IR, name="reward", flavour=Flavour.SIZE)
        expected = score_completion(m, module, answers[0])
    assert expected.status == "ok" and got[0] == pytest.approx(max(-1.0, min(1.0, expected.improvement)))
    assert got[1:] == [-1.0, -1.0, -1.0]
    assert fmt(["p"] * 4, answers, **columns) == [1.0, 0.0, 0.0, 0.0]
    # Conversational completions (lists of messages) score the same as their text.
    assert (
        size(["p"], [[{"role": "assistant", "content": answers[0]}]], **{k: v[:1] for k, v in columns.items()})
        == got[:1]
    )
    copy = pickle.loads(pickle.dumps(size))
    assert copy(["p"], answers[:1], **{k: v[:1] for k, v in columns.items()}) == got[:1]
    for reward in (size, fmt, copy):
        reward.close()


@pytest.mark.slow
def test_tiny_model_trains_with_grpo_and_resumes(tiny_model_dir: Path, tmp_path: Path) -> None:
    prompts = [
        {"prompt": p, "ir": (FUNC_DIR / name).read_text(), "flavour": "size", "oz_binary_size": None}
        for (p, _), (name, _) in zip(flag_tuning_pairs(), FLAG_TUNING_ANSWERS, strict=True)
    ]
    data = tmp_path / "prompts.parquet"
    pq.write_table(pa.Table.from_pylist(prompts), data)
    settings = GRPOSettings(
        model=str(tiny_model_dir), data=str(data), eval_data=str(data), max_steps=2, num_generations=2,
        batch_size=4, max_completion_length=24, save_steps=1, learning_rate=1e-4, precision="fp32", threads=1,
    )  # fmt: skip
    out = tmp_path / "run"
    result = train_grpo(settings, out, progress=False)
    assert result.steps == 2 and result.train_prompts == 4 and result.eval_prompts == 4
    assert result.dropped_too_long == 0
    assert len(result.reward_curve) == 2 and all(-1.0 <= r <= 1.1 for _, r in result.reward_curve)
    assert result.eval_reward_before is not None and result.eval_reward_after is not None
    assert (out / "model" / "config.json").is_file()
    assert json.loads((out / "grpo_result.json").read_text())["steps"] == 2

    from llmopt.backends import load_backend

    answer = load_backend(f"hf:{out / 'model'}").generate([prompts[0]["prompt"]], n=1, temperature=0.0, max_tokens=8)
    assert isinstance(answer[0][0].text, str)

    longer = GRPOSettings(**{**settings.__dict__, "max_steps": 3})
    with pytest.raises(ConfigError, match="other settings"):
        train_grpo(longer, out, progress=False)


def test_prompts_over_the_context_are_dropped_not_cut(tiny_model_dir: Path) -> None:
    """TRL does not cut a GRPO prompt; one that leaves the completion no room cannot be answered (optimize keeps -Oz
    for it), so it is dropped, and counted."""
    import datasets
    from transformers import AutoTokenizer

    from llmopt.train.grpo import fitting_prompts

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    short, long = flag_tuning_pairs()[0][0], flag_tuning_pairs()[0][0] * 50
    rows = datasets.Dataset.from_list([{"prompt": short}, {"prompt": long}, {"prompt": short}])
    room = len(tokenizer(short)["input_ids"]) + 10
    assert len(tokenizer(long)["input_ids"]) > room
    kept, dropped = fitting_prompts(rows, tokenizer, room)
    assert dropped == 1 and kept["prompt"] == [short, short]
    assert fitting_prompts(rows, tokenizer, 0) == (rows, 0)  # a context the config does not state keeps all


def test_grpo_settings_are_checked() -> None:
    with pytest.raises(ConfigError, match="num_generations"):
        GRPOSettings(model="m", data="d", num_generations=1)
    with pytest.raises(ConfigError, match="multiple"):
        GRPOSettings(model="m", data="d", num_generations=4, batch_size=6)


def test_peephole_tasks_read_a_built_dataset_and_pick_their_rewards(tmp_path: Path, toolchain) -> None:
    import shutil

    from llmopt.data import AssembleOptions, BuildOptions, ExtractOptions, build_corpus
    from llmopt.data.sources import DirectorySource
    from llmopt.data.tasks.base import TaskContext
    from llmopt.data.tasks.peephole import load_pairs
    from llmopt.data.tasks.runner import build_task_dataset
    from llmopt.inference.peephole import check_rewrite
    from llmopt.train.grpo import load_prompts, make_rewards
    from llmopt.train.peephole_rewards import (
        ChainOfThoughtReward,
        EquivalenceReward,
        LatencyReward,
        VerifiedRewriteReward,
    )
    from llmopt.verify.smt import SmtVerifier

    # Loop-free C (the verifier's own corpus sources): functions whose instcombine output it proves.
    sources = Path(__file__).resolve().parents[3] / "llmopt" / "verify" / "data" / "corpus_sources"
    for name in ("arith", "select"):
        (tmp_path / "src" / name).mkdir(parents=True)
        shutil.copy(sources / f"{name}.c", tmp_path / "src" / name / f"{name}.c")
    options = BuildOptions(
        jobs=1, progress=False, extract=ExtractOptions(flavours=(Flavour.PAPER,)),
        assemble=AssembleOptions(split_fractions=(1.0, 0.0)),
    )  # fmt: skip
    build_corpus([DirectorySource(tmp_path / "src", licence="MIT")], tmp_path / "corpus", toolchain, options)
    ctx = TaskContext(bin_dir=str(toolchain.bin_dir), version=toolchain.version, data_dir=str(tmp_path / "d"))
    build_task_dataset(
        "peephole", tmp_path / "corpus", tmp_path / "pp", ctx, flavour="paper", workers=1, progress=False
    )
    pairs = load_pairs(tmp_path / "pp", "train")
    assert pairs and all(src != ref for src, ref in pairs)
    # Read back from the rendered rows, each pair is still the proved one the builder kept.
    src, ref = pairs[0]
    assert check_rewrite(SmtVerifier(toolchain), src, ref, reference=ref).proved
    generic = GRPOSettings(model="m", data=str(tmp_path / "pp"), task="peephole")
    prompts = load_prompts(generic.data, "train", generic, None)
    assert set(prompts.column_names) == {"prompt", "ir", "reference_ir"} and len(prompts) == len(pairs)
    assert "<think>" not in prompts[0]["prompt"] and prompts[0]["ir"].strip() in prompts[0]["prompt"]
    rewards, weights = make_rewards(generic, prompts)
    assert [type(r) for r in rewards] == [VerifiedRewriteReward] and weights == [1.0]
    diagnostic = GRPOSettings(model="m", data=str(tmp_path / "pp"), task="peephole-diagnostic")
    assert "<think>" in load_prompts(diagnostic.data, "train", diagnostic, 1)[0]["prompt"]
    rewards, _ = make_rewards(diagnostic, prompts)
    assert [type(r) for r in rewards] == [VerifiedRewriteReward, ChainOfThoughtReward]
    latency = GRPOSettings(model="m", data=str(tmp_path / "pp"), task="peephole-latency")
    rewards, weights = make_rewards(latency, prompts)
    assert [type(r) for r in rewards] == [LatencyReward, EquivalenceReward] and weights == [1.0, 0.1]
    assert rewards[0].ceiling > 1.0  # U_max from instcombine's speedups on these prompts
    with pytest.raises(ConfigError, match="unknown GRPO task"):
        GRPOSettings(model="m", data="d", task="peephole-size")
