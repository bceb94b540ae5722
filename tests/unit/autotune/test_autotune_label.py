"""The labelling mode: labels only from accepted lists, never worse than -Oz, one gate call per distinct list, a
dense row per program, and a killed run that resumes without redoing finished work."""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

from llmopt.autotune import LabelConfig, ProgramSpec, RandomSearchConfig, ResultStore, label_programs
from llmopt.cli.main import main
from llmopt.inference.coreset import load_coreset
from llmopt.toolchain import run_process
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

STEMS = ("005_loop_unrollable.dot8", "045_bits_crc32.crc32_table", "001_loop_sum.sum_range")


class CountingPolicy(AcceptancePolicy):
    """Rejects any list containing ``rejected``; counts every question."""

    def __init__(self, rejected: str) -> None:
        self.rejected, self.list_calls, self.program_calls = rejected, [], 0

    def check_list(self, pass_list) -> Verdict:
        text = str(pass_list)
        self.list_calls.append(text)
        ok = self.rejected not in text
        return Verdict(text, ok, "ok" if ok else f"contains {self.rejected}")

    def check_program(self, module, pass_list, *, driver=None) -> Verdict:
        self.program_calls += 1
        return Verdict(str(pass_list), True, "ok")


def _config(toolchain) -> LabelConfig:
    pool = (*load_coreset(toolchain, "size").pipelines[:5], "function(instcombine<no-verify-fixpoint>,simplifycfg)")
    return LabelConfig(pool=pool, search=RandomSearchConfig(budget=8, seed=3, max_length=12), frequent_top=3)


def test_labels_are_accepted_never_worse_than_oz_and_gate_once_per_list(
    toolchain, func_module, measurer_spec, tmp_path: Path
) -> None:
    programs = [ProgramSpec.from_module(func_module(s)) for s in STEMS]
    config = _config(toolchain)
    policy = CountingPolicy(rejected="simplifycfg")
    with ResultStore(tmp_path / "labels") as store:
        result = label_programs(programs, config, measurer_spec, store, acceptance=policy)
        assert len(result.records) == len(STEMS)
        # The gate is asked once per distinct list over the whole corpus, never per program.
        assert len(policy.list_calls) == len(set(policy.list_calls))
        assert len(policy.list_calls) <= len(config.pool) + config.frequent_top
        for r in result.records:
            assert r.best.binary_size <= r.oz.binary_size
            assert "simplifycfg" not in r.best_pipeline  # a rejected list is never a label
            assert set(config.pool) <= set(r.sizes)  # the dense row: every pool list measured on every program
            if r.best_pipeline != "default<Oz>":
                assert r.sizes[r.best_pipeline] == r.best.binary_size < r.oz.binary_size
                assert r.found_by in ("pool", "broadcast")
            assert r.ranking()[0][1] == min(r.sizes.values())
        stages = {s.stage: s for s in result.stages}
        # Later stages only add accepted lists, so the labels' gain never falls; the final stage is what records say.
        gains = [s.geomean_gain for s in result.stages if "reference" not in s.stage]
        assert gains == sorted(gains)
        final = stages["guards (final labels)"]
        assert final.improved == sum(1 for r in result.records if r.best.binary_size < r.oz.binary_size)
        stored = {rec["module_hash"]: rec for rec in store.records()}
        assert {r.module_hash for r in result.records} == set(stored)

        # A second run on the same store measures nothing and asks nothing again.
        measured_before = store.count_evaluations()
        again = CountingPolicy(rejected="simplifycfg")
        second = label_programs(programs, config, measurer_spec, store, acceptance=again)
        assert store.count_evaluations() == measured_before and again.list_calls == [] and again.program_calls == 0
        assert [r.best_pipeline for r in second.records] == [r.best_pipeline for r in result.records]


def test_killed_label_run_resumes_without_redoing(small_corpus: Path, data_dir: Path, tmp_path: Path, capsys) -> None:
    def args(out: Path) -> list[str]:
        return [
            "autotune",
            "label",
            str(small_corpus),
            "--out",
            str(out),
            "--corpus-split",
            "train",
            "--level",
            "module",
            "--budget",
            "4",
            "--frequent-top",
            "2",
            "--no-gate",
            "--no-guard",
            "--executor",
            "serial",
            "--data-dir",
            str(data_dir),
            "--no-progress",
            "--json",
        ]

    out = tmp_path / "killed"
    killed = run_process(
        [sys.executable, "-m", "llmopt.cli.main", *args(out), "--debug-kill-after", "30"], timeout_s=600
    )
    assert killed.signal == signal.SIGKILL or killed.returncode == -signal.SIGKILL, killed.describe()
    with ResultStore(out) as store:
        done = {(e.evaluation.module_hash, e.evaluation.pipeline): e.created_s for e in store.iter_evaluations()}
        assert len(done) == 30 and store.records() == []

    assert main(args(out)) == 0
    resumed = json.loads(capsys.readouterr().out)
    with ResultStore(out) as store:
        after = {(e.evaluation.module_hash, e.evaluation.pipeline): e.created_s for e in store.iter_evaluations()}
    assert all(after[k] == v for k, v in done.items())  # finished evaluations were read back, not redone

    assert main(args(tmp_path / "clean")) == 0
    clean = json.loads(capsys.readouterr().out)
    labels = {p["module_hash"]: (p["best_passes"], p["best_binary_size"]) for p in resumed["programs"]}
    assert labels == {p["module_hash"]: (p["best_passes"], p["best_binary_size"]) for p in clean["programs"]}
    assert len(labels) >= 1


def test_a_pool_file_that_extends_the_coreset_keeps_the_coreset_verdicts(toolchain, tmp_path: Path) -> None:
    from llmopt.cli.label_cmd import _pool
    from llmopt.toolchain import Flavour

    coreset = load_coreset(toolchain, Flavour.SIZE.value)
    extra = "function(sroa,instcombine<no-verify-fixpoint>)"
    pool_file = tmp_path / "pool.txt"
    pool_file.write_text(f"# coreset plus one\n{coreset.pipelines[0]}\n{extra}\n")
    lines, known = _pool(toolchain, Flavour.SIZE, pool_file)
    assert lines == (coreset.pipelines[0], extra)
    assert set(known) == {coreset.pipelines[0]}  # the new list is gated; the coreset one reuses its recorded verdict
    assert "coreset" in known[coreset.pipelines[0]]
