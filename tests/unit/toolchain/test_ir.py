from pathlib import Path

import pytest

from llmopt.errors import InputError
from llmopt.toolchain import (
    Flavour,
    IRModule,
    compile_source,
    count_instructions,
    guess_flavour,
    load_input,
    normalized_hash,
    parse_ir,
    read_ir,
    split_functions,
)

DATA = Path(__file__).parents[2] / "data"
CHECKSUM = DATA.parent.parent / "examples" / "checksum.c"


def _attribute_lines(module: IRModule) -> str:
    return "\n".join(ln for ln in module.text.splitlines() if ln.startswith("attributes #"))


def test_size_flavour_keeps_size_attributes(toolchain):
    module = compile_source(toolchain, CHECKSUM, Flavour.SIZE)
    assert "minsize" in _attribute_lines(module) and "optsize" in _attribute_lines(module)
    assert module.flavour is Flavour.SIZE
    assert guess_flavour(module.text) is Flavour.SIZE


def test_paper_flavour_is_noinline_without_size_attributes(toolchain):
    module = compile_source(toolchain, CHECKSUM, "paper")
    attrs = _attribute_lines(module)
    assert "noinline" in attrs and "minsize" not in attrs and "optnone" not in attrs
    assert guess_flavour(module.text) is Flavour.PAPER


def test_unknown_flavour_is_rejected(toolchain):
    with pytest.raises(InputError, match="unknown IR flavour"):
        compile_source(toolchain, CHECKSUM, "fast")


def test_read_text_and_bitcode_give_the_same_module(toolchain, tmp_path):
    module = compile_source(toolchain, CHECKSUM)
    ll = tmp_path / "m.ll"
    ll.write_text(module.text)
    bc = tmp_path / "m.bc"
    bc.write_bytes(toolchain.run("llvm-as", [str(ll), "-o", "-"]).stdout)
    from_ll, from_bc = read_ir(toolchain, ll), read_ir(toolchain, bc)
    assert from_ll.instruction_count == from_bc.instruction_count == module.instruction_count
    assert from_ll.hash == from_bc.hash  # ModuleID comment differs; the content hash ignores it


def test_the_same_source_in_two_checkouts_has_one_hash(toolchain, tmp_path):
    # The path is in the IR twice (ModuleID, source_filename); random search draws and caches key on the hash, so a
    # path in it made a test's random lists differ between a developer's checkout and CI's.
    copies = [tmp_path / d / CHECKSUM.name for d in ("a", "bb")]
    for copy in copies:
        copy.parent.mkdir()
        copy.write_text(CHECKSUM.read_text())
    first, second = (compile_source(toolchain, c) for c in copies)
    assert first.text != second.text and str(copies[0]) in first.text
    assert first.hash == second.hash
    changed = tmp_path / "c" / CHECKSUM.name
    changed.parent.mkdir()
    changed.write_text(CHECKSUM.read_text() + "\nint one_more(void) { return 1; }\n")
    assert compile_source(toolchain, changed).hash != first.hash  # the content still counts


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (DATA / "invalid.ll", "not valid LLVM IR"),
        (DATA / "not_utf8.ll", "not UTF-8"),
        (DATA / "empty.ll", "empty"),
        (DATA / "c" / "broken.c", "does not compile"),
        (DATA / "missing.c", "no such file"),
        (DATA / "c", "is a directory"),  # was "unknown input kind ''" (issue 10)
        (DATA.parent.parent / "pyproject.toml", "unknown input kind '.toml'"),
    ],
)
def test_bad_input_is_one_clear_input_error(toolchain, path, message):
    with pytest.raises(InputError, match=message) as err:
        load_input(toolchain, path)
    assert "\n" not in str(err.value)


def test_split_gives_one_compilable_module_per_function(toolchain):
    module = compile_source(toolchain, DATA / "c" / "shapes.c")
    parts = split_functions(toolchain, module)
    assert [p.defined_functions for p in parts] == [(name,) for name in module.defined_functions]
    assert sum(p.instruction_count for p in parts) == module.instruction_count
    for part in parts:
        parse_ir(toolchain, part.text.encode())  # each part is valid on its own
    static_helper = next(p for p in parts if p.defined_functions == ("sq",))
    assert "hidden" in static_helper.text.split("define", 1)[1].split("{", 1)[0]  # kept alive, not dropped as dead


def test_count_handles_switch_landingpad_and_debug_records():
    text = """
define i32 @f(i32 %x) personality ptr null {
entry:
  switch i32 %x, label %d [
    i32 0, label %a
    i32 1, label %a
  ]
a:                                                ; preds = %entry, %entry
  %r = invoke i32 @g() to label %d unwind label %lp
lp:
  %l = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(i32 %x, !1, !DIExpression(), !2)
  %r2 = invoke i32 @g()
          to label %d unwind label %lp
  ret i32 1
d:
  ret i32 0
}
declare i32 @g()
"""
    assert count_instructions(text) == 6


def test_count_matches_llvm_for_every_fixture(toolchain, size_modules, paper_modules, data_dir):
    from llmopt.metrics import Measurer

    with Measurer(toolchain, measure_with="engine", data_dir=data_dir, cache=False) as measurer:
        for module in size_modules + paper_modules:
            ev = measurer.measure_pipeline(module, "")
            assert ev.instruction_count == module.instruction_count, module.name


def test_normalized_hash_ignores_names_and_metadata(toolchain):
    a = parse_ir(
        toolchain, b'define i32 @foo(i32 %a) {\n  %s = add i32 %a, 1, !annotation !0\n  ret i32 %s\n}\n!0 = !{!"x"}\n'
    )
    b = parse_ir(toolchain, b"define i32 @bar(i32 %q) {\n  %t = add i32 %q, 1\n  ret i32 %t\n}\n")
    c = parse_ir(toolchain, b"define i32 @bar(i32 %q) {\n  %t = add i32 %q, 2\n  ret i32 %t\n}\n")
    assert a.hash != b.hash
    assert normalized_hash(toolchain, a) == normalized_hash(toolchain, b)
    assert normalized_hash(toolchain, b) != normalized_hash(toolchain, c)
