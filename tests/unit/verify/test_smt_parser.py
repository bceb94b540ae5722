"""The printed-IR parser of the SMT validator: instruction shapes LLVM prints, layout, and precise Unsupported."""

from __future__ import annotations

import pytest

from llmopt.verify.smt.ir import (
    ArrayType,
    FloatType,
    IntConst,
    IntType,
    StructType,
    Unsupported,
    alloc_size,
    data_layout,
)
from llmopt.verify.smt.parser import parse_instruction, parse_module
from llmopt.verify.smt.semantics import intrinsic_key
from llmopt.verify.smt.support import float_constant_bits


def test_switch_with_joined_case_lines():
    inst = parse_instruction("switch i32 %0, label %4 [ i32 0, label %2 i32 -1, label %3 ]", {})
    assert inst.targets == ("4",) and inst.cases == ((0, "2"), (-1, "3"))


def test_call_with_attributes_and_metadata():
    inst = parse_instruction(
        "%5 = tail call noundef i32 @ext(ptr noundef nonnull align 4 dereferenceable(8) %p, i32 7) #3, !range !2", {}
    )
    assert inst.callee == "ext" and inst.ret_attrs == ("noundef",) and inst.call_attrs == ("#3",)
    assert inst.operands[0].attrs == ("noundef", "nonnull", "align 4", "dereferenceable(8)")
    assert inst.operands[1].value == IntConst(7) and inst.metadata == ("range",)


def test_gep_flags_and_struct_type():
    named = {"%struct.S": StructType((IntType(8), IntType(32), ArrayType(3, IntType(16))), name="%struct.S")}
    inst = parse_instruction("%3 = getelementptr inbounds nuw %struct.S, ptr %0, i64 0, i32 2, i64 1", named)
    assert inst.flags == frozenset({"inbounds", "nuw"}) and len(inst.operands) == 4
    assert alloc_size(named["%struct.S"]) == 16


def test_module_collects_globals_declarations_and_attribute_groups():
    m = parse_module(
        "@t = internal constant [2 x i16] [i16 1, i16 2], align 2\n"
        "declare i32 @f(i32) #0\n"
        "define i32 @g(i32 %x) {\n  ret i32 %x\n}\n"
        'attributes #0 = { nounwind memory(none) "k"="v" }\n'
    )
    assert m.globals["t"].constant and m.globals["t"].align == 2
    assert m.declarations["f"][2] == ("#0",)
    assert m.attribute_groups["#0"] == ("nounwind", "memory(none)", '"k"="v"')
    assert m.functions["g"].build().signature == "i32 (i32)"


def test_float_constants_in_llvm_printed_forms():
    assert float_constant_bits("1.000000e+00", FloatType("float")) == 0x3F800000
    assert float_constant_bits("0x3FF0000000000000", FloatType("double")) == 0x3FF0000000000000
    assert float_constant_bits("0x3FF0000000000000", FloatType("float")) == 0x3F800000  # floats print as double hex
    assert float_constant_bits("0xH3C00", FloatType("half")) == 0x3C00


def test_intrinsic_names_strip_type_suffixes():
    assert intrinsic_key("llvm.smax.i32") == "smax"
    assert intrinsic_key("llvm.memcpy.p0.p0.i64") == "memcpy"
    assert intrinsic_key("llvm.sadd.with.overflow.i8") == "sadd.with.overflow"
    assert intrinsic_key("llvm.smax.v4i32") == "smax.v4i32"  # vectors stay distinct: unsupported
    assert intrinsic_key("memcpy") is None


@pytest.mark.parametrize(
    "line,feature",
    [
        ("%1 = atomicrmw add ptr %p, i32 1 seq_cst, align 4", "atomicrmw"),
        ("%1 = load volatile i32, ptr %p, align 4", "volatile load"),
        ('%1 = call i32 asm "nop", "=r"()', "inline assembly"),
        ("%1 = load atomic i32, ptr %p seq_cst, align 4", "atomic load"),
    ],
)
def test_unsupported_constructs_are_named(line, feature):
    with pytest.raises(Unsupported) as e:
        parse_instruction(line, {})
    assert feature in e.value.feature


def test_quoted_cxx_struct_names_and_forward_references_have_a_layout():
    # C++ type names hold ':' (quoted), and a struct may use one defined after it: both need a memory layout.
    module = parse_module(
        '%"struct.a::b" = type { i32, %"class.c::d" }\n'
        '%"class.c::d" = type { i64, i8 }\n'
        "define i8 @f(ptr %p) {\n"
        '  %q = getelementptr inbounds %"struct.a::b", ptr %p, i64 0, i32 1, i32 1\n'
        "  %v = load i8, ptr %q\n"
        "  ret i8 %v\n"
        "}\n"
    )
    outer = module.named_types['%"struct.a::b"']
    assert isinstance(outer, StructType)
    # LLVM's default layout aligns i64 to 4: i32, { i64, i8 } = 12. x86-64's aligns it to 8: i32, pad, 16.
    assert alloc_size(outer) == 16
    with data_layout("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"):
        assert alloc_size(outer) == 24
    assert alloc_size(module.named_types['%"class.c::d"']) == 12
