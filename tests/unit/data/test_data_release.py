"""A release from a real labelling run: its tables agree with the labels, a program that overlaps an evaluation suite
is removed and counted, and the check fails on a tampered, missing or extra file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from llmopt.cli.main import main
from llmopt.data.assemble import load_corpus
from llmopt.data.release import check_release, load_release
from llmopt.errors import ConfigError

PROGRAMS = Path(__file__).resolve().parents[3] / "llmopt" / "verify" / "passlisteval" / "programs"


@pytest.fixture(scope="module")
def labelled(small_corpus: Path, data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release-labels") / "labels"
    args = ["autotune", "label", str(small_corpus), "--out", str(out), "--level", "module", "--budget", "4"]
    args += ["--frequent-top", "2", "--no-gate", "--no-guard", "--executor", "serial", "--no-progress", "--json"]
    assert main([*args, "--data-dir", str(data_dir)]) == 0
    return out


def test_release_holds_the_labels_and_removes_suite_overlap(
    small_corpus: Path, labelled: Path, tmp_path: Path, capsys
) -> None:
    capsys.readouterr()
    train = load_corpus(small_corpus, flavour="size", level="module", split="train")
    overlapping = train[0]["package"]
    suite = tmp_path / "suite"
    suite.mkdir()
    stem = Path(overlapping).name
    shutil.copy(PROGRAMS / f"{stem}.c", suite / "copy.c")  # an evaluation suite holding one training program
    release = tmp_path / "flagtune-test-v1"
    args = ["data", "release", str(release), "--corpus", str(small_corpus), "--labels", str(labelled)]
    assert main([*args, "--suite", str(suite), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["removed"] == {str(suite): 1}
    assert summary["overlap"][0]["overlapping"] == 1
    assert summary["counts"] == {"size/module/train": len(train) - 1}
    assert check_release(release) == []

    programs = load_release(release, "programs").to_pylist()
    labels = {r["module_hash"]: r for r in load_release(release, "labels").to_pylist()}
    lists = {r["list_id"]: r["pipeline"] for r in load_release(release, "lists").to_pylist()}
    matrix = load_release(release, "size_matrix").to_pylist()
    assert overlapping not in {p["package"] for p in programs}
    assert {p["module_hash"] for p in programs} == set(labels)
    for label in labels.values():
        assert label["best_binary_size"] <= label["oz_binary_size"]
        row = {lists[m["list_id"]]: m["binary_size"] for m in matrix if m["module_hash"] == label["module_hash"]}
        assert len(row) == len(lists)  # dense: every list on every program
        if label["best_passes"] != "default<Oz>":
            assert row[label["best_passes"]] == label["best_binary_size"]
    card = (release / "card.md").read_text()
    assert "Contamination" in card and str(suite) in card

    # Tampering: an altered byte, an extra file, a missing file; each is named, and loading refuses.
    data = bytearray((release / "labels.parquet").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (release / "labels.parquet").write_bytes(bytes(data))
    (release / "notes.txt").write_text("x")
    (release / "lists.parquet").unlink()
    problems = check_release(release)
    assert any("labels.parquet" in p and "altered" in p for p in problems)
    assert "notes.txt: not in the manifest" in problems and "lists.parquet: missing" in problems
    with pytest.raises(ConfigError, match="release check failed"):
        load_release(release, "programs")
    assert main(["data", "check-release", str(release), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_release_parquet_is_compressed(small_corpus: Path, labelled: Path, tmp_path: Path) -> None:
    release = tmp_path / "r"
    assert main(["data", "release", str(release), "--corpus", str(small_corpus), "--labels", str(labelled)]) == 0
    meta = pq.ParquetFile(release / "programs.parquet").metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert check_release(release) == []


@pytest.mark.slow
def test_a_new_machine_builds_flag_tuning_examples_from_the_release_alone(
    small_corpus: Path, data_dir: Path, tmp_path: Path, capsys
) -> None:
    """The committed release is enough: its programs are the corpus and its labels the autotune records, so the SFT
    set needs neither the corpus build nor the autotuner (the corpus and the label store are deleted first)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(small_corpus, corpus)
    labels = tmp_path / "labels"
    args = ["autotune", "label", str(corpus), "--out", str(labels), "--level", "function", "--limit", "6"]
    args += ["--budget", "3", "--frequent-top", "2", "--no-gate", "--no-guard", "--executor", "serial"]
    assert main([*args, "--no-progress", "--json", "--data-dir", str(data_dir)]) == 0
    release = tmp_path / "flagtune-fn-v1"
    assert main(["data", "release", str(release), "--corpus", str(corpus), "--labels", str(labels)]) == 0
    shutil.rmtree(corpus)
    shutil.rmtree(labels)
    capsys.readouterr()
    out = tmp_path / "sft-data"
    args = ["data", "build", "flag_tuning", "--corpus", str(release), "--out", str(out), "--split", "train"]
    assert main([*args, "-j", "1", "--no-progress", "--json", "--data-dir", str(data_dir)]) == 0
    summary = json.loads(capsys.readouterr().out)
    wanted = {r["module_hash"]: r for r in load_release(release, "labels").to_pylist()}
    assert summary["counts"]["train"] == len(wanted) > 0
    rows = pq.read_table(sorted((Path(summary["path"])).rglob("*.parquet"))[0]).to_pylist()
    assert any(row["improvable"] for row in rows)
    for row in rows:
        label = wanted[row["module_hash"]]
        assert row["o0_binary_size"] == label["o0_binary_size"]
        if row["improvable"]:
            assert row["best_passes"] == label["best_passes"] and row["best_passes"] in row["completion"]
