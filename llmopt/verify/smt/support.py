"""Helpers of the encoder that need no solver state: CFG edge classification, memory(...) attributes, float constants,
the data layout check.

Limits: float constants cover LLVM's printed forms for half, float and double (decimal and hexadecimal) and the
prefixed hexadecimal forms of half/bfloat/fp128/x86_fp80; other decimal forms raise ``Unsupported``.
"""

from __future__ import annotations

import re
import struct

from llmopt.verify.smt.ir import FloatType, Type, Unsupported


def check_data_layout(layout: str) -> None:
    """The model is a little-endian memory with 64-bit pointers and 64-bit GEP offsets (LangRef "Data Layout": the
    default). Raises ``Unsupported`` for a big-endian layout (``E``) or address space 0 pointers of another size or
    index width (``p:32:32``: offsets wrap at 32 bits)."""
    for spec in layout.split("-"):
        if spec == "E":
            raise Unsupported("a big-endian data layout")
        m = re.fullmatch(r"p0?:(\d+)(?::\d+)*", spec)
        if m:
            fields = spec.split(":")
            index = fields[4] if len(fields) > 4 else fields[1]
            if fields[1] != "64" or index != "64":
                raise Unsupported(f"a data layout with pointers other than 64 bits ({spec})")


def parse_memory_attribute(attrs: tuple[str, ...]) -> dict[str, str] | None:
    """``memory(argmem: read, inaccessiblemem: write)`` -> {"argmem": "read", "inaccessiblemem": "write",
    "other": "none"}; None without the attribute. Effects are "none", "read", "write", "readwrite"."""
    for a in attrs:
        if a.startswith("memory(") and a.endswith(")"):
            rules: dict[str, str] = {}
            default = "none"
            for part in a[7:-1].split(","):
                part = part.strip()
                if ":" in part:
                    loc, _, eff = part.partition(":")
                    rules[loc.strip()] = eff.strip()
                elif part:
                    default = part
            for loc in ("argmem", "inaccessiblemem", "other"):
                rules.setdefault(loc, default)
            return rules
    for a in attrs:
        if a in ("readnone", "readonly", "writeonly"):
            eff = {"readnone": "none", "readonly": "read", "writeonly": "write"}[a]
            return {"argmem": eff, "inaccessiblemem": eff, "other": eff}
    return None


def float_constant_bits(text: str, ty: Type) -> int:
    if not isinstance(ty, FloatType):
        raise Unsupported(f"float constant of type {ty}")
    if text.startswith("0x"):
        body = text[2:]
        if body[0] in "KLMHR":
            prefix, body = body[0], body[1:]
            if (prefix, ty.kind) not in (("H", "half"), ("R", "bfloat"), ("L", "fp128"), ("K", "x86_fp80")):
                raise Unsupported(f"float constant {text} for {ty}")
            if prefix == "L":
                # LLVM prints fp128 as its low 64 bits, then its high 64 bits (1.0 is 0xL0000000000000000 3FFF...).
                body = body.rjust(32, "0")
                return (int(body[16:], 16) << 64) | int(body[:16], 16)
            return int(body, 16)
        value = int(body, 16)
        # LLVM prints float/half constants as the hex of the *double* with the same value.
        if ty.kind == "double":
            return value
        if (value >> 52) & 0x7FF == 0x7FF and value & ((1 << 52) - 1):
            return _narrow_nan(value, ty.kind)
        d = struct.unpack("<d", struct.pack("<Q", value))[0]
        return encode_float(d, ty.kind)
    d = float(text)
    if ty.kind == "double":
        return struct.unpack("<Q", struct.pack("<d", d))[0]
    return encode_float(d, ty.kind)


_NARROW_FORMATS = {"float": (8, 23), "half": (5, 10), "bfloat": (8, 7)}


def _narrow_nan(value: int, kind: str) -> int:
    """A NaN written as the hex of a double, for a narrower format: its payload's high bits, signalling kept (the
    LLParser converts without quieting; a C double->float cast would set the quiet bit)."""
    if kind not in _NARROW_FORMATS:
        raise Unsupported(f"NaN constant for {kind}")
    e_bits, m_bits = _NARROW_FORMATS[kind]
    sign = value >> 63
    mant = (value & ((1 << 52) - 1)) >> (52 - m_bits)
    if mant == 0:
        raise Unsupported(f"NaN constant whose payload does not fit {kind}")
    return (sign << (e_bits + m_bits)) | (((1 << e_bits) - 1) << m_bits) | mant


def encode_float(d: float, kind: str) -> int:
    if kind == "float":
        return struct.unpack("<I", struct.pack("<f", d))[0]
    if kind == "half":
        return struct.unpack("<H", struct.pack("<e", d))[0]
    raise Unsupported(f"decimal constant of type {kind}")


def classify_edges(entry: str, succs: dict[str, list[str]]) -> tuple[set[tuple[str, str]], list[str]]:
    """Back edges (by depth-first search from the entry) and a topological order of the rest."""
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}
    post: list[str] = []
    stack: list[tuple[str, int]] = [(entry, 0)]
    state[entry] = 1
    while stack:
        node, k = stack.pop()
        children = succs.get(node, [])
        if k < len(children):
            stack.append((node, k + 1))
            child = children[k]
            if state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, 0))
        else:
            state[node] = 2
            post.append(node)
    return back, list(reversed(post))


def check_denormal_modes(fn_attrs: frozenset[str]) -> None:
    """Refuse a function whose ``denormal-fp-math``/``denormal-fp-math-f32`` mode is not IEEE: under
    ``preserve-sign``, ``positive-zero`` or ``dynamic`` an FP operation may (not must) flush a denormal result or
    input to zero (LangRef), a choice per operation that the model does not make, so ``x`` and ``x * 1.0`` would be
    proved equal where they are not."""
    for a in fn_attrs:
        if a.startswith('"denormal-fp-math'):
            value = a.partition("=")[2].strip('"')
            if any(mode.strip() != "ieee" for mode in value.split(",")):
                raise Unsupported(f"denormal-fp-math mode {value} (denormals may be flushed)")
