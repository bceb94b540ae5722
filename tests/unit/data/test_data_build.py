"""Corpus builds from offline sources: rows per unit and function in both flavours, dedup, package-disjoint splits,
the dataset card, length filtering and loading with Hugging Face ``datasets``."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from data_fixtures import SMALL_CSMITH_ARGS

from llmopt.cli.main import main
from llmopt.data import (
    AssembleOptions,
    BuildOptions,
    CsmithSource,
    DirectorySource,
    assemble_dataset,
    build_corpus,
    load_corpus,
    read_manifest,
    split_of_package,
)
from llmopt.data.assemble import SPLITS, summarize_reason, token_bin
from llmopt.toolchain import Toolchain


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> tuple[Path, object, list]:
    from data_fixtures import write_tree

    root = write_tree(tmp_path_factory.mktemp("tree") / "pkgs")
    data_dir = tmp_path_factory.mktemp("corpus")
    sources = [
        DirectorySource(root, licence="MIT"),
        CsmithSource(2, seed=7, per_package=1, csmith_args=SMALL_CSMITH_ARGS),
    ]
    # Fractions that put the csmith packages and some directory packages in different splits.
    options = BuildOptions(jobs=2, progress=False, assemble=AssembleOptions(split_fractions=(0.5, 0.25)))
    summary = build_corpus(sources, data_dir, toolchain, options)
    return data_dir, summary, sources


def _rows(dataset: Path, flavour: str, level: str) -> list[dict]:
    rows = []
    for shard in sorted((dataset / flavour / level).glob("*.parquet")):
        rows.extend(pq.read_table(shard).to_pylist())
    return rows


def test_every_item_ran_and_failures_are_recorded(built: tuple) -> None:
    data_dir, summary, _ = built
    assert summary.items_total == 7 and summary.items_run == 7 and summary.items_reused == 0
    beta = json.loads(next((data_dir / "items").glob("dir-pkgs-v1/beta-*.json")).read_text())
    assert beta["failures"] == [{"stage": "compile", "path": "broken.c", "reason": beta["failures"][0]["reason"]}]
    assert "error:" in beta["failures"][0]["reason"]
    assert beta["licence"] == "MIT" and beta["functions"] == {"size": 2, "paper": 2}


def test_both_flavours_both_levels_and_dedup(built: tuple) -> None:
    data_dir, summary, _ = built
    dataset = data_dir / "dataset"
    for flavour in ("size", "paper"):
        functions = _rows(dataset, flavour, "function")
        names = {r["name"] for r in functions if r["source"] == "dir-pkgs-v1"}
        # add/plus normalize the same: exactly one of them survives; sq is static but still extracted.
        assert len(names & {"add", "plus"}) == 1
        assert {"mul", "neg", "gsum", "dhash", "sq", "esq"} <= names
        assert len({r["normalized_hash"] for r in functions}) == len(functions)
        assert all(r["flavour"] == flavour and r["llvm"].startswith("llvm-") for r in functions)
        assert any(r["source"] == "csmith-v1" for r in functions)
        modules = _rows(dataset, flavour, "module")
        assert {"a", "b", "c", "d", "e"} <= {r["name"] for r in modules}
        assert summary.dataset.counts[flavour]["function"] == {
            s: sum(r["split"] == s for r in functions) for s in SPLITS
        }
    assert summary.dataset.duplicates_dropped["size-function"] >= 1
    # The size flavour keeps the -Oz attributes, the paper flavour does not.
    size_add = next(r for r in _rows(dataset, "size", "module") if r["name"] == "a")["ir"]
    paper_add = next(r for r in _rows(dataset, "paper", "module") if r["name"] == "a")["ir"]
    assert "minsize" in size_add and "minsize" not in paper_add


def test_splits_are_package_disjoint(built: tuple) -> None:
    data_dir, _, _ = built
    splits_of_package: dict[str, set[str]] = defaultdict(set)
    for flavour in ("size", "paper"):
        for level in ("module", "function"):
            for row in _rows(data_dir / "dataset", flavour, level):
                splits_of_package[row["package"]].add(row["split"])
                assert row["split"] == split_of_package(row["package"], (0.5, 0.25))
    assert len(splits_of_package) == 7
    assert all(len(splits) == 1 for splits in splits_of_package.values())
    assert len({next(iter(s)) for s in splits_of_package.values()}) >= 2  # the fixture really spans splits
    manifest = read_manifest(data_dir)
    listed = [p for s in SPLITS for p in manifest["packages"][s]]
    assert len(listed) == len(set(listed)) == 7


def test_dataset_card_and_loading(built: tuple) -> None:
    data_dir, summary, _ = built
    card = (data_dir / "dataset" / "README.md").read_text()
    assert card.startswith("---\nconfigs:\n- config_name: paper-module")
    for needle in (
        "## Counts (unique rows)",
        "## Sources and licences",
        "## Token-length histogram",
        "llvm-19",
        "| MIT |",
        "csmith-v1",
        "expected parameter declarator",
    ):
        assert needle in card
    split = next(s for s in SPLITS if summary.dataset.counts["size"]["function"][s])
    rows = load_corpus(data_dir, flavour="size", level="function", split=split)
    assert rows.num_rows == summary.dataset.counts["size"]["function"][split]
    assert set(rows.column_names) >= {"ir", "normalized_hash", "package", "licence", "tokens", "flavour"}


def test_length_filter_drops_long_rows(built: tuple, toolchain: Toolchain) -> None:
    data_dir, summary, sources = built
    items = [i for s in sources for i in s.items()]
    filtered = assemble_dataset(
        data_dir,
        items,
        toolchain,
        "corpus-v1",
        AssembleOptions(split_fractions=(0.5, 0.25), tokenizer="bytes", max_tokens=2000),
    )
    kept = _rows(data_dir / "dataset", "size", "function")
    assert kept and all(r["tokens"] <= 2000 for r in kept)
    assert filtered.too_long_dropped["size-function"] > 0
    assert filtered.unique_functions("size") + filtered.too_long_dropped[
        "size-function"
    ] == summary.dataset.unique_functions("size")
    assert read_manifest(data_dir)["tokenizer"] == "bytes"


def test_stats_command(built: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _, _ = built
    assert main(["data", "stats", str(data_dir / "dataset"), "--json"]) == 0
    manifest = json.loads(capsys.readouterr().out)
    assert manifest["llvm"].startswith("llvm-") and manifest["items"] == 7
    assert main(["data", "stats", str(data_dir)]) == 0
    assert "size  function" in capsys.readouterr().out


def test_helpers() -> None:
    assert [token_bin(n) for n in (1, 64, 65, 1000)] == [64, 64, 128, 1024]
    assert (
        summarize_reason("does not compile: /x/a.c:3:10: fatal error: 'config.h' file not found")
        == "fatal error: 'config.h' file not found"
    )


def test_csmith_is_seeded(tmp_path: Path, toolchain: Toolchain) -> None:
    source = CsmithSource(3, seed=11, per_package=2, csmith_args=SMALL_CSMITH_ARGS)
    items = source.items()
    assert [i.package for i in items] == ["csmith-s11-n2", "csmith-s13-n1"]
    first = source.prepare(items[0], tmp_path / "a", toolchain)
    again = source.prepare(items[0], tmp_path / "b", toolchain)
    assert [u.path.read_text() for u in first.units] == [u.path.read_text() for u in again.units]
    assert len(first.units) == 2 and first.status == "ok"


def test_autotune_takes_a_corpus_dataset(
    built: tuple, capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    # `llmopt autotune CORPUS`: one program per function row of the chosen split; --limit is a fixed pick by hash.
    corpus, _, _ = built
    train = sorted(load_corpus(corpus, "size", "function", "train"), key=lambda r: r["normalized_hash"])
    args = [
        "autotune",
        str(corpus),
        "--data-dir",
        str(data_dir),
        "--limit",
        "2",
        "--budget",
        "2",
        "--no-gate",
        "--no-insertion",
        "--executor",
        "serial",
        "--no-progress",
        "--out",
        str(tmp_path / "res"),
        "--json",
    ]
    assert main(args) == 0
    programs = json.loads(capsys.readouterr().out)["programs"]
    assert [p["name"] for p in programs] == [r["name"] for r in train[:2]]
    assert all(p["source"].startswith(f"{r['package']}:") for p, r in zip(programs, train, strict=False))
