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
