"""The main job with and without a model: ``llmopt optimize`` runs a strategy under its budget (the ranked coreset by
default; a real tiny model when one is named), keeps -Oz as the backup, and reports what it used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmopt.cli.main import main

ROOT = Path(__file__).resolve().parents[3]
CHECKSUM = ROOT / "examples" / "checksum.c"
SREM = ROOT / "benchmarks" / "data" / "func" / "021_int_division.srem_by_16.ll"


@pytest.fixture
def run_cli(data_dir, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_without_a_default_model_the_fixed_order_coreset_runs(run_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(tmp_path / "no-model-here"))
    code, out, _ = run_cli("optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--budget", "4", "--json")
    data = json.loads(out)
    assert code == 0 and data["model"] is None
    assert any("no default model is installed" in n for n in data["notes"])
    used = data["strategy"]
    assert used["strategy"] == "ranked-coreset" and used["compilations"] == used["budget"] == 4
    assert [c["source"] for c in used["candidates"]] == ["oz", "coreset", "coreset", "coreset"]
    assert data["binary_size"] <= data["oz_binary_size"] and data["verdict"]["accepted"]
    assert data["clang_oz_binary_size"] == data["oz_binary_size"]  # size flavour: default<Oz> is clang -Oz
    assert data["compilations"] >= 4 and data["total_s"] > 0


@pytest.mark.slow  # two runs of the main job with the gate and guards
def test_the_shipped_default_model_runs_in_the_main_job(run_cli, tmp_path, monkeypatch) -> None:
    """With nothing configured, ``optimize`` loads the model the package ships (llmopt/models/default) and gives
    its greedy answer the budget's last slot; on paper-flavour IR, which that model never saw, it runs without it
    and says so."""
    monkeypatch.delenv("LLMOPT_DEFAULT_MODEL", raising=False)
    code, out, err = run_cli("optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--budget", "4", "--json")
    assert code == 0, err
    data = json.loads(out)
    used = data["strategy"]
    assert data["model"] == "default" and not any("no default model" in n for n in data["notes"])
    assert used["strategy"] == "ranked-coreset" and used["model"]["calls"] == 1  # one greedy answer, at slot 4
    assert used["compilations"] == 4 and [c["source"] for c in used["candidates"]][:3] == ["oz", "coreset", "coreset"]
    assert data["binary_size"] <= data["oz_binary_size"] and data["verdict"]["accepted"]
    code, out, err = run_cli(
        "optimize", str(CHECKSUM), "--flavour", "paper", "-o", str(tmp_path / "p.o"), "--budget", "3", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["model"] is None and data["strategy"]["model"]["calls"] == 0
    assert any("trained on size-flavour IR, not paper" in n for n in data["notes"])


def test_the_default_model_with_options_is_still_the_default(tmp_path, monkeypatch) -> None:
    """``default,threads=2`` names the same shipped model: on paper-flavour IR it is left out with the same note, and
    with no model installed the main job falls back to the coreset as for plain ``default``."""
    from llmopt.cli.compiler_cmds import _optimize_backend
    from llmopt.toolchain import Flavour

    monkeypatch.delenv("LLMOPT_DEFAULT_MODEL", raising=False)
    notes: list[str] = []
    assert _optimize_backend("default,threads=2", notes, Flavour.PAPER) is None
    assert len(notes) == 1 and "trained on size-flavour IR, not paper" in notes[0]
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(tmp_path / "no-model-here"))
    notes = []
    assert _optimize_backend("default,threads=2", notes, Flavour.SIZE) is None
    assert len(notes) == 1 and "no default model is installed" in notes[0]


def test_a_default_model_that_cannot_load_is_one_line(run_cli, tmp_path, monkeypatch) -> None:
    """A broken model dir (a config and no tokenizer or weights): transformers' multi-line message becomes one line,
    as text and as JSON, and nothing is written."""
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text((ROOT / "llmopt" / "models" / "default" / "config.json").read_text())
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(broken))
    code, out, err = run_cli("optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--budget", "2")
    assert code != 0 and err.startswith("error: cannot load model from") and err.count("\n") == 1, err
    assert "Traceback" not in err + out and not (tmp_path / "c.o").exists()
    code, out, _ = run_cli("optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--budget", "2", "--json")
    error = json.loads(out)
    assert code != 0 and error["kind"] == "BackendError" and "\n" not in error["error"]


def test_a_strategy_that_needs_a_model_without_one_is_one_line(run_cli, tmp_path) -> None:
    code, out, err = run_cli(
        "optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--model", "none", "--strategy", "zero-shot"
    )
    assert code != 0 and "needs a model" in err and "Traceback" not in err + out
    assert not (tmp_path / "c.o").exists()
    code, _, err = run_cli("optimize", str(CHECKSUM), "-o", str(tmp_path / "c.o"), "--strategy", "no-such")
    assert code != 0 and "no-such" in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow  # trains the tiny model once per session
def test_the_default_model_path_runs_a_real_model(run_cli, tmp_path, monkeypatch, tiny_model_dir) -> None:
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(tiny_model_dir))
    out_path = tmp_path / "s.ll"
    code, out, err = run_cli(
        "optimize", str(SREM), "-o", str(out_path), "--strategy", "sample-and-select", "--budget", "3", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    used = data["strategy"]
    assert data["model"] == "default" and used["strategy"] == "sample-and-select"
    assert used["compilations"] <= 3 and data["binary_size"] <= data["oz_binary_size"]
    # The model really ran: either it answered (tokens counted) or its prompt was too long, as a typed failure.
    assert used["model"]["calls"] >= 1 or "context_overflow" in used["failure_counts"]
    assert used["model"]["completion_tokens"] > 0 or "context_overflow" in used["failure_counts"]
    assert out_path.read_text().startswith("; ModuleID") or "define" in out_path.read_text()
    code, out, _ = run_cli("optimize", str(SREM), "-o", str(tmp_path / "t.o"), "--model", f"hf:{tiny_model_dir}")
    assert code == 0 and "strategy: ranked-coreset" in out and "model: hf:" in out
