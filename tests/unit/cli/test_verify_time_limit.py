"""``llmopt verify --time-limit``: a whole-run limit; functions it leaves unchecked are inconclusive (issue 10)."""

import json

from llmopt.cli.main import main

SRC = "define i32 @f(i32 %x) {\n  %a = mul i32 %x, 2\n  ret i32 %a\n}\ndefine i32 @g(i32 %x) {\n  ret i32 %x\n}\n"
GOOD = SRC.replace("mul i32 %x, 2", "shl i32 %x, 1")


def test_time_limit_bounds_the_whole_run(capsys, tmp_path):
    src, tgt = tmp_path / "src.ll", tmp_path / "tgt.ll"
    src.write_text(SRC)
    tgt.write_text(GOOD)
    assert main(["verify", str(src), str(tgt), "--time-limit", "60", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["function"], r["result"]) for r in rows] == [("f", "equivalent"), ("g", "equivalent")]
    assert main(["verify", str(src), str(tgt), "--time-limit", "0.000001", "--json"]) == 3
    rows = json.loads(capsys.readouterr().out)
    assert [r["function"] for r in rows] == ["f", "g"]
    assert all(r["result"] == "inconclusive" and "--time-limit" in r["reason"] for r in rows)
    assert main(["verify", str(src), str(tgt), "--time-limit", "0"]) == 1
    assert "--time-limit must be positive" in capsys.readouterr().err
