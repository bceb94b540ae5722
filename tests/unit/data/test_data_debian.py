"""The real Debian path on one tiny source package (tinycdb, ~40 kB): private apt config, download, unpack, compile.

Needs the network (deb.debian.org); it is the one test here that does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmopt.data import BuildOptions, build_corpus
from llmopt.data.debian import AptSourceConfig, DebianSource, fill_header_templates, read_debian_licence
from llmopt.data.sources import header_include_args
from llmopt.toolchain import Toolchain


@pytest.mark.slow
def test_tiny_debian_package_builds(tmp_path: Path, toolchain: Toolchain) -> None:
    source = DebianSource(["tinycdb"], tmp_path / "apt")
    summary = build_corpus([source], tmp_path, toolchain, BuildOptions(jobs=1, progress=False))
    record = json.loads((tmp_path / "items" / "debian-bookworm-v1" / "tinycdb.json").read_text())
    assert record["status"] == "ok" and record["provenance"]["version"].startswith("0.78")
    assert record["licence"] != "unknown"
    assert summary.dataset.unique_functions("size") >= 20
    assert summary.dataset.unique_functions("paper") >= 20
    # Our own apt configuration only: the Sources index lives under the data dir.
    assert list((tmp_path / "apt" / "lists").glob("*bookworm*Sources*"))
    card = (tmp_path / "dataset" / "README.md").read_text()
    assert "| tinycdb |" in card and "debian-bookworm-v1" in card


def test_apt_options_point_only_at_our_directory(tmp_path: Path) -> None:
    config = AptSourceConfig(tmp_path / "apt")
    config.write()
    options = config.options()
    assert f"Dir::Etc::SourceList={tmp_path / 'apt' / 'sources.list'}" in options
    assert "Dir::Etc::SourceParts=/dev/null" in options
    assert all(str(tmp_path) in o for o in options if o.startswith(("Dir::State", "Dir::Cache=")))
    assert config.sources_list.read_text().startswith("deb-src [signed-by=")


def test_licence_from_machine_readable_copyright(tmp_path: Path) -> None:
    (tmp_path / "debian").mkdir()
    (tmp_path / "debian" / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/"
        "copyright-format/1.0/\n\nFiles: *\nCopyright: 2020 X\n"
        "License: BSD-3-Clause\n"
    )
    assert read_debian_licence(tmp_path) == "BSD-3-Clause"


def test_unconfigured_trees_get_headers_and_include_parents(tmp_path: Path) -> None:
    (tmp_path / "include" / "pkg").mkdir(parents=True)
    template = '#define PKG_VERSION "@VERSION@"\n@EXTRA_DEFS@\n#if @HAVE_X@\n#endif\n'
    (tmp_path / "include" / "pkg" / "version.h.in").write_text(template)
    (tmp_path / "debian").mkdir()
    (tmp_path / "debian" / "skip.h.in").write_text("@X@\n")
    assert fill_header_templates(tmp_path) == 2  # version.h and an empty config.h
    assert (tmp_path / "include" / "pkg" / "version.h").read_text() == '#define PKG_VERSION "0"\n\n#if 0\n#endif\n'
    assert (tmp_path / "config.h").is_file() and not (tmp_path / "debian" / "skip.h").exists()
    # <pkg/version.h> resolves through the parent of the header's directory.
    assert header_include_args(tmp_path) == [
        f"-I{tmp_path}",
        f"-I{tmp_path / 'include'}",
        f"-iquote{tmp_path / 'include' / 'pkg'}",
        # and once more after the system directories, for <version.h> (angled) includes
        "-idirafter",
        f"{tmp_path / 'include' / 'pkg'}",
    ]
