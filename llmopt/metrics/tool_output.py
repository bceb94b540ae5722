"""Parsers for the text LLVM tools print: ``llvm-size`` (Berkeley), ``llvm-readelf -S``, ``print<cost-model>``.

Each parser checks the shape it expects and raises ``ToolError`` quoting the raw output when the shape is wrong, so a
format change in a new LLVM fails loudly instead of producing zeros. Golden outputs are in the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmopt.errors import ToolError

_COST_RE = re.compile(r"^Cost Model: (?:Found an estimated cost of (\d+)|Invalid cost)", re.M)
_SECTION_RE = re.compile(r"^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-fA-F]+\s+[0-9a-fA-F]+\s+([0-9a-fA-F]+)\s+\S+\s+(\S*)")


@dataclass(frozen=True)
class BerkeleySizes:
    text: int
    data: int
    bss: int


def parse_llvm_size_berkeley(output: str) -> BerkeleySizes:
    """``llvm-size`` default output for one object: a header row ``text data bss dec hex filename`` and one row.

    Raises:
        ToolError: the output does not have that shape.
    """
    lines = [ln.split() for ln in output.strip().splitlines() if ln.strip()]
    if len(lines) < 2 or lines[0][:3] != ["text", "data", "bss"]:
        raise ToolError(f"unexpected llvm-size output (expected a Berkeley table): {output[:300]!r}")
    row = lines[1]
    try:
        return BerkeleySizes(text=int(row[0]), data=int(row[1]), bss=int(row[2]))
    except (ValueError, IndexError) as e:
        raise ToolError(f"unexpected llvm-size row {lines[1]!r} in output {output[:300]!r}") from e


def parse_readelf_sections(output: str) -> dict[str, int]:
    """Sizes of the allocated sections (flag ``A``) from ``llvm-readelf -S -W``, summed by name.

    Raises:
        ToolError: no section table found.
    """
    if "Section Headers:" not in output:
        raise ToolError(f"unexpected llvm-readelf output (no section table): {output[:300]!r}")
    sizes: dict[str, int] = {}
    for line in output.splitlines():
        m = _SECTION_RE.match(line)
        if not m:
            continue
        name, _type, size_hex, flags = m.groups()
        if "A" in flags:
            sizes[name] = sizes.get(name, 0) + int(size_hex, 16)
    return sizes


@dataclass(frozen=True)
class CostModelSummary:
    instruction_count: int
    latency: int


def parse_cost_model(output: str) -> CostModelSummary:
    """Instruction count and total cost from ``print<cost-model>`` output (one line per instruction).

    ``Invalid`` costs count as 0, matching the engine. A module without defined functions prints nothing.

    Raises:
        ToolError: the output has function headers but no cost lines, or none of either for non-empty output.
    """
    costs = _COST_RE.findall(output)
    if not costs and "Cost Model" in output and "Printing analysis" not in output:
        raise ToolError(f"unexpected print<cost-model> output: {output[:300]!r}")
    return CostModelSummary(instruction_count=len(costs), latency=sum(int(c) for c in costs if c))
