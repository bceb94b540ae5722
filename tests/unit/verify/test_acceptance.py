"""The acceptance API: one typed Verdict for gate + guards, one shared gate-verdict store, the engine-backed gate.

Real LLVM 19 tools and real miscompiles throughout: ``function(newgvn,dse,newgvn)`` makes gcd_euclid's loop
endless in the size flavour, the Attributor breaks 025_int_modular's ext_gcd, ``trigger-crash-module`` crashes opt.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmopt.cli.main import app
from llmopt.metrics import Measurer
from llmopt.toolchain import Flavour, Toolchain, compile_source
from llmopt.toolchain.engine import ensure_engine
from llmopt.verify.acceptance import (
    Acceptance,
    AcceptanceConfig,
    CheckStatus,
    GateConfig,
    GuardConfig,
)
from llmopt.verify.passlisteval import PassListGate, discover_programs
from llmopt.verify.passlisteval.store import GateVerdictStore
from llmopt.verify.passlisteval.suite import PROGRAMS_DIR

NEWGVN = "function(newgvn,dse,newgvn)"
SMALL = ("009", "025", "114")  # the newgvn victim, the attributor victim, C++ with the STL


def _config(**guards: object) -> AcceptanceConfig:
    return AcceptanceConfig(
        flavour=Flavour.SIZE,
        gate=GateConfig(csmith=0, timeout_s=5.0, programs=SMALL),  # 5 s: a loaded CI machine is slow
        guards=GuardConfig(**guards),  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gate-build")


@pytest.mark.parametrize(
    "pipeline", ["default<Os>", NEWGVN, "attributor", "trigger-crash-module", "no-such-pass", "instcombine"]
)
def test_engine_gate_agrees_with_the_process_gate(
    toolchain: Toolchain, data_dir: Path, build_dir: Path, tmp_path: Path, pipeline: str
) -> None:
    common = dict(
        programs=discover_programs(names=SMALL),
        flavour="size",
        timeout_s=1.0,
        confirm_timeouts=False,
        stop_at_first_failure=False,
    )
    old = PassListGate(toolchain, build_dir, verdict_store=GateVerdictStore(tmp_path / "old.sqlite"), **common)
    new = PassListGate(
        toolchain,
        build_dir,
        verdict_store=GateVerdictStore(tmp_path / "new.sqlite"),
        engine_data_dir=data_dir,
        **common,
    )
    with new:
        assert new.engine_binary is not None and old.engine_binary is None
        a, b = old.check(pipeline), new.check(pipeline)
    assert not a.cached and not b.cached  # two stores: each computed its own verdict
    assert a.passed == b.passed
    assert [(f.program, f.kind) for f in a.failures] == [(f.program, f.kind) for f in b.failures]


@pytest.mark.slow
def test_gate_verdicts_are_shared_by_every_caller(toolchain: Toolchain, data_dir: Path, tmp_path: Path) -> None:
    # Its own data dir (the shared store lives there); the engine binary comes from the session's data dir.
    root = tmp_path / "data"
    root.mkdir()
    ensure_engine(toolchain, data_dir)
    (root / "engine").symlink_to(data_dir / "engine", target_is_directory=True)
    with Acceptance(toolchain, _config(enabled=False), root) as first:
        rejected = first.check_list(NEWGVN)
    assert not rejected.accepted and rejected.checks == ("gate",)
    assert rejected.evidence[0].status is CheckStatus.REJECTED and not rejected.evidence[0].cached
    assert "009_loop_gcd_lcm" in rejected.reason
    with Acceptance(toolchain, _config(enabled=False), root) as second:  # a new caller: the same store answers
        again = second.check_list(NEWGVN)
        assert again.evidence[0].cached and not again.accepted
    store = GateVerdictStore.for_data_dir(root)
    assert store.path == root / "gate" / "verdicts.sqlite"
    stored = store.all()
    assert [(v.pipeline, v.passed) for v in stored] == [(NEWGVN, False)]
    # `llmopt gate` reads the same store (same flavour, codegen and suite): cached, and the same answer.
    args = ["gate", NEWGVN, "--flavour", "size", "--csmith", "0", "--programs", ",".join(SMALL)]
    result = CliRunner().invoke(app, [*args, "--data-dir", str(root), "--json"])
    assert result.exit_code == 2, result.output
    data = json.loads(result.output)
    assert data["passed"] is False and data["pipeline"] == NEWGVN
    assert len(store.all()) == 1  # nothing new was computed
    text = CliRunner().invoke(app, [*args, "--data-dir", str(root)])
    assert text.exit_code == 2 and "cached" in text.output
    # The other flavour is another key: its codegen (-O0) and its IR differ, and the bug does not show there.
    paper = CliRunner().invoke(
        app, ["gate", NEWGVN, "--flavour", "paper", "--csmith", "0", "--programs", "009", "--data-dir", str(root)]
    )
    assert paper.exit_code == 0, paper.output
    assert len(store.all()) == 2
    store.close()


def test_accept_runs_gate_then_guards_with_evidence(toolchain: Toolchain, data_dir: Path) -> None:
    module = compile_source(
        toolchain, PROGRAMS_DIR / "001_loop_sum.c", Flavour.SIZE, extra_args=["-I", str(PROGRAMS_DIR)]
    )
    with Measurer(toolchain, data_dir=data_dir) as measurer:
        acceptance = Acceptance(toolchain, _config(translation=False), data_dir, measurer=measurer)
        with acceptance:
            trusted = acceptance.accept(module, "default<Oz>")
            assert trusted.accepted and trusted.evidence == ()
            good = acceptance.accept(module, "function(sroa,early-cse),default<Oz>")
            assert good.accepted, good.reason
            assert good.checks[0] == "gate" and "structural" in good.checks
            assert all(c.status is not CheckStatus.REJECTED for c in good.evidence)
            bad = acceptance.accept(module, NEWGVN)
            assert not bad.accepted and bad.checks == ("gate",)  # the gate rejected it: no guard ran
            invalid = acceptance.check_program(module, "no-such-pass")
            assert not invalid.accepted and invalid.checks == ("optimize",)
            assert json.loads(json.dumps(good.to_json()))["accepted"] is True
