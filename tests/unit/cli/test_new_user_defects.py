"""Issue 10's new-user defects in the compiler commands, each through the real entry point and real LLVM."""

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.inference.optimize import optnone_functions, strip_optnone
from llmopt.toolchain import write_atomic

DATA = Path(__file__).parents[2] / "data"
CHECKSUM = DATA.parent.parent / "examples" / "checksum.c"
SMALL_LOOP = "int sum(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }\n"


@pytest.fixture
def run_cli(data_dir, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _clang_ir(toolchain, tmp_path: Path, *flags: str) -> Path:
    src = tmp_path / "loop.c"
    src.write_text(SMALL_LOOP)
    out = tmp_path / ("loop" + "".join(f.strip("-") for f in flags) + ".ll")
    subprocess.run(
        [str(toolchain.tool("clang")), *flags, "-g0", "-emit-llvm", "-S", str(src), "-o", str(out)], check=True
    )
    return out


def test_optimize_never_writes_more_than_no_optimization(run_cli, toolchain, tmp_path):
    ll = _clang_ir(toolchain, tmp_path, "-O0", "-Xclang", "-disable-O0-optnone")
    code, out, _ = run_cli("optimize", str(ll), "--flavour", "paper", "-o", str(tmp_path / "o.o"), "--json")
    data = json.loads(out)
    assert code == 0
    assert "" in [c["pipeline"] for c in data["candidates"]]  # no passes is a candidate
    assert data["binary_size"] <= data["o0_binary_size"] and data["binary_size"] <= data["oz_binary_size"]
    assert data["codegen"] == "llc -O0 -relocation-model=pic"  # --flavour paper holds for .ll input


def test_optnone_ir_is_reported_with_the_fix(run_cli, toolchain, tmp_path):
    ll = _clang_ir(toolchain, tmp_path, "-O0")
    text = ll.read_text()
    assert optnone_functions(text) == ["sum"] and optnone_functions(strip_optnone(text)) == []
    code, _, err = run_cli("optimize", str(ll), "--flavour", "paper", "-o", str(tmp_path / "o.ll"))
    assert code == 0 and "optnone" in err and "--strip-optnone" in err
    code, out, _ = run_cli("optimize", str(ll), "--flavour", "paper", "-o", str(tmp_path / "o.ll"), "--json")
    as_is = json.loads(out)
    assert code == 0 and as_is["optnone_functions"] == ["sum"]
    code, out, _ = run_cli(
        "optimize", str(ll), "--flavour", "paper", "--strip-optnone", "-o", str(tmp_path / "s.ll"), "--json"
    )
    stripped = json.loads(out)
    assert code == 0 and stripped["optnone_functions"] == []

    def oz_count(data):
        return next(c["instruction_count"] for c in data["candidates"] if c["pipeline"] == "default<Oz>")

    assert oz_count(stripped) < oz_count(as_is)  # the passes now change the function


@pytest.mark.parametrize("command", ["optimize", "ir", "ir-split"])
def test_unwritable_output_is_one_line(run_cli, tmp_path, command):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    a_dir = tmp_path / "dir"
    a_dir.mkdir()
    cases = {
        "optimize": [("optimize", str(CHECKSUM), "-o", str(a_dir)), ("optimize", str(CHECKSUM), "-o", f"{a_file}/x.o")],
        "ir": [("ir", str(CHECKSUM), "-o", str(a_dir)), ("ir", str(CHECKSUM), "-o", f"{a_file}/x.ll")],
        "ir-split": [("ir", str(CHECKSUM), "--split", "-o", str(a_file))],
    }[command]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.geteuid() != 0:  # root writes into read-only directories anyway
        out = "out.o" if command == "optimize" else "out.ll"
        cases.append((*cases[0][:-1], str(locked / out)))
    try:
        for args in cases:
            code, _, err = run_cli(*args)
            assert code == 1, args
            assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    finally:
        locked.chmod(0o700)


def test_written_files_honour_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.ll", "x")
        assert stat.S_IMODE((tmp_path / "a.ll").stat().st_mode) == 0o644
        os.umask(0o077)
        write_atomic(tmp_path / "b.ll", "x")
        assert stat.S_IMODE((tmp_path / "b.ll").stat().st_mode) == 0o600
        (tmp_path / "a.ll").chmod(0o640)
        write_atomic(tmp_path / "a.ll", "y")  # replacing keeps the existing file's mode
        assert stat.S_IMODE((tmp_path / "a.ll").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_json_errors_are_json_objects_with_the_exit_code(run_cli, tmp_path):
    code, out, _ = run_cli("measure", str(tmp_path / "missing.c"), "--json")
    data = json.loads(out)
    assert code == 1 and data["exit_code"] == 1 and "no such file" in data["error"]
    code, out, _ = run_cli("measure", str(tmp_path), "--json")
    assert code == 1 and "is a directory" in json.loads(out)["error"]


@pytest.mark.parametrize(
    "args, words",
    [
        (["optimize", str(CHECKSUM), "--budget", "abc"], "--budget"),
        (["optimize", str(CHECKSUM), "--nosuch"], "No such option: --nosuch"),
        (["measure"], "Missing argument"),
        (["nosuchcommand"], "No such command"),
    ],
)
def test_usage_errors_under_json_are_one_json_object(args, words, capsys):
    """A caller parsing stdout gets JSON for click's usage errors too, with click's exit code 2, and nothing else."""
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 2 and data["exit_code"] == 2 and data["kind"] == "UsageError" and words in data["error"]
    assert len(out.strip().splitlines()) == 1 and "Traceback" not in err


def test_help_shows_flags_as_flags(capsys):
    assert main(["measure", "--help"]) == 0
    help_text = capsys.readouterr().out
    assert "<bool>" not in help_text and "--json" in help_text
    assert "<paper|size>" in help_text  # the flavour choices are listed
    assert "--measure-with" in help_text and "--no-cache" in help_text and "--backend" not in help_text


def test_no_cache_measures_with_the_asked_path(run_cli):
    code, out, _ = run_cli("measure", str(CHECKSUM), "--measure-with", "engine", "--json")
    assert code == 0 and json.loads(out)["measured_with"] == "engine"
    code, out, _ = run_cli("measure", str(CHECKSUM), "--measure-with", "subprocess", "--json")
    assert code == 0 and json.loads(out)["measured_with"] == "engine"  # the warm cache answers (documented)
    code, out, _ = run_cli("measure", str(CHECKSUM), "--measure-with", "subprocess", "--no-cache", "--json")
    data = json.loads(out)
    assert code == 0 and data["measured_with"] == "subprocess" and data["cached"] is False
