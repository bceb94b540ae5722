"""Tokens of LLVM's printed IR and the cursor that reads one line of them: types, typed operands, constants and
attribute lists (the pieces every instruction and header shares).

Split from ``parser`` (which builds instructions, functions and modules from these pieces) so that each stays a
module one can read whole; the same limits hold: anything not recognised raises ``Unsupported`` naming it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from llmopt.verify.smt.ir import (
    FLOAT_FORMATS,
    PTR,
    VOID,
    AggregateConst,
    ArrayType,
    ConstExpr,
    FloatConst,
    FloatType,
    Global,
    Instruction,
    IntConst,
    IntType,
    LabelType,
    Local,
    NullConst,
    OpaqueType,
    PoisonConst,
    StringConst,
    StructType,
    Type,
    TypedOperand,
    UndefConst,
    Unsupported,
    VectorType,
    ZeroConst,
)

T = TypeVar("T")

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>;.*)
  | (?P<cstr>c"[^"]*")
  | (?P<local>%(?:"(?:[^"\\]|\\.)*"|[-\w$.]+))
  | (?P<global>@(?:"(?:[^"\\]|\\.)*"|[-\w$.]+))
  | (?P<meta>!(?:"(?:[^"\\]|\\.)*"|[-\w$.]+)?)
  | (?P<attrgrp>\#\d+)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<hex>0x[KLMHR]?[0-9A-Fa-f]+)
  | (?P<num>[-+]?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?))
  | (?P<word>[A-Za-z_.$][-\w.$]*)
  | (?P<punct>\.\.\.|[=,()\[\]{}<>*:|])
""",
    re.X,
)

BINARY_INT = {"add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and", "or", "xor"}
BINARY_FP = {"fadd", "fsub", "fmul", "fdiv", "frem"}
CASTS = {
    "trunc",
    "zext",
    "sext",
    "fptrunc",
    "fpext",
    "fptoui",
    "fptosi",
    "uitofp",
    "sitofp",
    "ptrtoint",
    "inttoptr",
    "bitcast",
    "addrspacecast",
}
INST_FLAGS = {
    "nsw",
    "nuw",
    "exact",
    "disjoint",
    "nneg",
    "inbounds",
    "nusw",
    "samesign",
    "nnan",
    "ninf",
    "nsz",
    "arcp",
    "contract",
    "afn",
    "reassoc",
    "fast",
    "volatile",
}
# Parameter/return/call attributes that carry an integer or type argument in parentheses.
_PAREN_ATTRS = {
    "align",
    "dereferenceable",
    "dereferenceable_or_null",
    "byval",
    "sret",
    "elementtype",
    "inalloca",
    "preallocated",
    "byref",
    "range",
    "alignstack",
    "allocsize",
    "memory",
    "nofpclass",
    "initializes",
    "uwtable",
    "vscale_range",
    "allockind",
    "captures",
}
_SIMPLE_ATTRS = {
    "noundef",
    "nonnull",
    "noalias",
    "nocapture",
    "readonly",
    "writeonly",
    "readnone",
    "signext",
    "zeroext",
    "inreg",
    "returned",
    "nest",
    "swiftself",
    "swifterror",
    "immarg",
    "noinline",
    "nounwind",
    "noreturn",
    "nofree",
    "nosync",
    "willreturn",
    "cold",
    "hot",
    "mustprogress",
    "norecurse",
    "optnone",
    "minsize",
    "optsize",
    "speculatable",
    "convergent",
    "dead_on_unwind",
    "writable",
    "noprofile",
    "nocallback",
    "nomerge",
    "builtin",
    "nobuiltin",
    "strictfp",
    "alwaysinline",
    "returns_twice",
}
LINKAGE = {
    "private",
    "internal",
    "available_externally",
    "linkonce",
    "weak",
    "common",
    "appending",
    "extern_weak",
    "linkonce_odr",
    "weak_odr",
    "external",
    "dso_local",
    "dso_preemptable",
    "hidden",
    "protected",
    "default",
    "unnamed_addr",
    "local_unnamed_addr",
    "thread_local",
    "externally_initialized",
    "fastcc",
    "ccc",
    "coldcc",
    "dllimport",
    "dllexport",
}


def unquote(name: str) -> str:
    if name.startswith('"'):
        return bytes(name[1:-1], "utf-8").decode("unicode_escape")
    return name


def tokenize(text: str) -> list[tuple[str, str]]:
    tokens = []
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if not m:
            raise Unsupported(f"unparsed IR text near {text[pos : pos + 30]!r}")
        pos = m.end()
        kind = m.lastgroup or ""
        if kind in ("ws", "comment"):
            continue
        tokens.append((kind, m.group()))
    return tokens


