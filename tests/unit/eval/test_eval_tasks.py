"""Compiler-emulation and disassembly evaluation (``llmopt eval task``) on real task datasets built from
``small_corpus``: the reference answers score full marks (which checks the scorer), garbage scores zero with a typed
status, prompts over a real tiny model's context are counted and not asked, and the CLI's summary is the metric
functions applied to its own rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.eval import metrics as m
from llmopt.eval.tasks import AnswerStatus, load_task_rows, score_answer, summarize
from llmopt.prompts.scoring import RoundTripScore, RoundTripStatus
from llmopt.toolchain import Toolchain

# (task, prompt style): one of each style, so both the plain llm-compiler prompt and the chat layout (whose system
# message holds a placeholder <code> block of its own) are read back.
TASK_STYLES = (("compiler_emulation", "llm-compiler"), ("disassembly", "llmopt"))


@pytest.fixture(scope="module")
def task_datasets(
    small_corpus: Path, tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain
) -> dict[str, Path]:
    """Both task datasets of ``small_corpus`` (train and validation), built as ``llmopt data build`` builds them."""
    from llmopt.data.tasks.base import TaskContext
    from llmopt.data.tasks.runner import build_task_dataset

    data_dir = tmp_path_factory.mktemp("task-eval-data")
    ctx = TaskContext(bin_dir=str(toolchain.bin_dir), version=toolchain.version, data_dir=str(data_dir))
    out: dict[str, Path] = {}
    for task, style in TASK_STYLES:
        out[task] = tmp_path_factory.mktemp(f"task-eval-{task}")
        build_task_dataset(task, small_corpus, out[task], ctx, workers=1, progress=False, style=style)
    return out


@pytest.mark.parametrize("task", [t for t, _ in TASK_STYLES])
def test_the_reference_answers_score_full_marks(task: str, task_datasets: dict[str, Path], toolchain) -> None:
    data = load_task_rows(task_datasets[task], task, "validation")
    assert len(data.rows) >= 3
    rows = [
        score_answer(toolchain, task, r, r["completion"], style=data.style, flavour=data.flavour).to_json()
        for r in data.rows
    ]
    summary = summarize(task, rows)
    assert summary["statuses"][AnswerStatus.OK.value] == len(rows)
    assert summary["exact_match_rate"] == summary["mean_bleu"] == 1.0
    if task == "compiler_emulation":
        assert summary["compile_rate"] == 1.0
        assert summary["instruction_count_mape"] == summary["binary_size_mape"] == 0.0
    else:
        assert summary["round_trip_rate"] == summary["round_trip_exact_rate"] == 1.0
        assert summary["round_trip_bleu"] == summary["round_trip_bleu_lowered"] == 1.0


@pytest.mark.parametrize("task", [t for t, _ in TASK_STYLES])
def test_garbage_scores_zero_with_a_typed_status(task: str, task_datasets: dict[str, Path], toolchain) -> None:
    data = load_task_rows(task_datasets[task], task, "validation")
    row = data.rows[0]
    answers = {
        AnswerStatus.NO_IR: "%5 = garbage !!! no block here",
        AnswerStatus.NOT_COMPILED: "<code>define i32 @f( {\n  ret i32 %nothing\n}</code>",
    }
    rows = []
    for status, answer in answers.items():
        score = score_answer(toolchain, task, row, answer, style=data.style, flavour=data.flavour)
        assert score.status is status and not score.compiled and score.error and not score.exact_match
        rows.append(score.to_json())
    too_long = score_answer(toolchain, task, row, None, style=data.style, flavour=data.flavour)
    assert too_long.status is AnswerStatus.TOO_LONG
    rows.append(too_long.to_json())
    summary = summarize(task, rows)
    assert summary["exact_match_rate"] == 0.0 and summary["mean_bleu"] < 0.2
    if task == "compiler_emulation":
        assert summary["compile_rate"] == 0.0
    else:
        assert summary["round_trip_rate"] == summary["round_trip_exact_rate"] == summary["round_trip_bleu"] == 0.0
        assert summary["round_trip_bleu_lowered"] is None  # nothing lowered: no mean over nothing


def test_a_wrong_task_or_dataset_is_one_line(task_datasets: dict[str, Path], tmp_path: Path, capsys) -> None:
    cases = [
        (["--task", "flag_tuning", "--data", str(task_datasets["disassembly"])], "unknown task 'flag_tuning'"),
        (["--task", "disassembly", "--data", str(tmp_path / "missing")], "not a task dataset"),
        (["--task", "disassembly", "--data", str(task_datasets["compiler_emulation"])], "not 'disassembly'"),
        (["--task", "disassembly", "--data", str(task_datasets["disassembly"]), "--split", "nope"], "no rows in split"),
        (["--task", "disassembly", "--data", str(task_datasets["disassembly"])], "does not exist"),  # the model
    ]
    for args, message in cases:
        code = main(["eval", "task", *args, "--model", f"hf:{tmp_path / 'no-model'}"])
        out, err = capsys.readouterr()
        assert code == 1 and message in err and "Traceback" not in err + out
        assert len(err.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize("task", [t for t, _ in TASK_STYLES])
def test_cli_summary_is_the_metrics_of_its_rows(task: str, task_datasets: dict[str, Path], tmp_path, capsys) -> None:
    """A real tiny model (taught flag-tuning answers, so on these prompts it writes no IR) with a 4,096-token context:
    rows whose prompt and reference answer do not fit are counted as too long and not asked; the rest are typed
    failures; every rate of the printed summary is the metric function applied to the written rows."""
    from transformers import AutoTokenizer

    from tests.tiny_model import train_tiny_model

    model = train_tiny_model(tmp_path / "model", context_length=4096)
    out = tmp_path / "eval.json"
    args = ["--task", task, "--model", f"hf:{model},device=cpu", "--data", str(task_datasets[task]), "--out", str(out)]
    code = main(["eval", "task", *args, "--max-tokens", "32", "--json"])
    printed, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(printed)["summary"]
    written = json.loads(out.read_text())
    rows = written["rows"]
    assert written["summary"] == summary and summary["rows"] == len(rows) > 0

    data = load_task_rows(task_datasets[task], task, "validation")
    tok = AutoTokenizer.from_pretrained(str(model))

    def length(text: str) -> int:
        return len(tok(text, add_special_tokens=False)["input_ids"])

    too_long = sum(1 for r in data.rows if length(r["prompt"]) + 1 + length(r["completion"]) > 4096)
    assert summary["too_long"] == too_long == sum(r["status"] == "too_long" for r in rows)
    assert 0 < too_long < len(rows)  # both kinds of rows: counted and not asked, asked and judged
    assert all(r["status"] in {"too_long", "no_ir", "not_compiled"} for r in rows)

    ir, ref = [r["ir"] for r in rows], [r["reference_ir"] for r in rows]
    assert summary["exact_match_rate"] == m.exact_match_rate(ir, ref) == 0.0
    assert summary["mean_bleu"] == m.mean_bleu(ir, ref)
    if task == "compiler_emulation":
        assert summary["compile_rate"] == m.compile_rate([r["compiled"] for r in rows]) == 0.0
        for name in ("instruction_count", "binary_size"):
            predicted = [r[f"predicted_{name}"] for r in rows]
            expected = m.mean_absolute_percentage_error(predicted, [r[f"reference_{name}"] for r in rows])
            assert summary[f"{name}_mape"] == expected
    else:
        trips = [r["round_trip"] for r in rows]
        scores = [RoundTripScore(RoundTripStatus(t["status"]), t["bleu"], t["exact_match"]) for t in trips]
        assert summary["round_trip_rate"] == m.round_trip_rate(scores) == 0.0
        assert summary["round_trip_exact_rate"] == m.round_trip_exact_rate(scores) == 0.0
        assert summary["round_trip_bleu"] == m.mean_round_trip_bleu(scores)
