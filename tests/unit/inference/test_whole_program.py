"""Whole programs: per-function pipelines (``llmopt.toolchain.per_function``) and the prompt views of
``llmopt.inference.whole_program``, on real TUs of the benchmark and real LLVM.

Per-function pipelines are checked three ways: with ``-Oz`` everywhere the composite is as large as whole-module
``-Oz`` (on a TU with internal helpers), each function really gets its own list (a function left unoptimized keeps
its allocas while the others lose theirs), and the composite still passes its own self-testing program.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from llmopt.errors import ConfigError
from llmopt.inference.whole_program import ViewKind, chars_per_token, fitting_ir_view, view_program
from llmopt.metrics import Measurer
from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain import CodegenConfig, Flavour, IRModule, Toolchain, emit_object, parse_ir, read_ir
from llmopt.toolchain.per_function import apply_function_pipelines, public_names

ROOT = Path(__file__).resolve().parents[3]
TUS = ROOT / "benchmarks" / "data" / "tu-project"
PROGRAMS = ROOT / "llmopt" / "verify" / "passlisteval" / "programs"


@pytest.fixture(scope="module")
def state_machine(toolchain: Toolchain) -> IRModule:
    """parse_fixed (external) and four internal state functions called through pointers."""
    return read_ir(toolchain, TUS / "093_fptr_state_machine.ll", Flavour.SIZE)


@pytest.fixture(scope="module")
def division(toolchain: Toolchain) -> IRModule:
    """Nine small external functions."""
    return read_ir(toolchain, TUS / "021_int_division.ll", Flavour.SIZE)


@pytest.fixture()
def measurer(toolchain: Toolchain, data_dir: Path):
    with Measurer(toolchain, data_dir=data_dir) as m:
        yield m


def _body(ir_text: str, name: str) -> str:
    match = re.search(rf"^define [^\n]*@{re.escape(name)}\(.*?^\}}", ir_text, re.M | re.S)
    assert match, f"{name} not defined"
    return match.group(0)


def test_oz_everywhere_matches_whole_module_oz_and_restores_linkage(
    toolchain: Toolchain, state_machine: IRModule, measurer: Measurer
) -> None:
    result = apply_function_pipelines(toolchain, state_machine.text, {})
    assert result.ok, result.message
    composite = parse_ir(toolchain, result.text.encode(), flavour=Flavour.SIZE)  # valid IR
    whole = measurer.measure_pipeline(state_machine, "default<Oz>")
    assert measurer.measure_pipeline(composite, "").binary_size == whole.binary_size
    for helper in ("st_sign", "st_int", "st_fail", "st_frac"):  # local again, as in the source
        assert re.search(rf"^define internal [^\n]*@{helper}\(", composite.text, re.M)
    assert re.search(r"^define dso_local [^\n]*@parse_fixed\(", composite.text, re.M)
    assert public_names(state_machine.text) == ["parse_fixed"]


def test_each_function_gets_its_own_list(toolchain: Toolchain, division: IRModule) -> None:
    names = list(division.defined_functions)
    assert len(names) == 9
    assert all("alloca" in _body(division.text, n) for n in names)  # unoptimized IR keeps locals in memory
    assignment = {names[0]: "", names[1]: "function(sroa)"}  # the rest: default<Oz>
    result = apply_function_pipelines(toolchain, division.text, assignment)
    assert result.ok, result.message
    assert "alloca" in _body(result.text, names[0])  # no passes: still unoptimized
    assert all("alloca" not in _body(result.text, n) for n in names[1:])
    # sroa only: promoted, but not simplified as -Oz would (so its body differs from -Oz's)
    oz_everywhere = apply_function_pipelines(toolchain, division.text, {})
    assert _body(result.text, names[1]) != _body(oz_everywhere.text, names[1])
    assert result.tool_runs == 2 + 2 * 3 + 2  # externalize, base, 3 distinct lists x (opt, extract), link, relink


def test_a_composite_of_different_lists_still_passes_its_self_test(
    toolchain: Toolchain, state_machine: IRModule, tmp_path: Path
) -> None:
    assignment = {
        "parse_fixed": "function(sroa,instcombine<no-verify-fixpoint>,simplifycfg)",
        "st_sign": "",
        "st_int": "function(mem2reg,gvn)",
        "st_frac": "default<O2>",
    }
    result = apply_function_pipelines(toolchain, state_machine.text, assignment)
    assert result.ok, result.message
    obj = tmp_path / "module.o"
    emit_object(toolchain, result.text, CodegenConfig.for_flavour(Flavour.SIZE), obj)
    exe = tmp_path / "selftest"
    driver = PROGRAMS / "093_fptr_state_machine_driver.c"
    build = toolchain.run("clang", ["-O2", "-w", f"-I{PROGRAMS}", str(driver), str(obj), "-o", str(exe)])
    assert build.ok, build.describe()
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_list_that_opt_rejects_is_a_typed_failure(toolchain: Toolchain, division: IRModule) -> None:
    name = division.defined_functions[0]
    result = apply_function_pipelines(toolchain, division.text, {name: "function(no-such-pass)"})
    assert not result.ok and result.stage == "optimize"
    assert result.pipeline == "function(no-such-pass)"
    assert "no-such-pass" in result.message
    with pytest.raises(ConfigError, match="does not define: nope"):
        apply_function_pipelines(toolchain, division.text, {"nope": "default<Oz>"})


# -- views ----------------------------------------------------------------------------------------------------------
def test_a_module_that_fits_is_shown_whole(toolchain: Toolchain, division: IRModule) -> None:
    count = chars_per_token(4.0)
    view = view_program(toolchain, division, context_tokens=100_000, count_tokens=count)
    assert view.kind is ViewKind.WHOLE and len(view.parts) == 1
    assert view.parts[0].tokens == count(division.text) == -(-len(division.text) // 4)
    app = view.apply(toolchain, ["function(sroa)"])
    assert (app.module, app.pipeline) == (division, "function(sroa)")


def test_per_function_view_shows_what_fits_and_applies_answers_per_function(
    toolchain: Toolchain, state_machine: IRModule, measurer: Measurer
) -> None:
    count = chars_per_token(4.0)
    whole_tokens = count(state_machine.text)
    view = view_program(toolchain, state_machine, whole_tokens // 2, count, kind="per_function")
    assert view.kind is ViewKind.PER_FUNCTION
    shown = {p.name for p in view.parts}
    assert shown | set(view.unshown) == set(state_machine.defined_functions)
    assert all(p.tokens <= view.budget_tokens and p.applies_to == (p.name,) for p in view.parts)
    assert all(p.module.defined_functions == (p.name,) for p in view.parts)
    # The same answer everywhere is the whole-module run itself (exact, no composite needed).
    same = view.apply(toolchain, ["default<Oz>"] * len(view.parts))
    assert same.module == state_machine and same.pipeline == "default<Oz>"
    answers = ["function(sroa)" if i == 0 else "default<Oz>" for i in range(len(view.parts))]
    app = view.apply(toolchain, answers)
    assert app.ok and app.pipeline == "" and app.module.name.endswith("[per-function]")
    assert app.assignment[view.parts[0].name] == "function(sroa)"
    assert measurer.measure_pipeline(app.module, app.pipeline).ok
    with pytest.raises(ConfigError, match="answers"):
        view.apply(toolchain, ["default<Oz>"])


def test_largest_view_shows_the_largest_functions_that_fit(toolchain: Toolchain, division: IRModule) -> None:
    count = chars_per_token(4.0)
    view = view_program(toolchain, division, count(division.text) // 2, count, kind=ViewKind.LARGEST)
    assert len(view.parts) == 1
    part = view.parts[0]
    assert part.tokens <= view.budget_tokens
    assert part.applies_to == division.defined_functions  # the answer is applied to the whole module
    shown = set(part.module.defined_functions)
    assert shown and set(view.unshown) == set(division.defined_functions) - shown
    app = view.apply(toolchain, ["function(sroa)"])
    assert (app.module, app.pipeline) == (division, "function(sroa)")
    tiny = view_program(toolchain, division, 5, count, kind="largest")  # nothing fits
    assert tiny.parts == () and len(tiny.unshown) == 9


def test_the_main_jobs_view_is_whole_when_it_fits_else_the_largest_functions(
    toolchain: Toolchain, division: IRModule
) -> None:
    count = chars_per_token(4.0)
    roomy = fitting_ir_view(toolchain, count(division.text) + 100, count, reserve_tokens=100)
    assert roomy(division) == model_ir_text(division.text)  # what the model reads: no comments or build paths
    assert "; ModuleID" not in roomy(division)
    half = count(division.text) // 2
    shown = fitting_ir_view(toolchain, half + 50, count, reserve_tokens=50)(division)
    assert count(shown) <= half and "define" in shown
    defined = set(parse_ir(toolchain, shown.encode(), name="shown").defined_functions)
    assert defined and defined < set(division.defined_functions)
    nothing_fits = fitting_ir_view(toolchain, 60, count, reserve_tokens=50)(division)
    assert nothing_fits == model_ir_text(division.text)


def test_view_settings_are_checked(toolchain: Toolchain, division: IRModule) -> None:
    with pytest.raises(ConfigError, match="no room"):
        view_program(toolchain, division, 100, chars_per_token(4.0), reserve_tokens=100)
    with pytest.raises(ConfigError):
        chars_per_token(0)
