"""Held-out packages are refused by every source unless an evaluation suite is being built."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.data import CompileCommandsSource, DirectorySource, is_heldout
from llmopt.data.debian import DebianSource
from llmopt.data.heldout import HELDOUT_PACKAGES, vendored_heldout_component
from llmopt.data.sources import collect_units
from llmopt.errors import ConfigError


def test_the_list_matches_heldout_md() -> None:
    assert HELDOUT_PACKAGES == {
        "bzip2",
        "zlib",
        "lua5.4",
        "lz4",
        "libzstd",
        "xxhash",
        "brotli",
        "libyaml",
        "pcre2",
        "giflib",
        "libpng1.6",
        "expat",
        "jq",
    }
    assert is_heldout("ZLIB") and not is_heldout("libogg")


@pytest.mark.parametrize("package", sorted(HELDOUT_PACKAGES))
def test_debian_source_refuses_every_heldout_package(package: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="held out for evaluation"):
        DebianSource(["libogg", package], tmp_path / "apt")


def test_debian_source_admits_heldout_for_an_eval_suite(tmp_path: Path) -> None:
    source = DebianSource(["zlib"], tmp_path / "apt", allow_heldout=True)
    assert source.packages == ["zlib"]


def test_directory_source_refuses_heldout_root_and_package(tmp_path: Path) -> None:
    (tmp_path / "zlib").mkdir()
    (tmp_path / "zlib" / "a.c").write_text("int f(void) { return 1; }\n")
    with pytest.raises(ConfigError, match="'zlib' is held out"):
        DirectorySource(tmp_path / "zlib")
    with pytest.raises(ConfigError, match="'zlib' is held out"):
        DirectorySource(tmp_path)  # zlib/ is one of its packages
    assert len(DirectorySource(tmp_path, allow_heldout=True).items()) == 1


def test_compile_commands_source_refuses_heldout_package(tmp_path: Path) -> None:
    database = tmp_path / "compile_commands.json"
    database.write_text("[]")
    with pytest.raises(ConfigError, match="'expat' is held out"):
        CompileCommandsSource(database, package="expat")


def test_vendored_copies_are_left_out_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.c").write_text("int main(void) { return 0; }\n")
    (tmp_path / "third_party" / "zlib-1.2.13").mkdir(parents=True)
    (tmp_path / "third_party" / "zlib-1.2.13" / "inflate.c").write_text("int inflate(void) { return 0; }\n")
    units, failures = collect_units(tmp_path)
    assert [u.relpath for u in units] == ["src/main.c"]
    assert failures[0].path == "third_party/zlib-1.2.13/inflate.c"
    assert "vendored held-out library" in failures[0].reason
    assert vendored_heldout_component("lib/lua5.4/lapi.c") == "lua5.4"
    assert vendored_heldout_component("lib/zipfile.c") is None


def test_cli_refuses_heldout_debian_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["data", "corpus", str(tmp_path / "out"), "--debian", "libogg,jq"])
    assert code == 1
    assert "'jq' is held out for evaluation" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
