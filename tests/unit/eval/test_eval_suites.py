"""Suites built by the real builders: the project benchmark (what benchmarks/strategies.py runs), Csmith through the
corpus machinery (seeded, so versioned by its manifest), the registry's errors and options."""

from __future__ import annotations

import pytest

from llmopt.errors import ConfigError
from llmopt.eval.suite import BENCH_DATA, SUITES, build_suite, parse_suite_spec
from llmopt.toolchain import Flavour, iter_input_files


def test_project_bench_is_the_benchmark_programs(toolchain, data_dir) -> None:
    suite = build_suite("project-bench-v1", toolchain, Flavour.SIZE, data_dir)
    functions = iter_input_files([BENCH_DATA / "func"])
    tus = [p for d in sorted(BENCH_DATA.glob("tu-*")) for p in iter_input_files([d])]
    assert sum(p.kind == "function" for p in suite.programs) == len(functions)
    assert sum(p.kind == "tu" for p in suite.programs) == len(tus)
    with_c = [p for p in suite.programs if p.c_source]
    assert with_c and all(p.kind == "tu" and p.package == "tu-project" for p in with_c)
    assert any(p.tuned_ratio is not None for p in suite.programs)  # the autotuner reference of the fit table
    assert suite.manifest_json()["modules"]["001_loop_sum"] == next(p for p in suite.programs).module_hash
    tu_only = build_suite("project-bench-tu-v1", toolchain, Flavour.SIZE, data_dir)
    assert {p.kind for p in tu_only.programs} == {"tu"} and tu_only.name == "project-bench-tu-v1"


def test_csmith_suite_through_the_corpus_build_is_seeded(toolchain, tmp_path) -> None:
    first = build_suite("csmith-v1:count=2,seed=5", toolchain, Flavour.PAPER, tmp_path)
    again = build_suite("csmith-v1:count=2,seed=5", toolchain, Flavour.PAPER, tmp_path)
    other = build_suite("csmith-v1:count=2,seed=6,level=tu", toolchain, Flavour.PAPER, tmp_path)
    assert {p.kind for p in first.programs} == {"tu", "function"}
    assert sum(p.kind == "tu" for p in first.programs) == 2 and first.flavour is Flavour.PAPER
    assert first.manifest_hash == again.manifest_hash != other.manifest_hash
    assert len(other.programs) == 2
    sampled = build_suite("csmith-v1:count=2,seed=5,sample=3", toolchain, Flavour.PAPER, tmp_path)
    smallest = sorted(p.module_hash for p in first.programs)[:3]
    assert sorted(p.module_hash for p in sampled.programs) == smallest


def test_suite_registry_errors_and_spec_parsing(toolchain, data_dir) -> None:
    assert {"project-bench-v1", "csmith-v1", "debian-heldout-v1", "dir", "corpus"} <= set(SUITES.names())
    assert parse_suite_spec("dir:/x/y,level=tu") == ("dir", {"path": "/x/y", "level": "tu"})
    assert parse_suite_spec("csmith-v1:count=3") == ("csmith-v1", {"count": "3"})
    with pytest.raises(ConfigError, match="has no option"):
        build_suite("csmith-v1:seeds=3", toolchain, Flavour.SIZE, data_dir)
    with pytest.raises(ConfigError, match="not key=value"):
        parse_suite_spec("csmith-v1:count")
    with pytest.raises(ConfigError, match="level='x'"):
        build_suite("project-bench-v1:level=x", toolchain, Flavour.SIZE, data_dir)


def test_builtin_suites_are_lazy_paths_and_a_test_suite_registers(toolchain, data_dir, tiny_suite_dir) -> None:
    from llmopt.eval.suite import BUILTIN_SUITES, directory_suite
    from llmopt.registry import load_dotted

    assert all(callable(load_dotted(path)) for _name, path in BUILTIN_SUITES)

    def tiny(toolchain, flavour, data_dir, **options):  # a third-party suite: same registry, same options
        return directory_suite(toolchain, flavour, data_dir, path=str(tiny_suite_dir), **options)

    SUITES.register("tiny-test-v1", tiny)
    try:
        suite = build_suite("tiny-test-v1:level=tu", toolchain, Flavour.SIZE, data_dir)
        assert [p.name for p in suite.programs] == ["alpha/sum", "beta/max"]
    finally:
        SUITES.unregister("tiny-test-v1")
    with pytest.raises(ConfigError, match="unknown evaluation suite 'tiny-test-v1'"):
        build_suite("tiny-test-v1", toolchain, Flavour.SIZE, data_dir)


def test_compile_commands_suite_uses_the_databases_flags(toolchain, tmp_path) -> None:
    import json
    import re

    project = tmp_path / "proj"
    (project / "include").mkdir(parents=True)
    (project / "include" / "k.h").write_text("#define K 3\n")
    (project / "a.c").write_text('#include "k.h"\nint scale(int x) { return x * K; }\n')
    database = [{"directory": str(project), "file": "a.c", "arguments": ["cc", "-Iinclude", "-c", "a.c"]}]
    (project / "compile_commands.json").write_text(json.dumps(database))
    suite = build_suite(
        f"compile-commands:{project / 'compile_commands.json'}", toolchain, Flavour.SIZE, tmp_path / "data"
    )
    assert {p.kind for p in suite.programs} == {"tu", "function"} and len(suite.programs) == 2
    assert all(p.package == "proj" for p in suite.programs)
    function = next(p for p in suite.programs if p.kind == "function")
    assert function.name.endswith(":scale") and re.search(r"mul nsw i32 %\w+, 3\b", function.text)  # K, via -I
    (built,) = (tmp_path / "data" / "eval-suites").iterdir()  # one directory, named without the path's slashes
    assert built.name.startswith("compile-commands_")
