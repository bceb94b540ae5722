"""Function signatures read from LLVM IR text, and renaming a module's definitions so two copies link side by side.

Why separate from the harness: the SMT verifier's inputs and the differential tester both need to know a function's
parameter and return types without LLVM's C++ API; this is the one small reader of ``define``/``declare`` lines.
Limits: scalar integer (<= 64 bits), ``ptr``, ``float`` and ``double`` parameters and returns (and literal structs of
those as returns); anything else raises ``UnsupportedSignature``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_IDENT = r'(?:"(?:[^"\\]|\\.)*"|[-\w$.]+)'
_DEFINE_LINE_RE = re.compile(rf"^define\s+(?P<prefix>.*?)@(?P<name>{_IDENT})\((?P<params>.*)\)(?P<rest>[^()]*\{{)?\s*$")
DECLARE_LINE_RE = re.compile(rf"^declare\s+(?P<prefix>.*?)@(?P<name>{_IDENT})\((?P<params>.*)\)(?P<rest>.*)$")
_GLOBAL_DEF_RE = re.compile(rf"^@(?P<name>{_IDENT})\s*=\s*(?P<rest>.*)$")


# ---------------------------------------------------------------------------------------------------------------------
# Signatures


@dataclass(frozen=True)
class ScalarType:
    """One IR type the harness can pass or return: ``iN`` (N <= 64), ``ptr``, ``float``, ``double`` or ``void``."""

    kind: str  # "int", "ptr", "float", "double", "void"
    bits: int = 0
    signed: bool = False  # from a ``signext`` attribute: how C sees the value

    @property
    def c_name(self) -> str:
        if self.kind == "ptr":
            return "void *"
        if self.kind in ("float", "double", "void"):
            return self.kind
        if self.bits == 1:
            return "_Bool"
        if self.bits in (8, 16, 32, 64):
            return f"{'int' if self.signed else 'uint'}{self.bits}_t"
        return f"{'signed' if self.signed else 'unsigned'} _BitInt({self.bits})"

    @property
    def byte_size(self) -> int:
        return {"ptr": 8, "float": 4, "double": 8}.get(self.kind, (self.bits + 7) // 8)


@dataclass(frozen=True)
class Signature:
    """A function's return type (a scalar, void, or a literal struct of scalars) and parameter types."""

    name: str
    returns: tuple[ScalarType, ...]  # () for void; several for a literal struct return
    params: tuple[ScalarType, ...]
    variadic: bool = False

    @property
    def is_struct_return(self) -> bool:
        return len(self.returns) > 1


class UnsupportedSignature(ValueError):
    """Raised internally when a signature has a type the harness cannot handle (becomes INCONCLUSIVE)."""


def split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _parse_scalar(type_text: str, attrs: str = "") -> ScalarType:
    t = type_text.strip()
    if t == "void":
        return ScalarType("void")
    if t == "ptr" or t.endswith("*"):
        return ScalarType("ptr")
    if t in ("float", "double"):
        return ScalarType(t)
    m = re.fullmatch(r"i(\d+)", t)
    if m and 1 <= int(m.group(1)) <= 64:
        return ScalarType("int", int(m.group(1)), signed=" signext" in f" {attrs}")
    raise UnsupportedSignature(f"type {t!r} is not supported by the differential harness")


def _strip_attr_groups(text: str) -> str:
    # range(i32 0, 5), align(8), dereferenceable(16), byval(%struct.S)... carry types that confuse the type finder
    out, depth = [], 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch != ")":
            out.append(ch)
    return "".join(out)


def parse_signature(line: str) -> Signature:
    """Parse a ``define`` or ``declare`` line into a ``Signature``.

    Raises:
        UnsupportedSignature: a parameter or return type the harness cannot pass.
        ValueError: the line is not a function definition or declaration.
    """
    m = _DEFINE_LINE_RE.match(line) or DECLARE_LINE_RE.match(line)
    if m is None:
        raise ValueError(f"not a function header: {line!r}")
    prefix = m.group("prefix").strip()
    ret_match = re.search(r"(\{[^{}]*\}|<[^<>]*>|\[[^\[\]]*\]|[%\w.]+)\s*$", _strip_attr_groups(prefix).strip())
    if ret_match is None:
        raise ValueError(f"no return type in {line!r}")
    ret_text = ret_match.group(1)
    if ret_text.startswith("{"):
        fields = split_top_level(ret_text.strip("{} "))
        returns = tuple(_parse_scalar(f) for f in fields)
        if any(r.kind == "void" for r in returns) or not returns:
            raise UnsupportedSignature(f"return type {ret_text!r} is not supported")
    else:
        ret = _parse_scalar(ret_text, prefix)
        returns = () if ret.kind == "void" else (ret,)
    params: list[ScalarType] = []
    variadic = False
    for p in split_top_level(m.group("params")):
        if p == "...":
            variadic = True
            continue
        type_text, _, attrs = p.partition(" ")
        if type_text.startswith(("{", "<", "[")):
            raise UnsupportedSignature(f"parameter type in {p!r} is not supported")
        params.append(_parse_scalar(type_text, attrs))
    return Signature(name=plain_name(m.group("name")), returns=returns, params=tuple(params), variadic=variadic)


def plain_name(name: str) -> str:
    return name[1:-1] if name.startswith('"') else name


def find_header(ir_text: str, function: str, keyword: str = "define") -> str | None:
    """The ``define``/``declare`` line of ``function`` in ``ir_text``, or None."""
    for line in ir_text.splitlines():
        if line.startswith(keyword + " "):
            m = (_DEFINE_LINE_RE if keyword == "define" else DECLARE_LINE_RE).match(line)
            if m and plain_name(m.group("name")) == function:
                return line
    return None


# ---------------------------------------------------------------------------------------------------------------------
# IR rewriting: renaming for linking, UB instrumentation of the source


def rename_definitions(ir_text: str, suffix: str) -> tuple[str, dict[str, str]]:
    """Give every function and global *defined* in the module a suffix, so two modules link into one binary.

    Returns:
        The rewritten text and the old -> new name map (plain names, without ``@``).
    """
    names: list[str] = []
    for line in ir_text.splitlines():
        if line.startswith("define "):
            m = _DEFINE_LINE_RE.match(line)
            if m:
                names.append(m.group("name"))
        elif line.startswith("@"):
            m = _GLOBAL_DEF_RE.match(line)
            if m and not re.match(r"(?:\w+\s+)*external\b", m.group("rest")):
                names.append(m.group("name"))
    mapping: dict[str, str] = {}
    for name in dict.fromkeys(names):
        plain = plain_name(name)
        mapping[name] = f'"{plain}{suffix}"' if name.startswith('"') else f"{plain}{suffix}"
    if not mapping:
        return ir_text, {}
    alternatives = "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True))
    pattern = re.compile("@(" + alternatives + r")(?![-\w$.])")
    text = pattern.sub(lambda mm: "@" + mapping[mm.group(1)], ir_text)
    return text, {plain_name(k): plain_name(v) for k, v in mapping.items()}
