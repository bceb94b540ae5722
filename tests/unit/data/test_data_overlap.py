"""Contamination check: share of functions two datasets, or a dataset and a suite of C files, have in common."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from data_fixtures import write_tree

from llmopt.cli.main import main
from llmopt.data import BuildOptions, DirectorySource, build_corpus, compute_overlap
from llmopt.errors import ConfigError
from llmopt.toolchain import Toolchain


@pytest.fixture(scope="module")
def two_datasets(tmp_path_factory: pytest.TempPathFactory, toolchain: Toolchain) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("overlap")
    first = write_tree(
        base / "first",
        {"p": {"a.c": "int add(int a, int b) { return a + b; }\nint sub(int a, int b) { return a - b; }\n"}},
    )
    second = write_tree(
        base / "second",
        {
            "q": {
                "b.c": "int plus(int x, int y) { return x + y; }\n"
                "int mul(int a, int b) { return a * b; }\n"
                "int dec(int a) { return a - 1; }\n"
            }
        },
    )
    options = BuildOptions(jobs=1, progress=False)
    build_corpus([DirectorySource(first)], base / "A", toolchain, options)
    build_corpus([DirectorySource(second)], base / "B", toolchain, options)
    return base / "A", base / "B", second


def test_dataset_vs_dataset(two_datasets: tuple[Path, Path, Path], toolchain: Toolchain) -> None:
    a, b, _ = two_datasets
    report = compute_overlap(toolchain, a, b / "dataset")
    assert [f.flavour for f in report.flavours] == ["paper", "size"]
    for f in report.flavours:
        # add == plus after normalization (names of defined functions do not matter); sub, mul, dec differ.
        assert (f.functions_a, f.functions_b, f.shared) == (2, 3, 1)
        assert f.share_of_a == 0.5 and abs(f.share_of_b - 1 / 3) < 1e-9


def test_dataset_vs_suite_directory_via_cli(
    two_datasets: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, second_sources = two_datasets
    assert main(["data", "overlap", str(a), str(second_sources), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {f["flavour"]: f["shared"] for f in report["flavours"]} == {"paper": 1, "size": 1}
    assert main(["data", "overlap", str(a), str(second_sources)]) == 0
    assert "33.33% of B (3)" in capsys.readouterr().out


def test_overlap_needs_a_dataset(tmp_path: Path, toolchain: Toolchain) -> None:
    with pytest.raises(ConfigError, match="at least one assembled dataset"):
        compute_overlap(toolchain, tmp_path, tmp_path)
