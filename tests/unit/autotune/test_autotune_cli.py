"""``llmopt autotune`` and ``llmopt autotune report`` through ``llmopt.cli.main.main``."""

from __future__ import annotations

import json
from pathlib import Path

from llmopt.cli.main import main
from llmopt.passes import PassList
from llmopt.toolchain import Flavour, compile_source

C_FILE = Path(__file__).resolve().parents[3] / "examples" / "checksum.c"


def _common(data_dir: Path) -> list[str]:
    return ["--no-gate", "--executor", "serial", "--no-insertion", "--data-dir", str(data_dir), "--no-progress"]


def test_autotune_json_fields_and_report(toolchain, data_dir, tmp_path: Path, capsys) -> None:
    out = tmp_path / "res"
    assert main(["autotune", str(C_FILE), "--budget", "6", "--out", str(out), "--json", *_common(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    (program,) = data["programs"]
    assert {"best_passes", "best_binary_size", "oz_binary_size", "clang_oz_binary_size"} <= set(program)
    assert program["best_binary_size"] <= program["oz_binary_size"]
    assert program["clang_oz_binary_size"] > 0  # C input, size flavour: the real clang -Oz object is recorded
    best = program["best_passes"]
    assert PassList.parse(best).to_pipeline() == best
    module = compile_source(toolchain, C_FILE, Flavour.SIZE)
    opt = toolchain.run("opt", [f"-passes={best}", "-disable-output", "-"], input=module.text.encode(), timeout_s=60)
    assert opt.ok, opt.describe()
    assert main(["measure", str(C_FILE), "--passes", best, "--data-dir", str(data_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["binary_size"] == program["best_binary_size"]

    assert main(["autotune", "report", str(out)]) == 0
    text = capsys.readouterr().out
    assert "geomean binary size vs -Oz" in text and "gain vs evaluations" in text
    png = out / "gain_curve.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["autotune", "report", str(out), "--json", "--plot", str(tmp_path / "c.png")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["programs"] == 1 and report["improved"] + report["equal"] + report["regressed"] == 1
    assert report["evaluations"] == program["evaluations"]
    assert report["curve"][0]["evaluations"] == 1 and (tmp_path / "c.png").is_file()
    expected_change = (program["best_binary_size"] / program["oz_binary_size"] - 1) * 100
    assert abs(report["geomean_change_pct"] - expected_change) < 1e-9


def test_autotune_run_split_tunes_each_function(data_dir, tmp_path: Path, capsys) -> None:
    args = [
        "autotune",
        "run",
        str(C_FILE),
        "--split",
        "--budget",
        "2",
        "--broadcast-top",
        "0",
        "--out",
        str(tmp_path),
        "--json",
        *_common(data_dir),
    ]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    names = [p["name"] for p in data["programs"]]
    assert len(names) >= 2 and all(n.startswith("checksum:") for n in names)
    assert all(p["clang_oz_binary_size"] is None for p in data["programs"])


def test_report_without_results_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["autotune", "report", str(tmp_path)]) == 1
    assert "no autotune results" in capsys.readouterr().err


def test_bare_autotune_prints_help_listing_both_commands(capsys) -> None:
    assert main(["autotune"]) == 0
    text = capsys.readouterr().out
    assert "run" in text and "report" in text


def test_candidate_with_unknown_or_forbidden_pass_is_rejected(data_dir: Path, tmp_path: Path, capsys) -> None:
    for bad, hint in (("instcombin", "instcombine"), ("trigger-crash-function", "trigger-crash-function")):
        args = ["autotune", "run", str(C_FILE), "--budget", "2", "--out", str(tmp_path / "r"), "--candidate", bad]
        assert main([*args, *_common(data_dir)]) == 1
        err = capsys.readouterr().err
        assert hint in err and "Traceback" not in err
    assert not (tmp_path / "r").exists()  # refused before any work
