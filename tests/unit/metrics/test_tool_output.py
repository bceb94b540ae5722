import pytest

from llmopt.errors import ToolError
from llmopt.metrics.tool_output import parse_cost_model, parse_llvm_size_berkeley, parse_readelf_sections

LLVM_SIZE = """   text	   data	    bss	    dec	    hex	filename
    378	      8	      4	    390	    186	/tmp/x.o
"""

READELF = """There are 12 section headers, starting at offset 0x3a8:

Section Headers:
  [Nr] Name              Type            Address          Off    Size   ES Flg Lk Inf Al
  [ 0]                   NULL            0000000000000000 000000 000000 00      0   0  0
  [ 2] .text             PROGBITS        0000000000000000 000040 0000a3 00  AX  0   0 16
  [ 3] .rela.text        RELA            0000000000000000 0002a0 000078 18   I 10   2  8
  [ 4] .rodata.str1.1    PROGBITS        0000000000000000 0000e3 000007 01 AMS  0   0  1
  [ 5] .bss              NOBITS          0000000000000000 0000ec 000004 00  WA  0   0  4
  [ 6] .comment          PROGBITS        0000000000000000 000100 000029 01  MS  0   0  1
  [ 7] .eh_frame         PROGBITS        0000000000000000 000130 000078 00   A  0   0  8
Key to Flags:
"""

COST_MODEL = """Printing analysis 'Cost Model Analysis' for function 'sum':
Cost Model: Found an estimated cost of 2 for instruction:   %smax = tail call i32 @llvm.smax.i32(i32 %1, i32 0)
Cost Model: Found an estimated cost of 0 for instruction:   br label %3
Cost Model: Invalid cost for instruction:   %v = call <vscale x 4 x i32> @x()
Cost Model: Found an estimated cost of 1 for instruction:   switch i32 %x, label %d [
    i32 0, label %a
  ]
Printing analysis 'Cost Model Analysis' for function 'empty':
"""


def test_llvm_size_berkeley():
    sizes = parse_llvm_size_berkeley(LLVM_SIZE)
    assert (sizes.text, sizes.data, sizes.bss) == (378, 8, 4)


def test_readelf_keeps_allocated_sections_only():
    assert parse_readelf_sections(READELF) == {".text": 0xA3, ".rodata.str1.1": 7, ".bss": 4, ".eh_frame": 0x78}


def test_cost_model_counts_every_instruction_and_invalid_as_zero():
    summary = parse_cost_model(COST_MODEL)
    assert summary.instruction_count == 4
    assert summary.latency == 3


@pytest.mark.parametrize("parser", [parse_llvm_size_berkeley, parse_readelf_sections])
def test_parsers_reject_unexpected_output_quoting_it(parser):
    with pytest.raises(ToolError, match="something else"):
        parser("something else entirely")
