"""Every lookup by name goes through ``llmopt.registry.Registry``: prompt formats, verifiers, task builders and corpus
sources each list their valid names on an unknown one, take a test-registered entry (removed again on teardown),
resolve dotted paths, and hold built-ins as lazy paths that name the right class."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from llmopt.data.sources import SOURCE_KINDS, CsmithSource, create_source, register_source, unregister_source
from llmopt.data.tasks import (
    BUILDERS,
    TaskBuilder,
    TaskContext,
    TaskOutcome,
    available_builders,
    get_builder,
    register_builder,
    unregister_builder,
)
from llmopt.data.tasks.instruction_count import InstructionCountBuilder
from llmopt.errors import ConfigError
from llmopt.prompts import FlagTuningFormat, available_formats, get_format, register_format, unregister_format
from llmopt.prompts.registry import BUILTIN_FORMATS, FORMATS
from llmopt.registry import load_dotted
from llmopt.verify.base import Verifier
from llmopt.verify.registry import VERIFIERS, get_verifier, register_verifier, unregister_verifier, verifier_names
from llmopt.verify.smt import SmtVerifier

# --- prompt formats ---------------------------------------------------------------------------------------------


@pytest.fixture()
def terse_style() -> Iterator[str]:
    register_format("flag_tuning", "terse-test", FlagTuningFormat)
    yield "terse-test"
    unregister_format("flag_tuning", "terse-test")


def test_formats_builtins_are_lazy_paths_naming_their_own_task_and_style() -> None:
    for task, style, path in BUILTIN_FORMATS:
        cls = load_dotted(path)
        assert (cls.task, cls.style) == (task, style), path  # type: ignore[attr-defined]
    assert len(FORMATS.names()) == len(BUILTIN_FORMATS)


def test_formats_unknown_lists_valid_and_test_entry_works(terse_style: str) -> None:
    with pytest.raises(ConfigError, match="valid tasks: compiler_emulation, disassembly, feedback, flag_tuning"):
        get_format("no_such_task")
    assert isinstance(get_format("flag_tuning", style=terse_style), FlagTuningFormat)
    assert terse_style in available_formats()["flag_tuning"]


def test_formats_test_entry_is_gone_after_teardown() -> None:
    assert "terse-test" not in available_formats()["flag_tuning"]
    assert isinstance(get_format("llmopt.prompts.flag_tuning:FlagTuningFormat"), FlagTuningFormat)


# --- verifiers --------------------------------------------------------------------------------------------------


@pytest.fixture()
def z3_alias() -> Iterator[str]:
    register_verifier("z3-test", "llmopt.verify.smt:SmtVerifier")
    yield "z3-test"
    unregister_verifier("z3-test")


def test_verifiers_unknown_lists_valid_names() -> None:
    with pytest.raises(ConfigError, match=r"unknown verifier 'alive3'; valid names: alive2, differential, smt"):
        get_verifier("alive3")


def test_verifiers_test_entry_and_dotted_path(z3_alias: str) -> None:
    assert isinstance(get_verifier(z3_alias), SmtVerifier)
    assert z3_alias in verifier_names()
    assert isinstance(get_verifier("llmopt.verify.smt:SmtVerifier"), SmtVerifier)
    assert isinstance(get_verifier("llmopt.verify.smt.SmtVerifier"), SmtVerifier)
    with pytest.raises(ConfigError, match=r"not a llmopt\.verify\.base\.Verifier"):
        get_verifier("llmopt.data.sources:CsmithSource")


def test_verifiers_builtins_resolve_and_test_entry_is_gone() -> None:
    assert "z3-test" not in verifier_names()
    for name in VERIFIERS.names():
        cls = VERIFIERS.get(name)
        assert issubclass(cls, Verifier) and cls.name == name


def test_asking_for_smt_does_not_import_the_other_verifiers() -> None:
    code = (
        "import sys; from llmopt.verify import get_verifier; get_verifier('smt'); "
        "print(sorted(m for m in ('llmopt.verify.alive2', 'llmopt.verify.differential') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


# --- task builders ----------------------------------------------------------------------------------------------


class CountingBuilder(TaskBuilder):
    """Relies on every default hook; ``build`` returns the row's name as its example."""

    task: ClassVar[str] = "registry_probe"

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        return TaskOutcome(example=row["name"])


@pytest.fixture()
def probe_builder() -> Iterator[type[CountingBuilder]]:
    register_builder(CountingBuilder)
    yield CountingBuilder
    unregister_builder(CountingBuilder.task)


def test_builders_unknown_lists_valid_names() -> None:
    with pytest.raises(ConfigError, match=r"unknown task builder 'nope'; valid names: compiler_emulation, disassembly"):
        get_builder("nope")


def test_builders_test_entry_gets_default_hooks(probe_builder: type[CountingBuilder]) -> None:
    builder = get_builder(probe_builder.task)
    ctx = TaskContext(bin_dir="/nonexistent", version="0", data_dir="/nonexistent")
    assert isinstance(builder, CountingBuilder) and builder.level == "function"
    assert builder.format_options(ctx) == {}
    assert builder.check_context(ctx) is None
    assert builder.prompt_example({"name": "f"}, ctx).example == "f"
    assert probe_builder.task in available_builders()


def test_builders_test_entry_is_gone_and_builtins_resolve() -> None:
    assert CountingBuilder.task not in available_builders()
    for task in BUILDERS.names():
        cls = BUILDERS.get(task)
        assert issubclass(cls, TaskBuilder) and cls.task == task
    assert isinstance(
        get_builder("llmopt.data.tasks.instruction_count:InstructionCountBuilder"), InstructionCountBuilder
    )


def test_builders_refuse_classes_that_are_not_task_builders() -> None:
    with pytest.raises(ConfigError, match=r"not a llmopt\.data\.tasks\.TaskBuilder"):
        register_builder(dict)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"not a llmopt\.data\.tasks\.base\.TaskBuilder"):
        get_builder("llmopt.prompts.flag_tuning:FlagTuningFormat")


# --- corpus sources ---------------------------------------------------------------------------------------------


@pytest.fixture()
def csmith_alias() -> Iterator[str]:
    register_source("csmith-test", CsmithSource)
    yield "csmith-test"
    unregister_source("csmith-test")


def test_sources_unknown_lists_valid_names() -> None:
    with pytest.raises(ConfigError, match="valid names: compile-commands, csmith, debian, dir"):
        create_source("nope")


def test_sources_test_entry_and_dotted_path(csmith_alias: str) -> None:
    assert create_source(csmith_alias, count=2).name == "csmith-v1"
    assert create_source("llmopt.data.sources:CsmithSource", count=2).items()[0].spec["n"] == 2


def test_sources_test_entry_is_gone_and_debian_is_lazy() -> None:
    assert "csmith-test" not in SOURCE_KINDS
    assert SOURCE_KINDS.get("debian").kind == "debian"
    code = "import sys, llmopt.data.sources; print('llmopt.data.debian' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"
