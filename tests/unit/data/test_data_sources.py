"""Sources other than the directory: compile_commands.json flags, the registry, the token counters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmopt.data import BuildOptions, CompileCommandsSource, build_corpus, create_source
from llmopt.data.sources import frontend_args
from llmopt.data.tokenizers import WordTokenCounter, load_tokenizer
from llmopt.errors import ConfigError
from llmopt.toolchain import Toolchain


def test_frontend_args_keep_only_preprocessor_flags() -> None:
    args = [
        "cc",
        "-Iinc",
        "-I",
        "/abs",
        "-DX=1",
        "-O2",
        "-g",
        "-Wall",
        "-std=c99",
        "-fPIC",
        "-include",
        "cfg.h",
        "-c",
        "a.c",
        "-o",
        "a.o",
    ]
    assert frontend_args(args, Path("/p")) == ["-I/p/inc", "-I/abs", "-DX=1", "-std=c99", "-include", "/p/cfg.h"]


def test_compile_commands_source_uses_its_flags(tmp_path: Path, toolchain: Toolchain) -> None:
    project = tmp_path / "proj"
    (project / "include").mkdir(parents=True)
    (project / "include" / "k.h").write_text("#define K 7\n")
    (project / "src").mkdir()
    (project / "src" / "k.c").write_text('#include "k.h"\nint k(int x) { return x * K * SCALE; }\n')
    database = project / "compile_commands.json"
    database.write_text(
        json.dumps(
            [
                {
                    "directory": str(project),
                    "file": "src/k.c",
                    "arguments": ["cc", "-Iinclude", "-DSCALE=3", "-O2", "-c", "src/k.c"],
                }
            ]
        )
    )
    source = CompileCommandsSource(database, licence="BSD-2-Clause")
    summary = build_corpus([source], tmp_path / "out", toolchain, BuildOptions(jobs=1, progress=False))
    assert summary.dataset.unique_functions("size") == 1
    assert summary.items_failed == 0


def test_compile_commands_source_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "compile_commands.json"
    bad.write_text('{"not": "a list"}')
    with pytest.raises(ConfigError, match="not a compile database"):
        CompileCommandsSource(bad)


def test_registry_lists_kinds_on_unknown_names() -> None:
    with pytest.raises(
        ConfigError, match=r"unknown corpus source kind 'nope'; valid names: compile-commands, csmith, debian, dir"
    ):
        create_source("nope")
    assert create_source("csmith", count=3, per_package=2).name == "csmith-v1"


def test_token_counters() -> None:
    assert WordTokenCounter().count("%1 = load i32, ptr %x, align 4") == 12
    assert load_tokenizer("bytes").count("é") == 2
    with pytest.raises(ConfigError, match="no tokenizer at '/models/some-tokenizer'"):
        load_tokenizer("/models/some-tokenizer")  # no such local directory; nothing is downloaded


def test_items_built_with_other_options_are_redone(tmp_path: Path, toolchain: Toolchain) -> None:
    from llmopt.data import DirectorySource, ExtractOptions
    from llmopt.toolchain import Flavour

    (tmp_path / "src" / "p").mkdir(parents=True)
    (tmp_path / "src" / "p" / "a.c").write_text("int one(void) { return 1; }\n")
    source = DirectorySource(tmp_path / "src")
    size_only = BuildOptions(jobs=1, progress=False, extract=ExtractOptions(flavours=(Flavour.SIZE,)))
    first = build_corpus([source], tmp_path / "out", toolchain, size_only)
    assert set(first.dataset.counts) == {"size"}
    assert build_corpus([source], tmp_path / "out", toolchain, size_only).items_run == 0
    both = build_corpus([source], tmp_path / "out", toolchain, BuildOptions(jobs=1, progress=False))
    assert both.items_run == 1 and set(both.dataset.counts) == {"size", "paper"}


def test_assemble_only_runs_no_items(tmp_path: Path, toolchain: Toolchain) -> None:
    from llmopt.data import DirectorySource

    for name in ("p", "q"):
        (tmp_path / "src" / name).mkdir(parents=True)
        (tmp_path / "src" / name / f"{name}.c").write_text(f"int {name}(int x) {{ return x + '{name}'; }}\n")
    source = DirectorySource(tmp_path / "src")
    partial = build_corpus(
        [source], tmp_path / "out", toolchain, BuildOptions(jobs=1, progress=False, assemble_only=True)
    )
    assert partial.items_run == 0 and partial.dataset.counts == {}
    assert (tmp_path / "out" / "dataset" / "README.md").is_file()
