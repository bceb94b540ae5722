"""SFT through TRL on a real task dataset: presets have the sizes they are named for, a run trains and reloads, a
killed run resumes from its last checkpoint, another configuration is refused, and CPU settings are explicit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from llmopt.data.tasks.runner import MANIFEST
from llmopt.errors import ConfigError
from llmopt.train.presets import PRESETS, get_preset, model_config, parameter_count
from llmopt.train.sft import SFTSettings, TaskMix, _bf16, last_complete_checkpoint, train_sft

ROOT = Path(__file__).resolve().parents[3]
# A preset shrunk for tests: the same code path, seconds per step on a shared 2-core machine.
TINY = {"hidden_size": 64, "num_hidden_layers": 2, "intermediate_size": 128, "max_position_embeddings": 4096}


@pytest.mark.parametrize("name", ["2m", "5m", "10m"])
def test_preset_has_the_size_it_is_named_for(name: str) -> None:
    from transformers import LlamaForCausalLM

    preset = get_preset(name)
    model = LlamaForCausalLM(model_config(preset, vocab_size=4096, bos_token_id=1, eos_token_id=2, pad_token_id=0))
    real = sum(p.numel() for p in model.parameters())
    assert real == parameter_count(preset, 4096)
    assert abs(real / (int(name[:-1]) * 1e6) - 1) < 0.1


def test_large_presets_are_named_for_their_size_and_unknown_names_are_refused() -> None:
    for name, scale in (("40m", 40e6), ("150m", 150e6), ("1b", 1e9)):
        assert abs(parameter_count(PRESETS[name], 4096) / scale - 1) < 0.1
    with pytest.raises(ConfigError, match="unknown model preset 'huge'"):
        get_preset("huge")


def test_task_mix_parsing_and_cpu_precision() -> None:
    assert TaskMix.parse("runs/ic=2.5") == TaskMix("runs/ic", 2.5) and TaskMix.parse("ic").weight == 1.0
    with pytest.raises(ConfigError):
        TaskMix.parse("ic=-1")
    import torch

    if not torch.cuda.is_available():
        assert _bf16("auto") is False  # fp32 on a CPU, whatever TRL defaults to
        with pytest.raises(ConfigError, match="bf16 needs a GPU"):
            _bf16("bf16")


def test_winning_only_keeps_the_rows_whose_label_beats_oz(tmp_path: Path) -> None:
    """Run v3 of the default model learnt `default<Oz>` for every prompt: with the filter only rows whose label is
    smaller than -Oz train; rows without label sizes (other tasks) are all kept; no winning row is one clear error."""
    import datasets

    from llmopt.train.sft import _load_split, _winning

    rows = datasets.Dataset.from_dict(
        {
            "prompt": ["a", "b", "c", "d"],
            "completion": ["x", "y", "z", "w"],
            "best_binary_size": [90, 100, None, 40],
            "oz_binary_size": [100, 100, 100, 50],
        }
    )
    assert _winning(rows)["prompt"] == ["a", "d"]  # equal to -Oz and an unknown label size are dropped
    other_task = rows.remove_columns(["best_binary_size"])
    assert len(_winning(other_task)) == 4
    task = tmp_path / "task" / "data"
    task.mkdir(parents=True)
    (task.parent / MANIFEST).write_text("{}")  # what marks an assembled task dataset
    rows.select([1, 2]).to_parquet(str(task / "train-00000.parquet"))
    rows.to_parquet(str(task / "validation-00000.parquet"))
    with pytest.raises(ConfigError, match="no train row whose label beats -Oz"):
        _load_split([TaskMix(str(tmp_path / "task"))], "train", winning_only=True)
    assert len(_load_split([TaskMix(str(tmp_path / "task"))], "validation")[0]) == 4  # never filtered


def _settings(dataset: Path, **kw) -> SFTSettings:
    base = dict(
        data=(TaskMix(str(dataset)),),
        preset="2m",
        max_length=4096,
        max_steps=6,
        batch_size=2,
        eval_steps=3,
        save_steps=3,
        learning_rate=3e-3,
        threads=1,
        model_overrides=TINY,
    )
    base.update(kw)
    return SFTSettings(**base)


@pytest.mark.slow
def test_sft_trains_reloads_and_refuses_other_settings(small_task_dataset: Path, tmp_path: Path) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = tmp_path / "run"
    result = train_sft(_settings(small_task_dataset), out, progress=False)
    assert result.steps == 6 and result.train_examples > 0 and result.resumed_from is None
    losses = [h["loss"] for h in result.log_history if "loss" in h]
    assert losses[-1] < losses[0]  # it learned something on the completions
    assert result.eval_loss is not None and result.eval_examples > 0
    model = AutoModelForCausalLM.from_pretrained(result.model_dir)
    tokenizer = AutoTokenizer.from_pretrained(result.model_dir)
    assert sum(p.numel() for p in model.parameters()) == result.parameters
    assert tokenizer.eos_token == "</s>"
    assert json.loads((out / "sft_result.json").read_text())["steps"] == 6
    _answers_through_the_hf_backend(result.model_dir, small_task_dataset)
    with pytest.raises(ConfigError, match="other settings"):
        train_sft(_settings(small_task_dataset, learning_rate=1e-4), out, progress=False)


def _answers_through_the_hf_backend(model_dir: str, dataset: Path) -> None:
    """The trained directory is what `--model hf:DIR` loads: greedy is deterministic, seeded sampling repeats,
    log-probabilities and teacher-forced scores come back."""
    import math

    from llmopt.backends import load_backend
    from llmopt.data.tasks.runner import load_task_dataset

    prompt = load_task_dataset(dataset, "train")[0]["prompt"]
    backend = load_backend(f"hf:{model_dir}")
    (greedy,) = backend.generate([prompt], max_tokens=8)
    assert len(greedy) == 1 and greedy[0].finish_reason in ("stop", "length")
    assert backend.generate([prompt], max_tokens=8)[0][0].text == greedy[0].text
    sampled = backend.generate([prompt], n=3, temperature=1.0, max_tokens=8, seed=5)[0]
    assert len(sampled) == 3 and [c.text for c in sampled] == [
        c.text for c in backend.generate([prompt], n=3, temperature=1.0, max_tokens=8, seed=5)[0]
    ]
    assert all(c.logprob is not None and c.logprob <= 0 for c in sampled)
    scores = backend.score(prompt, [" default<Oz>", " instcombine"])
    assert len(scores) == 2 and all(math.isfinite(x) and x < 0 for x in scores)


_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_sft import _settings
from llmopt.train.sft import train_sft
train_sft(_settings(Path({data!r}), max_steps=40, save_steps=2, eval_steps=100), Path({out!r}), progress=False)
"""


