"""IR text as a model reads it: the same program without what only echoes the build.

A module printed by clang carries its build path twice (``; ModuleID`` and ``source_filename``), comments that LLVM
regenerates on every print (``; Function Attrs: ...``, ``; preds = %3``) and debug metadata. None of it changes the
program, all of it costs context and tokens, and the build paths would let a model tell training packages apart by
directory instead of by code. ``model_ir_text`` drops exactly those; everything the compiler reads (declarations,
attribute groups, the data layout and triple, metadata the optimizer uses such as ``!range`` or ``!tbaa``) stays.

Limits: a line-based filter over printed IR (LLVM's own printer output; hand-written IR with several statements on one
line works too, since only comments, two header lines and debug records are removed). Debug metadata is recognised by
LLVM's ``!DI...``/``!dbg``/``#dbg_`` spellings; other named metadata is kept.
"""

from __future__ import annotations

import re

_DROPPED_HEADER = ("; ModuleID", "source_filename")
_DBG_ATTACHMENT_RE = re.compile(r",?\s*!dbg\s+!\d+")  # `, !dbg !7` on instructions, ` !dbg !7` on a define
_DBG_INTRINSIC_RE = re.compile(r"@llvm\.dbg\.\w+\(")  # calls and declarations of llvm.dbg.* (pre-records IR)
_DEBUG_RECORD_RE = re.compile(r"^\s*#dbg_\w+\(")  # LLVM 19's debug records, printed as their own lines
_DEBUG_METADATA_RE = re.compile(r"^!\d+\s*=\s*(distinct\s+)?!(DI|DW_)|^!llvm\.dbg\.cu\s*=")
_METADATA_DEF_RE = re.compile(r"^!(\d+)\s*=")
_METADATA_REF_RE = re.compile(r"!(\d+)\b")
_TUPLE_NODE_RE = re.compile(r"^(!\d+\s*=\s*(?:distinct\s+)?!)\{(.*)\}\s*$")


def strip_comment(line: str) -> str:
    """The line without its ``;`` comment; a ``;`` inside a quoted string or name (``c"a;b"``, ``@"x;y"``) stays."""
    if ";" not in line:
        return line
    in_quotes = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ";" and not in_quotes:
            return line[:i].rstrip()
    return line


def _drop_tuple_refs(node: re.Match[str], dropped: set[str]) -> str | None:
    """The tuple without its operands that refer to dropped nodes; None when that cannot be done safely (an
    operand string may hold commas), so the caller drops the whole node."""
    operands = [op.strip() for op in node.group(2).split(",")] if node.group(2).strip() else []
    if any('"' in op for op in operands):
        return None
    kept = [op for op in operands if not (op.startswith("!") and op[1:].isdigit() and op[1:] in dropped)]
    return f"{node.group(1)}{{{', '.join(kept)}}}"


def _without_debug_metadata(lines: list[str]) -> list[str]:
    """``lines`` without debug metadata nodes, nor the nodes that refer to them (e.g. a compile unit's list of
    globals), repeated until nothing left refers to a dropped node."""
    dropped: set[str] = set()
    kept = []
    for line in lines:
        if _DEBUG_METADATA_RE.match(line):
            m = _METADATA_DEF_RE.match(line)
            if m:
                dropped.add(m.group(1))
            continue
        kept.append(line)
    changed = bool(dropped)
    while changed:
        changed, survivors = False, []
        for line in kept:
            m = _METADATA_DEF_RE.match(line)
            if m and any(ref in dropped for ref in _METADATA_REF_RE.findall(line.split("=", 1)[1])):
                tuple_node = _TUPLE_NODE_RE.match(line)
                pruned = _drop_tuple_refs(tuple_node, dropped) if tuple_node else None
                if pruned is not None:  # a tuple (e.g. loop metadata) keeps its other operands
                    line = pruned
                else:
                    dropped.add(m.group(1))
                    changed = True
                    continue
            survivors.append(line)
        kept = survivors
    return kept


def model_ir_text(ir: str) -> str:
    """``ir`` without build paths, comments and debug metadata, with runs of blank lines collapsed to one.

    The result is still valid IR when the input was (debug attachments go with the metadata they point to, so no
    dangling ``!N`` reference is left).
    """
    lines = _without_debug_metadata(ir.splitlines())
    out: list[str] = []
    for raw in lines:
        if raw.startswith(_DROPPED_HEADER) or _DEBUG_RECORD_RE.match(raw) or _DBG_INTRINSIC_RE.search(raw):
            continue
        line = strip_comment(raw)
        if "!dbg" in line:
            line = _DBG_ATTACHMENT_RE.sub("", line)
        if not line.strip():
            if out and out[-1] == "":
                continue
            line = ""
        out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + ("\n" if out else "")


__all__ = ["model_ir_text", "strip_comment"]
