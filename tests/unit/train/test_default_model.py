"""``llmopt train default`` end to end on a real (tiny) release: the model dir loads through the ``hf`` backend and
answers, the card and ``default_model.json`` carry the measured numbers, a rerun skips every finished stage, an
installed copy is what ``--model default`` loads (and ships in the wheel), and a missing or tampered release is one
clear error line."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Toolchain
from llmopt.train.default import STAGES, DefaultModelSettings, checked_release, install_model, train_default_model

ROOT = Path(__file__).resolve().parents[3]
# The 2m preset shrunk (as in test_sft.py): the same code path, a second per step on a shared 2-core machine.
TINY = {"hidden_size": 64, "num_hidden_layers": 2, "intermediate_size": 128, "max_position_embeddings": 4096}


@pytest.fixture(scope="module")
def tiny_release(small_corpus: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release from a real labelling run: up to six functions of each split, labelled with a budget of 3."""
    base = tmp_path_factory.mktemp("default-release")
    labels = []
    for split in ("train", "validation"):
        out = base / f"labels-{split}"
        args = ["autotune", "label", str(small_corpus), "--out", str(out), "--level", "function"]
        args += ["--corpus-split", split, "--limit", "6", "--budget", "3", "--frequent-top", "2", "--no-gate"]
        args += ["--no-guard", "--executor", "serial", "--no-progress", "--json", "--data-dir", str(data_dir)]
        assert main(args) == 0
        labels += ["--labels", str(out)]
    release = base / "flagtune-tiny-v1"
    assert main(["data", "release", str(release), "--corpus", str(small_corpus), *labels]) == 0
    return release


def _settings(release: Path, **kw: object) -> DefaultModelSettings:
    base: dict = dict(
        release=str(release),
        preset="2m",
        hours=0.05,  # the budget path runs (step time measured, steps planned); max_steps keeps it tiny
        max_steps=4,
        vocab_size=512,
        max_length=4096,
        batch_size=2,
        eval_prompts=4,
        eval_programs=3,
        max_new_tokens=24,
        eval_reserve_s=0.0,
        model_overrides=TINY,
    )
    base.update(kw)
    return DefaultModelSettings(**base)  # type: ignore[arg-type]


def _train(release: Path, out: Path, toolchain: Toolchain, data_dir: Path, **kw: object):
    return train_default_model(_settings(release), out, toolchain, data_dir, workers=1, threads=1, progress=False, **kw)