class Cursor:
    """Token cursor over one line (or one joined switch) of IR."""

    def __init__(self, text: str, named_types: dict[str, Type]) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.i = 0
        self.named_types = named_types

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.toks[j][1] if j < len(self.toks) else ""

    def kind(self, k: int = 0) -> str:
        j = self.i + k
        return self.toks[j][0] if j < len(self.toks) else ""

    def next(self) -> str:
        if self.i >= len(self.toks):
            raise Unsupported(f"unexpected end of line in {self.text.strip()!r}")
        tok = self.toks[self.i][1]
        self.i += 1
        return tok

    def accept(self, tok: str) -> bool:
        if self.peek() == tok:
            self.i += 1
            return True
        return False

    def comma_list(self, close: str, item: Callable[[], T]) -> list[T]:
        """Items separated by commas up to ``close`` (consumed; the opening token already is): ``a, b)``, ``)``."""
        items: list[T] = []
        if not self.accept(close):
            while True:
                items.append(item())
                if self.accept(close):
                    break
                self.expect(",")
        return items

    def expect(self, tok: str) -> None:
        got = self.next()
        if got != tok:
            raise Unsupported(f"unparsed IR syntax: expected {tok!r}, got {got!r} in {self.text.strip()!r}")

    def at_end(self) -> bool:
        return self.i >= len(self.toks)

    # ---- types ----
    def parse_type(self, allow_function: bool = False) -> Type:
        tok = self.next()
        ty: Type
        if re.fullmatch(r"i\d+", tok):
            ty = IntType(int(tok[1:]))
        elif tok == "ptr":
            ty = PTR
            if self.peek() == "addrspace":
                raise Unsupported("pointers in a non-default address space")
        elif tok in FLOAT_FORMATS:
            ty = FloatType(tok)
        elif tok == "void":
            ty = VOID
        elif tok == "label":
            ty = LabelType()
        elif tok in ("ppc_fp128", "x86_amx", "token", "metadata", "x86_mmx"):
            raise Unsupported(f"type {tok}")
        elif tok == "[":
            n = int(self.next())
            self.expect("x")
            elem = self.parse_type()
            self.expect("]")
            ty = ArrayType(n, elem)
        elif tok == "<":
            if self.peek() == "{":
                self.next()
                ty = self._struct_body(packed=True)
                self.expect(">")
            else:
                scalable = self.accept("vscale")
                if scalable:
                    self.expect("x")
                n = int(self.next())
                self.expect("x")
                elem = self.parse_type()
                self.expect(">")
                ty = VectorType(n, elem, scalable)
        elif tok == "{":
            ty = self._struct_body(packed=False)
        elif tok.startswith("%"):
            ty = self.named_types.get(tok, OpaqueType(tok))
        else:
            raise Unsupported(f"unparsed type {tok!r} in {self.text.strip()!r}")
        if self.peek() == "(":
            if not allow_function:
                raise Unsupported("function types")
            depth = 0
            while True:  # the callee's function type of a variadic call: only the return type matters
                t = self.next()
                depth += t == "("
                depth -= t == ")"
                if depth == 0:
                    break
        return ty

    def _struct_body(self, packed: bool) -> StructType:
        return StructType(tuple(self.comma_list("}", self.parse_type)), packed)

    # ---- attributes ----
    def skip_attrs(self) -> tuple[str, ...]:
        """Consume parameter/return/call attributes; return them as text (e.g. ``noundef``, ``align 4``)."""
        attrs = []
        while True:
            tok = self.peek()
            if tok in _SIMPLE_ATTRS:
                attrs.append(self.next())
            elif tok in _PAREN_ATTRS:
                self.next()
                if tok == "align" and self.kind() == "num":
                    attrs.append(f"align {self.next()}")
                elif self.accept("("):
                    depth, inner = 1, []
                    while depth:
                        t = self.next()
                        depth += t == "("
                        depth -= t == ")"
                        if depth:
                            inner.append(t)
                    attrs.append(f"{tok}({' '.join(inner)})")
                else:
                    attrs.append(tok)
            elif self.kind() == "attrgrp":
                attrs.append(self.next())
            elif self.kind() == "str" and self.peek(1) == "=":  # "key"="value"
                attrs.append(self.next() + self.next() + self.next())
            elif self.kind() == "str" and tok.startswith('"'):
                attrs.append(self.next())
            else:
                return tuple(attrs)

    # ---- operands ----
    def parse_value(self, ty: Type) -> TypedOperand:
        kind, tok = self.kind(), self.peek()
        if kind == "local":
            self.next()
            return TypedOperand(ty, Local(unquote(tok[1:])))
        if kind == "global":
            self.next()
            return TypedOperand(ty, Global(unquote(tok[1:])))
        if kind == "num":
            self.next()
            if isinstance(ty, FloatType):
                return TypedOperand(ty, FloatConst(tok))
            if "." in tok or "e" in tok.lower():
                raise Unsupported(f"constant {tok}")
            return TypedOperand(ty, IntConst(int(tok)))
        if kind == "hex":
            self.next()
            return TypedOperand(ty, FloatConst(tok))
        if kind == "cstr":
            self.next()
            raw = tok[2:-1]
            data = re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw.encode("latin-1"))
            return TypedOperand(ty, StringConst(data.replace(b"\\\\", b"\\")))
        self.next()
        if tok == "true":
            return TypedOperand(ty, IntConst(1))
        if tok == "false":
            return TypedOperand(ty, IntConst(0))
        if tok == "null":
            return TypedOperand(ty, NullConst())
        if tok == "undef":
            return TypedOperand(ty, UndefConst())
        if tok == "poison":
            return TypedOperand(ty, PoisonConst())
        if tok == "zeroinitializer":
            return TypedOperand(ty, ZeroConst())
        if tok in ("{", "[", "<"):
            close = {"{": "}", "[": "]", "<": ">"}[tok]
            if tok == "<" and self.peek() == "{":
                self.next()
                close = "}"
            elems = self.comma_list(close, lambda: self.parse_value(self.parse_type()))
            if close == "}" and tok == "<":
                self.expect(">")
            if tok == "<" and close == ">" and not isinstance(ty, VectorType):
                raise Unsupported("vector constant of a non-vector type")
            return TypedOperand(ty, AggregateConst(tuple(elems)))
        if tok == "splat":
            # splat (i32 1): every lane the same constant.
            self.expect("(")
            ety = self.parse_type()
            elem = self.parse_value(ety)
            self.expect(")")
            if not isinstance(ty, VectorType) or ty.scalable:
                raise Unsupported("splat of a scalable or non-vector type")
            return TypedOperand(ty, AggregateConst((elem,) * ty.count))
        if tok in (
            "getelementptr",
            "ptrtoint",
            "inttoptr",
            "bitcast",
            "trunc",
            "zext",
            "sext",
            "add",
            "sub",
            "mul",
            "xor",
            "and",
            "or",
            "shl",
        ):
            return TypedOperand(ty, ConstExpr(self._const_expr(tok)))
        raise Unsupported(f"constant {tok!r}")

    def _const_expr(self, op: str) -> Instruction:
        flags = set()
        while self.peek() in INST_FLAGS:
            flags.add(self.next())
        if op == "getelementptr":
            self.expect("(")
            src = self.parse_type()
            ops = []
            while self.accept(","):
                if self.peek() == "inrange":
                    raise Unsupported("inrange in constant getelementptr")
                ty = self.parse_type()
                ops.append(self.parse_value(ty))
            self.expect(")")
            return Instruction("getelementptr", None, PTR, tuple(ops), frozenset(flags), source_type=src)
        self.expect("(")
        ty = self.parse_type()
        a = self.parse_value(ty)
        if op in CASTS:
            self.expect("to")
            dst = self.parse_type()
            self.expect(")")
            return Instruction(op, None, dst, (a,), frozenset(flags), source_type=ty)
        self.expect(",")
        bty = self.parse_type()
        b = self.parse_value(bty)
        self.expect(")")
        return Instruction(op, None, ty, (a, b), frozenset(flags))

    def parse_typed_value(self) -> TypedOperand:
        ty = self.parse_type()
        attrs = self.skip_attrs()
        op = self.parse_value(ty)
        return TypedOperand(op.type, op.value, attrs) if attrs else op

    def parse_metadata_tail(self) -> tuple[str, ...]:
        """``, !tbaa !5, !range !7`` -> ("tbaa", "range"); also ``, align 4`` handled by callers."""
        kinds = []
        while self.accept(","):
            tok = self.next()
            if tok.startswith("!"):
                kinds.append(tok[1:])
                self.next()  # the metadata node
            else:
                raise Unsupported(f"unparsed instruction suffix {tok!r} in {self.text.strip()!r}")
        return tuple(kinds)


def parse_label(c: Cursor) -> str:
    c.expect("label")
    tok = c.next()
    return unquote(tok[1:])
