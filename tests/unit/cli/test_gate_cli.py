"""`llmopt gate`: the PassListEval gate from the command line (real programs, real LLVM)."""

import json

import pytest

from llmopt.cli.main import main


@pytest.mark.slow
def test_gate_accepts_oz_and_prints_the_verdict(data_dir, capsys):
    code = main(["gate", "default<Oz>", "--csmith", "0", "--json", "--data-dir", str(data_dir)])
    verdict = json.loads(capsys.readouterr().out)
    assert code == 0
    assert verdict["passed"] is True and verdict["pipeline"] == "default<Oz>"
    assert verdict["programs_checked"] >= 100


def test_gate_rejects_an_unknown_pass_before_running_anything(data_dir, capsys):
    code = main(["gate", "newgvnn", "--data-dir", str(data_dir)])
    assert code == 1
    assert "did you mean 'newgvn'" in capsys.readouterr().err