@pytest.mark.slow
def test_default_model_end_to_end_loads_resumes_and_installs(
    tiny_release: Path,
    toolchain: Toolchain,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from llmopt.backends import load_backend
    from llmopt.data.tasks.runner import load_task_dataset

    out = tmp_path / "run"
    installed = tmp_path / "site" / "default"
    result = _train(tiny_release, out, toolchain, data_dir, install=True, install_dir=installed)
    assert result.stages_run == list(STAGES) and result.stages_skipped == []
    model_dir = Path(result.model_dir)

    # The model dir is what `--model hf:DIR` loads, and it answers a validation prompt.
    prompt = load_task_dataset(out / "data", "validation")[0]["prompt"]
    # List-only completions by default: the list and counts, no optimized IR after them (--optimized-ir keeps it).
    completions = load_task_dataset(out / "data", "train")["completion"]
    assert completions and not any("<code>" in c for c in completions)
    (answer,) = load_backend(f"hf:{model_dir}").generate([prompt], max_tokens=8)
    assert answer[0].completion_tokens > 0 and answer[0].finish_reason in ("stop", "length")

    # The card and default_model.json hold what was measured, not placeholders.
    info = json.loads((model_dir / "default_model.json").read_text())
    sha = hashlib.sha256((tiny_release / "manifest.json").read_bytes()).hexdigest()
    assert info["version"] == 1 and info["release"]["manifest_sha256"] == sha
    assert info["release"]["name"] == "flagtune-tiny-v1" and info["settings"]["preset"] == "2m"
    from transformers import AutoModelForCausalLM

    params = sum(p.numel() for p in AutoModelForCausalLM.from_pretrained(str(model_dir)).parameters())
    assert info["parameters"] == params == result.sft["parameters"]
    plan = info["sft_plan"]
    assert plan["seconds_per_step"] > 0 and plan["tokens_per_second"] > 0
    assert info["sft"]["steps"] == plan["max_steps"] == 4 and info["sft"]["train_tokens"] > 0
    ev = info["evaluation"]
    validation = len(load_task_dataset(out / "data", "validation"))
    assert ev["prompts"] == min(4, validation) and 0 <= ev["parsed"] <= ev["prompts"]
    assert ev["seconds_per_prompt"] > 0 and ev["single_prompt_s"] > 0 and ev["programs"] == min(3, ev["prompts"])
    assert ev["too_long"] == 0  # the shrunk preset's context holds every prompt
    assert sum(ev["statuses"].values()) == ev["programs"] == ev["with_oz_backup"]["compared"]
    assert ev["with_oz_backup"]["geomean_ratio"] <= 1.0  # the backup never loses to -Oz
    assert ev["predictions"]["answers"] == ev["statuses"].get("ok", 0)
    card = (model_dir / "README.md").read_text()
    assert sha in card and f"{params:,}" in card and "llmopt train default --release" in card
    assert (model_dir / "loss_curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (model_dir / "training_args.bin").exists()  # no pickle ships

    # Installed: the same files, and `--model default` (LLMOPT_DEFAULT_MODEL pointing there) loads them.
    assert sorted(p.name for p in installed.iterdir()) == sorted(p.name for p in model_dir.iterdir())
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(installed))
    assert load_backend("default").generate([prompt], max_tokens=8)[0][0].text == answer[0].text
    srem = ROOT / "benchmarks" / "data" / "func" / "021_int_division.srem_by_16.ll"
    args = ["optimize", str(srem), "-o", str(tmp_path / "s.o"), "--strategy", "zero-shot", "--budget", "2", "--json"]
    capsys.readouterr()
    assert main([*args, "--data-dir", str(data_dir)]) == 0
    used = json.loads(capsys.readouterr().out)
    assert used["model"] == "default" and used["strategy"]["model"]["calls"] == 1
    assert used["binary_size"] <= used["oz_binary_size"]
    with pytest.raises(ConfigError, match="over the"):
        install_model(model_dir, tmp_path / "too-big", max_bytes=1000)

    # Rerun (the release named by another path: it is the same content): every stage is skipped, the numbers stay.
    (tmp_path / "release-link").symlink_to(tiny_release)
    again = _train(tmp_path / "release-link", out, toolchain, data_dir)
    assert again.stages_run == [] and again.stages_skipped == list(STAGES)
    assert again.evaluation == result.evaluation and again.sft == result.sft
    # A stage whose output went missing reruns, and so do the stages after it (the card is rewritten).
    (out / "eval.json").unlink()
    partial = _train(tiny_release, out, toolchain, data_dir)
    assert partial.stages_run == ["eval", "card"] and partial.stages_skipped == ["data", "tokenizer", "sft"]
    with pytest.raises(ConfigError, match="other settings"):
        train_default_model(_settings(tiny_release, max_steps=5), out, toolchain, data_dir, progress=False)

    _wheel_ships_the_model(model_dir, tmp_path)


_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_default_model import _settings
from llmopt.settings import Settings
from llmopt.toolchain import Toolchain
from llmopt.train.default import train_default_model
toolchain = Toolchain.discover(Settings.load().llvm_bin)
settings = _settings(Path({release!r}), max_steps=10, hours=1.0)
train_default_model(settings, Path({out!r}), toolchain, Path({data_dir!r}), workers=1, threads=1, progress=False)
"""


@pytest.mark.slow
def test_a_killed_run_resumes_where_it_stopped(
    tiny_release: Path, toolchain: Toolchain, data_dir: Path, tmp_path: Path
) -> None:
    """SIGKILL in the middle of SFT: the rerun skips the finished stages, keeps the planned steps and resumes SFT from
    its last complete checkpoint."""
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "run"
    code = _CHILD.format(
        tests=str(Path(__file__).parent), release=str(tiny_release), out=str(out), data_dir=str(data_dir)
    )
    log = tmp_path / "child.log"
    with log.open("wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=sink, stderr=sink
        )
    deadline = time.monotonic() + 300
    try:
        while not list((out / "sft" / "checkpoints").glob("checkpoint-*/trainer_state.json")):
            assert child.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "no checkpoint within 300 s"
            time.sleep(0.5)
        time.sleep(1.0)  # let the checkpoint finish writing
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    state = json.loads((out / "default_run.json").read_text())
    assert set(state["stages"]) == {"data", "tokenizer"} and state["sft_plan"]["max_steps"] == 10
    result = train_default_model(
        _settings(tiny_release, max_steps=10, hours=1.0), out, toolchain, data_dir, workers=1, threads=1, progress=False
    )
    assert result.stages_skipped == ["data", "tokenizer"] and result.stages_run == ["sft", "eval", "card"]
    assert result.sft["resumed_from"] is not None and result.sft["steps"] == 10
    assert (Path(result.model_dir) / "README.md").is_file()


def _wheel_ships_the_model(model_dir: Path, tmp_path: Path) -> None:
    """pyproject's package-data takes every file of llmopt/models/default into the wheel."""
    import subprocess

    from setuptools import build_meta  # noqa: F401  (the build backend pyproject names)

    tree = tmp_path / "src"
    files = subprocess.run(
        ["git", "ls-files", "pyproject.toml", "README.md", "llmopt"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in files:
        if name.startswith("llmopt/models/default/"):
            continue  # the committed model: the tree ships this test's model in its place
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(model_dir, tree / "llmopt" / "models" / "default")
    code = "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"
    import sys

    subprocess.run([sys.executable, "-c", code, str(tmp_path / "dist")], cwd=tree, check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"llmopt/models/default/{p.name}" for p in model_dir.iterdir()} <= names


@pytest.mark.slow
def test_predicted_counts_are_scored_against_what_the_list_measures(toolchain: Toolchain, data_dir: Path) -> None:
    """The card's MAPE rows: an answer's predicted instruction count and size after its list against the
    measurement of that list (Cummins et al.'s and LLM Compiler's prediction errors)."""
    from llmopt.inference.model import flag_tuning_format
    from llmopt.inference.scoring import score_completion
    from llmopt.metrics import Measurer
    from llmopt.toolchain import Flavour, load_input
    from llmopt.train.default import _predictions

    source = ROOT / "benchmarks" / "data" / "func" / "021_int_division.srem_by_16.ll"
    with Measurer(toolchain, data_dir=data_dir) as measurer:
        module = load_input(toolchain, source, Flavour.SIZE)
        real = measurer.measure_pipeline(module, "default<Oz>")
        assert real.instruction_count and real.binary_size
        texts = [
            "The input code has instruction count 9 and binary size 99 bytes. Run opt -p 'default<Oz>' to get "
            f"instruction count {real.instruction_count * 2} and binary size {real.binary_size} bytes.",
            "no list here",
        ]
        scores = [score_completion(measurer, module, t) for t in texts]
        pred = _predictions(measurer, flag_tuning_format("llm-compiler"), [module, module], texts, scores)
    assert pred["answers"] == pred["instruction_counts_given"] == pred["binary_sizes_given"] == 1  # garbage left out
    assert pred["instruction_count_mape"] == 100.0 and pred["binary_size_mape"] == 0.0


def test_a_tampered_release_is_refused_with_one_line(tiny_release: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "flagtune-tiny-v1"
    shutil.copytree(tiny_release, copy)
    data = bytearray((copy / "labels.parquet").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / "labels.parquet").write_bytes(bytes(data))
    with pytest.raises(ConfigError, match=r"fails its check: labels\.parquet: sha256 differs"):
        checked_release(copy)
    capsys.readouterr()
    assert main(["train", "default", "--release", str(copy), "--out", str(tmp_path / "run")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: release") and "labels.parquet" in err and "Traceback" not in err
    assert not (tmp_path / "run").exists()  # refused before anything was written


def test_a_missing_release_is_one_clear_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "data" / "releases" / "flagtune-v1"
    with pytest.raises(InputError, match="does not exist"):
        checked_release(missing)
    assert main(["train", "default", "--release", str(missing), "--out", str(tmp_path / "run")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "does not exist" in err and "llmopt data release" in err
    (tmp_path / "not-a-release").mkdir()
    with pytest.raises(InputError, match="is not a release"):
        checked_release(tmp_path / "not-a-release")
    assert (
        main(["train", "default", "--release", str(tmp_path / "not-a-release"), "--out", str(tmp_path / "r"), "--json"])
        == 1
    )
    assert json.loads(capsys.readouterr().out)["kind"] == "InputError"


def test_install_refuses_an_unfinished_model_dir(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}")
    with pytest.raises(ConfigError, match="not a finished default model"):
        install_model(tmp_path / "model", tmp_path / "installed")
    assert not (tmp_path / "installed").exists()
