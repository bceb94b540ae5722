"""``llmopt verify`` through the real entry point: JSON shape, --function, --batch, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmopt.cli.main import main

DATA = Path(__file__).parents[2] / "data" / "verify"
SRC = "define i32 @f(i32 %x) {\n  %a = mul i32 %x, 2\n  ret i32 %a\n}\ndefine i32 @g(i32 %x) {\n  ret i32 %x\n}\n"
GOOD = SRC.replace("mul i32 %x, 2", "shl i32 %x, 1")
BAD = SRC.replace("mul i32 %x, 2", "shl i32 %x, 2")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in {"src": SRC, "good": GOOD, "bad": BAD}.items():
        paths[name] = tmp_path / f"{name}.ll"
        paths[name].write_text(text)
    return paths


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["verify", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_one_object_per_function(capsys, files):
    code, out, _ = run(capsys, str(files["src"]), str(files["good"]), "--json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["function"], r["result"]) for r in rows] == [("f", "equivalent"), ("g", "equivalent")]


def test_refutation_has_counterexample_in_json(capsys, files):
    _, out, _ = run(capsys, str(files["src"]), str(files["bad"]), "--function", "f", "--json")
    [row] = json.loads(out)
    assert row["function"] == "f" and row["result"] == "not_equivalent"
    x = row["counterexample"]["arguments"]["%x"]
    assert row["counterexample"]["source_result"] != row["counterexample"]["target_result"]
    assert isinstance(x, int)


def test_text_output_names_function_and_verdict(capsys, files):
    _, out, _ = run(capsys, str(files["src"]), str(files["bad"]))
    assert "@f: not_equivalent" in out and "@g: equivalent" in out


def test_syntax_error_is_a_result_not_a_crash(capsys, files):
    _, out, _ = run(capsys, str(files["src"]), str(DATA / "broken.ll"), "--json")
    rows = json.loads(out)
    assert {r["result"] for r in rows} == {"syntax_error"}
    assert "undefined_value" in rows[0]["reason"]


def test_batch_mode_reads_pairs_and_tags_rows(capsys, files, tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "source": "src.ll", "target": "good.ll", "function": "f"}),
                json.dumps({"id": "wrong", "source_ir": SRC, "target_ir": BAD, "function": "f"}),
            ]
        )
        + "\n"
    )
    _, out, _ = run(capsys, "--batch", str(pairs), "--timeout", "5", "--json")
    rows = json.loads(out)
    assert [(r["pair"], r["function"], r["result"]) for r in rows] == [
        ("ok", "f", "equivalent"),
        ("wrong", "f", "not_equivalent"),
    ]


def test_missing_file_is_a_one_line_error(capsys, files, tmp_path):
    code, _, err = run(capsys, str(files["src"]), str(tmp_path / "nope.ll"))
    assert code == 1
    assert "nope.ll: no such file" in err and "Traceback" not in err


def test_unknown_verifier_lists_valid_names(capsys, files):
    code, _, err = run(capsys, str(files["src"]), str(files["good"]), "--verifier", "z4")
    assert code == 1
    assert "alive2, differential, smt" in err


def test_undef_memory_is_checked_by_default_and_can_be_turned_off(capsys, tmp_path: Path):
    load = "define i32 @f(ptr %p) {\n  %v = load i32, ptr %p\n  %r = shl i32 %v, 1\n  ret i32 %r\n}\n"
    (tmp_path / "s.ll").write_text(load)
    (tmp_path / "t.ll").write_text(load.replace("shl i32 %v, 1", "add i32 %v, %v"))
    paths = (str(tmp_path / "s.ll"), str(tmp_path / "t.ll"))
    for flags in ((), ("--undef-memory",)):
        _, out, _ = run(capsys, *paths, *flags, "--json")
        [row] = json.loads(out)
        assert row["result"] == "not_equivalent" and "undef bytes in the caller's memory" in row["reason"]
    # Without the check each load is one value, so the doubled use looks equivalent (why it is the default).
    _, out, _ = run(capsys, *paths, "--no-undef-memory", "--json")
    [row] = json.loads(out)
    assert row["result"] == "equivalent"
    code, out, _ = run(capsys, *paths, "--undef-memory", "--verifier", "differential", "--json")
    assert code != 0 and "--undef-memory/--no-undef-memory only applies" in out