@pytest.mark.slow
def test_killed_sft_run_resumes_from_its_last_checkpoint(small_task_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    code = _CHILD.format(tests=str(Path(__file__).parent), data=str(small_task_dataset), out=str(out))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "child.log"
    with log.open("wb") as sink:
        child = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    try:
        while not list((out / "checkpoints").glob("checkpoint-*/trainer_state.json")):
            assert child.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "no checkpoint within 300 s"
            time.sleep(0.5)
        time.sleep(1.0)  # let the checkpoint finish writing its last file
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not (out / "model").exists()  # killed before the end: no final model
    done = sorted(
        int(p.parent.name.split("-")[1]) for p in (out / "checkpoints").glob("checkpoint-*/trainer_state.json")
    )
    result = train_sft(_settings(small_task_dataset, max_steps=40, save_steps=2, eval_steps=100), out, progress=False)
    assert result.resumed_from is not None and int(result.resumed_from.rsplit("-", 1)[1]) in done
    assert result.steps == 40 and (out / "model" / "config.json").is_file()


@pytest.mark.slow
def test_lora_fine_tunes_a_base_model_into_one_plain_model_dir(small_task_dataset: Path, tmp_path: Path) -> None:
    """LoRA on a trained base: only the adapter trains, and the saved directory is the merged model, loadable (and
    usable through the backend) without peft, with the base model's shape but changed weights."""
    import torch
    from transformers import AutoModelForCausalLM

    base = train_sft(_settings(small_task_dataset, max_steps=2, save_steps=2), tmp_path / "base", progress=False)
    tuned = train_sft(
        _settings(small_task_dataset, base_model=base.model_dir, tokenizer=base.model_dir, lora_r=4, max_steps=3),
        tmp_path / "lora",
        progress=False,
    )
    assert tuned.steps == 3
    assert 0 < tuned.trainable_parameters < base.parameters / 2  # the adapter, not the whole model
    assert tuned.parameters == base.parameters
    assert not any(p.name.startswith("adapter") for p in Path(tuned.model_dir).iterdir())
    before = AutoModelForCausalLM.from_pretrained(base.model_dir).state_dict()
    after = AutoModelForCausalLM.from_pretrained(tuned.model_dir).state_dict()
    assert before.keys() == after.keys()
    assert any(not torch.equal(before[k], after[k]) for k in before)
    _answers_through_the_hf_backend(tuned.model_dir, small_task_dataset)


def test_a_checkpoint_whose_state_was_cut_by_a_kill_is_not_resumed_from(tmp_path: Path) -> None:
    for step, state in ((2, '{"global_step": 2}'), (4, '{"global_step": 4}'), (6, ""), (8, '{"global_st')):
        (tmp_path / f"checkpoint-{step}").mkdir()
        (tmp_path / f"checkpoint-{step}" / "trainer_state.json").write_text(state)
    (tmp_path / "checkpoint-10").mkdir()  # killed before the state was written at all
    assert last_complete_checkpoint(tmp_path) == str(tmp_path / "checkpoint-4")
    assert last_complete_checkpoint(tmp_path / "missing") is None
