"""``llmopt data render``, ``llmopt data build`` and ``llmopt data export-ir`` through ``main([...])``."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from llmopt.cli.main import main
from llmopt.prompts.ir_text import model_ir_text

FLAG_TUNING_PREFIX = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>"


@pytest.fixture(scope="module")
def row_file(tiny_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = pq.read_table(next((tiny_corpus / "dataset" / "size" / "function").glob("train-*.parquet"))).to_pylist()
    path = tmp_path_factory.mktemp("render") / "gsum.ll"
    path.write_text(next(r for r in rows if r["name"] == "gsum")["ir"])
    return path


def test_render_flag_tuning_llm_compiler(row_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["data", "render", "flag_tuning", str(row_file), "--style", "llm-compiler", "--data-dir", str(data_dir)]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(FLAG_TUNING_PREFIX)
    # The prompt shows the IR as models read it (model_ir_text: no build paths or comments), in Meta's exact frame.
    assert out == FLAG_TUNING_PREFIX + model_ir_text(row_file.read_text()) + "</code> [/INST]\n"
    assert "; ModuleID" not in out


def test_render_flag_tuning_chat_shows_measured_sizes(
    row_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["data", "render", "flag_tuning", str(row_file), "--json", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["prompt"] is None and [m["role"] for m in data["messages"]] == ["system", "user"]
    assert "It has instruction count " in data["messages"][1]["content"]
    # Without autotune results there is no label to show.
    assert main(["data", "render", "flag_tuning", str(row_file), "--completion", "--data-dir", str(data_dir)]) == 1
    assert "no autotune results" in capsys.readouterr().err


def test_render_emulation_with_passes_and_completion(
    row_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "data",
            "render",
            "compiler_emulation",
            str(row_file),
            "--style",
            "llm-compiler",
            "--passes",
            "mem2reg,instcombine",
            "--completion",
            "--data-dir",
            str(data_dir),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(
        "[INST] Give the LLVM-IR for the following code when optimized using opt -p 'function(mem2reg,instcombine"
    )
    assert "The input code has instruction count " in out and "The output code has instruction count " in out


def test_build_cli_json_resume_and_refusals(
    tiny_corpus: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ic"
    args = [
        "data",
        "build",
        "instruction_count",
        "--corpus",
        str(tiny_corpus),
        "--out",
        str(out),
        "--split",
        "train",
        "--limit",
        "2",
        "-j",
        "1",
        "--data-dir",
        str(data_dir),
        "--json",
    ]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["counts"] == {"train": 2} and summary["chunks_run"] == 1
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["chunks_reused"] == 1
    card = (out / "dataset" / "README.md").read_text()
    assert "llmopt data build instruction_count --corpus" in card and "--limit 2" in card

    assert main([*args[:-3], "--limit", "3", "--data-dir", str(data_dir)]) == 1
    assert "other settings" in capsys.readouterr().err
    assert main(["data", "build", "flag_tuning", "--corpus", str(tiny_corpus), "--out", str(tmp_path / "ft")]) == 1
    err = capsys.readouterr().err
    assert "llmopt autotune" in err and "--corpus-split" in err and "does not autotune" in err
    assert main(["data", "build", "nope", "--corpus", str(tiny_corpus), "--out", str(tmp_path / "n")]) == 1
    assert "unknown task builder 'nope'; valid names: compiler_emulation, " in capsys.readouterr().err


def test_export_ir_writes_the_rows_a_limited_build_uses(
    tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["data", "export-ir", str(tiny_corpus), str(tmp_path / "ir"), "--split", "train", "--limit", "3", "--json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["files"] == {"train": 3}
    files = sorted((tmp_path / "ir" / "train").rglob("*.ll"))
    rows = pq.read_table(next((tiny_corpus / "dataset" / "size" / "function").glob("train-*.parquet"))).to_pylist()
    first = sorted(rows, key=lambda r: r["normalized_hash"])[:3]
    assert sorted(f.read_text() for f in files) == sorted(r["ir"] for r in first)


def test_task_options_reach_the_builder(row_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "data",
                "render",
                "compiler_emulation",
                str(row_file),
                "--style",
                "llm-compiler",
                "--option",
                "passes=mem2reg",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    assert "opt -p 'function(mem2reg)':" in capsys.readouterr().out
    assert main(["data", "render", "compiler_emulation", str(row_file), "--option", "passes"]) == 1
    assert "KEY=VALUE" in capsys.readouterr().err


def test_stats_reads_task_datasets_and_o_means_out(
    tiny_corpus: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ic"
    build = ["data", "build", "instruction_count", "--corpus", str(tiny_corpus), "-o", str(out)]
    assert main([*build, "--split", "train", "--limit", "2", "-j", "1", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert main(["data", "stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("instruction_count task dataset") and "train 2" in text
    assert main(["data", "stats", str(out / "dataset"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"train": 2}
    assert main(["data", "stats", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "llmopt data build TASK" in err and "llmopt data corpus" in err and err.count("\n") == 1
    assert main(["data", "render", "instruction_count", str(tmp_path)]) == 1
    assert "is a directory" in capsys.readouterr().err


def test_first_line_of_a_crash_detail() -> None:
    from llmopt.cli.data_cmd import first_line_of

    dump = "\ncrashed in pass licm on function f (signal 11)\nStack dump:\n0.\tProgram arguments: opt -passes=lic"
    assert first_line_of(dump) == "crashed in pass licm on function f (signal 11)"
    assert first_line_of(None) == "" and first_line_of("") == ""
