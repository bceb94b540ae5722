"""``llmopt eval results`` on real harness runs (the first programs of the project benchmark, -Oz and the coreset):
every "ours" number in the page equals what ``llmopt.eval.metrics`` computes from the rows by hand; figures without a
run say "not measured"; bad input is one line, never a traceback."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.eval import metrics as m
from llmopt.eval.harness import read_rows
from llmopt.eval.results import FIGURES, NO_DISASSEMBLY, NO_EMULATION


@pytest.fixture(scope="module")
def runs(toolchain, data_dir, tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("results-runs")
    common = ["--limit", "3", "--executor", "serial", "--no-gate", "--data-dir", str(data_dir)]
    out = []
    for strategy, budget in (("Oz", "1"), ("coreset", "3")):
        directory = root / strategy
        args = ["eval", "run", "project-bench-v1", "--strategy", strategy, "--budget", budget, "--out", str(directory)]
        assert main([*args, *common]) == 0
        out.append(directory)
    return out


def _pct(value: float | None) -> str:
    assert value is not None
    return f"{value:+.2f} %"


@pytest.mark.slow  # two harness runs on three real programs: ~35 s on the loaded 2-core machine (engine build included)
def test_results_page_numbers_are_the_metrics_of_the_rows(runs, tmp_path, toolchain, capsys) -> None:
    page = tmp_path / "docs" / "results.md"
    page.parent.mkdir()
    assert main(["eval", "results", *map(str, runs), "-o", str(page), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["runs"] == 2 and summary["figures"] == len(FIGURES) and 0 < summary["measured"] < len(FIGURES)
    text = page.read_text()
    rows = [r for r in read_rows(runs[1] / "rows.jsonl") if r["status"] == "ok"]
    assert len(rows) == 3
    size = m.size_change_pct([(r["size"], r["oz_size"]) for r in rows])
    icount = m.size_change_pct([(r["instruction_count"], r["oz_instruction_count"]) for r in rows])
    improved, regressed, _equal = m.improved_regressed_equal([(r["size"], r["oz_size"]) for r in rows])
    tuned = [r for r in rows if r["tuned_ratio"] is not None]
    share = m.share_of_autotuner_gain(
        [(r["size"], r["oz_size"]) for r in tuned], [(r["tuned_ratio"] * r["oz_size"], r["oz_size"]) for r in tuned]
    )
    assert share is not None
    coreset_line = "project-bench-v1 (limit=3: 3 programs); coreset; no model; budget 3"
    compilations = m.compilations_per_program([r["compilations"] for r in read_rows(runs[1] / "rows.jsonl")])
    assert f"{_pct(size)} (3 programs, {compilations:.1f} compilations each) ({coreset_line})" in text
    assert f"{_pct(icount)} (3 programs) ({coreset_line})" in text
    assert (
        f"{improved} / {regressed} of 3 ({100 * m.share(improved, 3):.1f} % / {100 * m.share(regressed, 3):.1f} %)"
    ) in text  # fmt: skip
    assert f"{100 * share:.0f} % ({_pct(size)} vs -Oz) ({coreset_line})" in text
    autotuner = m.size_change_pct([(r["tuned_ratio"], 1.0) for r in tuned])
    assert f"{_pct(autotuner)} ({len(tuned)} programs)" in text
    # The command that reproduces ours, and -Oz (a fixed pipeline) only in the table of every run.
    assert f"`llmopt eval run project-bench-v1:limit=3 --strategy coreset --budget 3 --no-gate --out {runs[1]}`" in text
    assert "| project-bench-v1 (limit=3: 3 programs) | Oz | 3 | +0.00 % | 0 / 0 / 3 | 0 % | 1.0 |" in text
    # Header: LLVM, the day the rows were made, MiBench not shipped and what we used instead.
    assert toolchain.identity in text and datetime.now(timezone.utc).date().isoformat() in text
    assert "MiBench" in text and "not shipped" in text and "`project-bench-v1`" in text
    # Never invented: no peephole report, no default eval, no disassembly model.
    assert f"not measured: {NO_DISASSEMBLY}" in text
    assert "not measured: no peephole evaluation of stage 'latency' (--peephole)" in text
    assert "not measured: the harness keeps -Oz; no --default-eval" in text
    for paper in ("LLM Compiler", "LLM-VeriOpt", "Compiler Generated Feedback", "arXiv 2309.07062"):
        assert paper in text


def test_results_bad_input_is_one_line(tmp_path, capsys) -> None:
    out = str(tmp_path / "r.md")
    code = main(["eval", "results", str(tmp_path / "missing"), "-o", out])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "does not exist" in err and "Traceback" not in err
    (tmp_path / "empty").mkdir()
    code = main(["eval", "results", str(tmp_path / "empty"), "-o", out, "--json"])
    assert code != 0 and "not an evaluation directory" in json.loads(capsys.readouterr().out)["error"]
    assert not Path(out).exists()  # nothing written on bad input


@pytest.mark.slow
def test_results_refuses_a_file_that_is_not_a_peephole_report(runs, tmp_path, capsys) -> None:
    out = tmp_path / "r.md"
    code = main(["eval", "results", str(runs[0]), "--peephole", str(runs[0] / "eval.json"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "llmopt eval peephole --out" in err and not out.exists()


@pytest.mark.slow
def test_results_page_reads_task_evaluations(runs, tmp_path, capsys) -> None:
    """``--task-eval`` files (what ``llmopt eval task -o`` writes) fill the compiler-emulation and disassembly rows
    with their summaries' shares; a file of another kind is one line and writes nothing."""
    emu, disasm = tmp_path / "emu.json", tmp_path / "disasm.json"
    common = {"model": "hf:/m", "split": "validation", "style": "llm-compiler", "flavour": "size"}
    emu_summary = {"task": "compiler_emulation", "rows": 40, "compile_rate": 0.25, "exact_match_rate": 0.05,
                   "mean_bleu": 0.5}  # fmt: skip
    disasm_summary = {"task": "disassembly", "rows": 40, "round_trip_rate": 0.1, "round_trip_exact_rate": 0.025,
                      "round_trip_bleu": 0.9, "mean_bleu": 0.7}  # fmt: skip
    emu.write_text(
        json.dumps({**common, "task": "compiler_emulation", "data": "/d/emu/dataset", "summary": emu_summary})
    )
    disasm.write_text(json.dumps({**common, "task": "disassembly", "data": "/d/dis", "summary": disasm_summary}))
    page = tmp_path / "r.md"
    args = ["eval", "results", str(runs[0]), "-o", str(page), "--task-eval", str(emu), "--task-eval", str(disasm)]
    assert main(args) == 0
    text = page.read_text()
    assert NO_EMULATION not in text and NO_DISASSEMBLY not in text
    assert "| 25.0 % of 40 (BLEU 0.500) (40 validation functions of /d/emu (size flavour); hf:/m; greedy) |" in text
    assert (
        "25.0 % / 5.0 % of 40" in text and "4 of 40 (10.0 %)" in text and "0.900 / 2.5 % of 40 (IR BLEU 0.700)" in text
    )
    assert (
        f"`llmopt eval task --task disassembly -m hf:/m --data /d/dis --split validation --limit 40 -o {disasm}`"
        in text
    )
    assert f"--task-eval {emu}" in text  # the regenerate command names its inputs
    other = tmp_path / "other.json"
    other.write_text(json.dumps({**common, "task": "flag_tuning", "data": "/d", "summary": {"rows": 1}}))
    capsys.readouterr()
    out = tmp_path / "o.md"
    assert main(["eval", "results", str(runs[0]), "-o", str(out), "--task-eval", str(other)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a compiler_emulation or disassembly result" in err and not out.exists()


@pytest.mark.slow
def test_results_page_reads_the_shipped_models_card(runs, tmp_path) -> None:
    """``--default-eval`` takes an installed model's card (its ``evaluation`` is the run's eval.json), so the shipped
    model is reported on a machine that never had its training run; the row is the card's numbers and the command that
    trained it."""
    card_path = Path(__file__).resolve().parents[3] / "llmopt" / "models" / "default" / "default_model.json"
    card = json.loads(card_path.read_text())
    ev = card["evaluation"]["with_oz_backup"]
    page = tmp_path / "r.md"
    assert main(["eval", "results", str(runs[0]), "-o", str(page), "--default-eval", str(card_path)]) == 0
    text = page.read_text()
    want = f"{_pct(ev['change_pct'])} ({ev['improved']} / {ev['regressed']} / {ev['equal']} improved / regressed"
    assert want in text and f"`{card['command']}`" in text
    assert "not measured: the harness keeps -Oz; no --default-eval" not in text
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"evaluation": {"prompts": 1}}))
    assert main(["eval", "results", str(runs[0]), "-o", str(tmp_path / "b.md"), "--default-eval", str(bad)]) != 0
