"""The evaluation harness on a tiny real suite: complete rows, resume after a real SIGKILL, settings refused when they
differ, one-line errors for bad input."""

from __future__ import annotations

import json
import signal
import sys

from llmopt.cli.main import main
from llmopt.eval.harness import EvalConfig, read_rows, run_eval
from llmopt.eval.suite import build_suite
from llmopt.metrics import MeasurerSpec
from llmopt.toolchain import Flavour, run_process


def _run(args: list[str], capsys) -> tuple[int, str]:
    code = main(args)
    out, _err = capsys.readouterr()
    return code, out


def test_suite_has_tus_functions_packages_and_a_stable_manifest(toolchain, data_dir, tiny_suite_dir) -> None:
    suite = build_suite(f"dir:{tiny_suite_dir}", toolchain, Flavour.SIZE, data_dir)
    kinds = {p.name: p.kind for p in suite.programs}
    assert kinds == {
        "alpha/sum": "tu",
        "alpha/sum:sum": "function",
        "alpha/sum:twice": "function",
        "beta/max": "tu",
        "beta/max:max2": "function",
        "beta/max:max3": "function",
    }
    assert {p.package for p in suite.programs} == {"alpha", "beta"}
    assert all(p.c_source for p in suite.programs if p.kind == "tu")
    again = build_suite(f"dir:{tiny_suite_dir},level=function", toolchain, Flavour.SIZE, data_dir)
    assert len(again.programs) == 4 and again.manifest_hash != suite.manifest_hash
    assert build_suite(f"dir:{tiny_suite_dir}", toolchain, Flavour.SIZE, data_dir).manifest_hash == suite.manifest_hash


def test_baseline_rows_are_complete_and_consistent(toolchain, data_dir, tiny_suite_dir, tmp_path) -> None:
    suite = build_suite(f"dir:{tiny_suite_dir}", toolchain, Flavour.SIZE, data_dir)
    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    rows = {}
    for strategy in ("Oz", "O0", "clang-Oz", "best-standard", "random"):
        out = tmp_path / strategy
        config = EvalConfig(strategy=strategy, budget=3, gate=False, executor="serial")
        summary = run_eval(suite, config, out, spec)
        assert summary.rows_written == len(suite.programs) and summary.rows_reused == 0
        rows[strategy] = {r["program"]: r for r in read_rows(out / "rows.jsonl")}
    for name, row in rows["Oz"].items():
        assert row["size"] == row["oz_size"] > 0 and row["pass_list"] == "default<Oz>"
        assert row["module_hash"] and row["flavour"] == "size" and row["compilations"] == 1
        assert row["instruction_count"] == row["oz_instruction_count"] and row["accepted"] is True
        assert rows["best-standard"][name]["size"] <= row["size"]  # -Oz is one of the standard pipelines
        assert rows["random"][name]["size"] <= row["size"]  # -Oz is the random search's backup
        assert rows["random"][name]["compilations"] <= 3
        assert rows["O0"][name]["pass_list"] == ""
        if row["kind"] == "tu":
            assert row["clang_oz_size"] == rows["clang-Oz"][name]["size"] > 0
        else:
            assert rows["clang-Oz"][name]["status"] == "not_applicable" and row["clang_oz_size"] is None


def test_killed_run_resumes_without_duplicates(data_dir, tiny_suite_dir, tmp_path, capsys) -> None:
    out = tmp_path / "run"
    args = [
        "eval", "run", f"dir:{tiny_suite_dir}", "--strategy", "random", "--budget", "3", "--out", str(out),
        "--no-gate", "--executor", "serial", "--data-dir", str(data_dir), "--json",
    ]  # fmt: skip
    killed = run_process([sys.executable, "-m", "llmopt.cli.main", *args, "--debug-kill-after", "2"], timeout_s=300)
    assert killed.returncode == -signal.SIGKILL or killed.signal == signal.SIGKILL, killed.describe()
    before = read_rows(out / "rows.jsonl")
    assert len(before) == 2
    with open(out / "rows.jsonl", "ab") as f:  # a torn last line, as a kill in the middle of a write leaves
        f.write(b'{"program": "beta/max", "size"')
    code, text = _run(args, capsys)
    assert code == 0, text
    summary = json.loads(text)
    assert summary["rows_reused"] == 2 and summary["rows_written"] == 4
    after = read_rows(out / "rows.jsonl")
    names = [r["program"] for r in after]
    assert len(names) == len(set(names)) == 6
    assert after[:2] == before  # finished rows kept as they were
    assert (out / "rows.jsonl").read_bytes().endswith(b"\n")
    code, text = _run(args, capsys)  # a finished run resumed again writes nothing
    assert code == 0 and json.loads(text)["rows_written"] == 0


