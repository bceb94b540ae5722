"""``Toolchain.optimize_ir`` and ``Toolchain.lower``: the one place opt pipelines and llc lowerings are spelled out."""

import re
from pathlib import Path

import pytest

from llmopt.passes import PassCatalog, default_catalog
from llmopt.toolchain import CodegenConfig, Flavour, compile_source, emit_assembly

ROOT = Path(__file__).parents[3]
CHECKSUM = ROOT / "examples" / "checksum.c"
LLMOPT = ROOT / "llmopt"


def test_optimize_ir_runs_a_pipeline_on_text_and_on_a_file(toolchain, tmp_path):
    module = compile_source(toolchain, CHECKSUM, Flavour.SIZE)
    run = toolchain.optimize_ir(module.text, "default<Oz>")
    assert run.ok and run.stdout_text.startswith("; ModuleID")
    assert run.stdout_text.count("alloca") < module.text.count("alloca")  # sroa/mem2reg ran
    src, bc = tmp_path / "in.ll", tmp_path / "out.bc"
    src.write_text(module.text)
    on_file = toolchain.optimize_ir(src, "default<Oz>", emit="bitcode", out=bc)
    assert on_file.ok and bc.read_bytes()[:2] == b"BC"
    empty = toolchain.optimize_ir(module.text, "")  # no passes: parse, verify, print
    assert empty.ok and empty.stdout_text.count("alloca") == module.text.count("alloca")


def test_optimize_ir_reports_a_bad_pipeline_as_a_failed_run(toolchain):
    run = toolchain.optimize_ir("define void @f() {\n  ret void\n}\n", "no-such-pass", emit="none")
    assert not run.ok and "no-such-pass" in run.stderr_tail


def test_lower_uses_the_whole_codegen_config(toolchain):
    module = compile_source(toolchain, CHECKSUM, Flavour.SIZE)
    obj = toolchain.lower(module.text, CodegenConfig(opt_level=2))
    assert obj.ok and obj.stdout[:4] == b"\x7fELF"
    assert "-relocation-model=pic" in obj.command and "-O2" in obj.command
    static = toolchain.lower(module.text, CodegenConfig(opt_level=2, relocation_model="static"), filetype="asm")
    assert "-relocation-model=static" in static.command
    pic_asm = emit_assembly(toolchain, module.text, CodegenConfig(opt_level=2))
    assert pic_asm != static.stdout_text  # the relocation model reaches llc


def test_codegen_config_round_trips_as_data_and_reads_old_labels():
    for config in (CodegenConfig(), CodegenConfig(opt_level=0), CodegenConfig(3, "static")):
        assert CodegenConfig.from_json(config.to_json()) == config
        assert CodegenConfig.from_json(config.label) == config
    assert CodegenConfig.for_flavour(Flavour.PAPER) == CodegenConfig(opt_level=0)
    with pytest.raises(ValueError):
        CodegenConfig(relocation_model="ropi")


def test_default_catalog_is_the_installed_llvms(toolchain, tmp_path):
    assert default_catalog().llvm_version.split(".")[0] == str(toolchain.major)
    assert default_catalog().names == PassCatalog.for_toolchain(toolchain, tmp_path).names


def test_no_opt_or_llc_command_line_is_built_outside_the_toolchain():
    """Modules still being converted by other work are listed; the list may only shrink."""
    pending: set[str] = set()
    spelled = re.compile(r"""run\(\s*["']llc["']|f["']-passes=\{|["']-passes=[a-z]|-relocation-model=""")
    offenders = []
    for path in sorted(LLMOPT.rglob("*.py")):
        rel = path.relative_to(LLMOPT).as_posix()
        if rel.startswith("toolchain/") or rel in pending:
            continue
        if spelled.search(path.read_text()):
            offenders.append(rel)
    assert offenders == []
