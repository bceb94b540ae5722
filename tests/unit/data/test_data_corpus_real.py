"""The real-code corpus (issue 13): its package list, the generated-header and unit-cap fixes, and the dedupe of
vendored copies of held-out code by normalized function hash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from data_fixtures import write_tree

from llmopt.data import AssembleOptions, BuildOptions, DirectorySource, build_corpus, is_heldout
from llmopt.data.corpora import available_corpora, load_corpus_spec
from llmopt.data.debian import fill_header_templates, fill_template_text, order_units
from llmopt.data.heldout import vendored_heldout_component
from llmopt.data.sources import TranslationUnit
from llmopt.errors import ConfigError
from llmopt.toolchain import Toolchain

# zlib's adler32 core loop, as a project would paste it under another name and path.
ADLER = """
unsigned long %s(unsigned long adler, const unsigned char *buf, unsigned len) {
    unsigned long sum2 = (adler >> 16) & 0xffff;
    adler &= 0xffff;
    while (len--) {
        adler += *buf++;
        if (adler >= 65521UL) adler -= 65521UL;
        sum2 += adler;
        if (sum2 >= 65521UL) sum2 -= 65521UL;
    }
    return adler | (sum2 << 16);
}
"""


def test_real_v1_lists_enough_varied_packages_and_none_held_out() -> None:
    assert "real-v1" in available_corpora()
    spec = load_corpus_spec("real-v1")
    assert len(spec.packages) >= 60
    assert not any(is_heldout(p) for p in spec.package_names)
    assert {"library", "cli", "interpreter", "codec", "network", "maths"} <= set(spec.categories)
    assert all(p.reason and p.version for p in spec.packages)
    assert {"yaml-cpp", "re2", "leveldb"} <= set(spec.package_names)  # C++ too


def test_a_definition_with_a_heldout_package_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('name = "bad"\n[[package]]\nname = "libogg"\n[[package]]\nname = "libzstd"\n')
    with pytest.raises(ConfigError, match=r"held-out packages.*libzstd"):
        load_corpus_spec(str(path))
    with pytest.raises(ConfigError, match="unknown corpus 'nope'"):
        load_corpus_spec("nope")


def test_generated_headers_are_filled_even_after_configure(tmp_path: Path) -> None:
    # version.h made by a make rule (configure ran, but did not write it) and a CMake configure_file template.
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "version.h.in").write_text('#define PKG_VERSION "@PACKAGE_VERSION@"\n')
    (tmp_path / "src" / "features.h.cmake").write_text(
        "#cmakedefine HAVE_FOO 1\n#cmakedefine01 USE_BAR\n#define N ${N}\n"
    )
    (tmp_path / "config.h").write_text("#define HAVE_X 1\n")  # configure's output: never overwritten
    assert fill_header_templates(tmp_path, write_config_h=False) == 2
    assert (tmp_path / "src" / "version.h").read_text() == '#define PKG_VERSION "0"\n'
    assert (tmp_path / "src" / "features.h").read_text() == "/* #undef HAVE_FOO */\n#define USE_BAR 0\n#define N 0\n"
    assert (tmp_path / "config.h").read_text() == "#define HAVE_X 1\n"
    assert fill_template_text("@ALONE@\n") == "\n"


def test_the_cap_cuts_tests_and_examples_before_library_code() -> None:
    paths = ["bench/b.c", "examples/e.c", "src/a.c", "src/z.c", "tests/t.c", "util.c"]
    ordered = [u.relpath for u in order_units([TranslationUnit(Path(p), p) for p in paths])]
    assert ordered[:3] == ["src/a.c", "src/z.c", "util.c"]
    assert set(ordered[3:]) == {"bench/b.c", "examples/e.c", "tests/t.c"}


def test_vendored_copy_of_a_heldout_function_is_dropped(tmp_path: Path, toolchain: Toolchain) -> None:
    # The held-out side, built as an evaluation suite (allowed there only).
    heldout = write_tree(tmp_path / "heldout", {"zlib": {"adler32.c": ADLER % "adler32_z"}})
    options = BuildOptions(jobs=1, progress=False)
    build_corpus([DirectorySource(heldout, allow_heldout=True)], tmp_path / "H", toolchain, options)
    # A training package that pasted it under another name and a path the directory rule cannot recognize.
    assert vendored_heldout_component("src/checksum.c") is None
    train = write_tree(
        tmp_path / "train",
        {
            "myproj": {
                "src/checksum.c": ADLER % "my_checksum" + "int twice(int x) { return 2 * x; }\n",
                "main.c": "int triple(int x) { return 3 * x; }\n",
            }
        },
    )
    excluded = BuildOptions(jobs=1, progress=False, assemble=AssembleOptions(exclude_datasets=(str(tmp_path / "H"),)))
    summary = build_corpus([DirectorySource(train)], tmp_path / "T", toolchain, excluded)
    manifest = json.loads((tmp_path / "T" / "dataset" / "llmopt_dataset.json").read_text())
    for flavour in ("size", "paper"):
        # twice and triple stay; the adler32 copy goes, and so does the unit holding it.
        assert summary.dataset.unique_functions(flavour) == 2
        assert sum(summary.dataset.counts[flavour]["module"].values()) == 1
        assert manifest["excluded"]["dropped"][f"{flavour}-function"] == 1
        assert manifest["excluded"]["dropped"][f"{flavour}-module"] == 1
    card = (tmp_path / "T" / "dataset" / "README.md").read_text()
    assert "Removed as copies of excluded datasets" in card and "| train/myproj | train |" in card
    # Without the exclusion the copy is in.
    plain = build_corpus([DirectorySource(train)], tmp_path / "T2", toolchain, options)
    assert plain.dataset.unique_functions("size") == 3


def test_headers_a_build_step_generates_get_stubs(tmp_path: Path, toolchain: Toolchain) -> None:
    # Like lua5.4's luaconf.h including the Debian-generated lua5.4-deb-multiarch.h (no template anywhere).
    from llmopt.data.debian import stub_missing_headers
    from llmopt.toolchain import Flavour, compile_source

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "conf.h").write_text('#include "pkg-deb-multiarch.h"\n#include "stdio.h"\n')
    (tmp_path / "src" / "a.c").write_text('#include "conf.h"\n#include "sys/none.h"\nint f(void) { return 1; }\n')
    stubs = tmp_path / "stubs"
    assert stub_missing_headers(tmp_path, stubs) == ["pkg-deb-multiarch.h"]  # stdio.h is a system header
    (tmp_path / "src" / "a.c").write_text('#include "conf.h"\nint f(void) { return 1; }\n')
    module = compile_source(toolchain, tmp_path / "src" / "a.c", Flavour.SIZE, extra_args=("-idirafter", str(stubs)))
    assert module.defined_functions


def test_angled_includes_of_package_headers_resolve_without_shadowing_libc(
    tmp_path: Path, toolchain: Toolchain
) -> None:
    # libtar's `#include <internal.h>` failed: its lib/ directory was only an -iquote directory.
    from llmopt.data.sources import header_include_args
    from llmopt.toolchain import Flavour, compile_source

    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "internal.h").write_text("static inline int helper(void) { return 7; }\n")
    (tmp_path / "lib" / "string.h").write_text("#error the package's string.h must not shadow libc's\n")
    (tmp_path / "lib" / "a.c").write_text(
        "#include <string.h>\n#include <internal.h>\nint f(const char *s) { return helper() + (int)strlen(s); }\n"
    )
    args = header_include_args(tmp_path)
    module = compile_source(toolchain, tmp_path / "lib" / "a.c", Flavour.SIZE, extra_args=tuple(args))
    assert module.defined_functions


def test_the_dsc_pins_version_and_archive_hashes(tmp_path: Path) -> None:
    from llmopt.data.debian import read_dsc

    assert read_dsc(tmp_path) is None
    (tmp_path / "demo_1.0-2.dsc").write_text(
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nFormat: 3.0 (quilt)\nSource: demo\nVersion: 1.0-2\n"
        "Checksums-Sha1:\n 0123 10 demo_1.0.orig.tar.gz\nChecksums-Sha256:\n"
        f" {'a' * 64} 10 demo_1.0.orig.tar.gz\n {'b' * 64} 7 demo_1.0-2.debian.tar.xz\n"
        "Files:\n ffff 10 demo_1.0.orig.tar.gz\n\n-----BEGIN PGP SIGNATURE-----\nxyz\n"
    )
    dsc = read_dsc(tmp_path)
    assert dsc == {
        "dsc": "demo_1.0-2.dsc",
        "version_fetched": "1.0-2",
        "files": {
            "demo_1.0.orig.tar.gz": {"sha256": "a" * 64, "bytes": 10},
            "demo_1.0-2.debian.tar.xz": {"sha256": "b" * 64, "bytes": 7},
        },
    }