def test_other_settings_in_the_same_directory_are_refused(data_dir, tiny_suite_dir, tmp_path, capsys) -> None:
    out = tmp_path / "run"
    base = ["eval", "run", f"dir:{tiny_suite_dir}", "--out", str(out), "--no-gate", "--executor", "serial",
            "--data-dir", str(data_dir), "--json", "--level", "tu"]  # fmt: skip
    code, text = _run([*base, "--strategy", "Oz", "--budget", "3"], capsys)
    assert code == 0, text
    code, text = _run([*base, "--strategy", "Oz", "--budget", "2"], capsys)
    error = json.loads(text)
    assert code == 1 and error["kind"] == "ConfigError"
    assert "other settings" in error["error"] and "budget" in error["error"]
    code, text = _run([*base, "--strategy", "Os", "--budget", "3"], capsys)
    assert code == 1 and "strategy" in json.loads(text)["error"]
    assert len(read_rows(out / "rows.jsonl")) == 2  # nothing was added by the refused runs


def test_bad_input_is_one_line(data_dir, tiny_suite_dir, tmp_path, capsys) -> None:
    common = ["--out", str(tmp_path / "x"), "--data-dir", str(data_dir), "--json"]
    code, text = _run(["eval", "run", "no-such-suite-v1", "--strategy", "Oz", *common], capsys)
    error = json.loads(text)
    assert code == 1 and "unknown evaluation suite 'no-such-suite-v1'" in error["error"]
    assert "project-bench-v1" in error["error"]
    code, text = _run(["eval", "run", f"dir:{tiny_suite_dir}", "--strategy", "no-such", *common], capsys)
    error = json.loads(text)
    assert code == 1 and "unknown evaluation strategy 'no-such'" in error["error"] and "clang-Oz" in error["error"]
    code, text = _run(["eval", "run", f"dir:{tmp_path / 'missing'}", "--strategy", "Oz", *common], capsys)
    assert code == 1 and "no such file or directory" in json.loads(text)["error"]
    code, text = _run(["eval", "run", f"dir:{tiny_suite_dir}", "--strategy", "zero-shot", *common], capsys)
    assert code == 1 and "needs a model" in json.loads(text)["error"]
    code, text = _run(["eval", "report", str(tmp_path), "--json"], capsys)
    assert code == 1 and "not an evaluation directory" in json.loads(text)["error"]
    code = main(["eval", "run", "no-such-suite-v1", "--strategy", "Oz", "--out", str(tmp_path / "y")])
    _out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err


def test_serial_and_pool_executors_write_the_same_rows(toolchain, data_dir, tiny_suite_dir, tmp_path) -> None:
    suite = build_suite(f"dir:{tiny_suite_dir},level=function", toolchain, Flavour.SIZE, data_dir)
    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    rows = {}
    for kind in ("serial", "pool"):
        config = EvalConfig(strategy="random", budget=3, gate=False, executor=kind, workers=2)
        run_eval(suite, config, tmp_path / kind, spec)
        rows[kind] = {r["program"]: r for r in read_rows(tmp_path / kind / "rows.jsonl")}
    timing = {"wall_s", "method_s", "model_s", "finished_at"}
    assert rows["serial"].keys() == rows["pool"].keys()
    for name, row in rows["serial"].items():
        other = rows["pool"][name]
        assert {k: v for k, v in row.items() if k not in timing} == {k: v for k, v in other.items() if k not in timing}


def test_default_model_out_of_its_flavour_runs_with_a_warning(data_dir, tiny_suite_dir, tmp_path, capsys) -> None:
    """The shipped model saw size-flavour IR only: measuring it on paper-flavour IR is allowed, never silent."""
    base = ["eval", "run", f"dir:{tiny_suite_dir}", "--strategy", "Oz", "--budget", "1", "--model", "default",
            "--no-gate", "--executor", "serial", "--data-dir", str(data_dir), "--json", "--level", "tu"]  # fmt: skip
    code, text = _run([*base, "--flavour", "paper", "--out", str(tmp_path / "paper")], capsys)
    assert code == 0, text
    summary = json.loads(text)
    assert "trained on size-flavour IR, not paper" in summary["warning"] and summary["rows_written"] == 2
    code, text = _run([*base, "--flavour", "size", "--out", str(tmp_path / "size")], capsys)
    assert code == 0 and "warning" not in json.loads(text)
