"""A recursive-descent parser for LLVM's own printed textual IR (``opt -S`` / ``llvm-dis`` output), subset only.

The verifier first round-trips every input through LLVM, so this parser never has to diagnose invalid IR: anything
it does not recognise is a feature it does not model and raises ``Unsupported`` naming it (never a guess).

Limits: one instruction per line (as LLVM prints it; ``switch`` case lists are joined first); debug records and
metadata definitions are skipped; fixed-length vectors (constants, ``splat``, extract/insert/shufflevector) parse
for ``vectors``; ``invoke``, ``landingpad``, ``indirectbr``, ``callbr`` and atomics are unsupported.
"""

from __future__ import annotations

import re
from typing import TypedDict

from llmopt.verify.smt.ir import (
    FLOAT_FORMATS,
    PTR,
    VOID,
    AggregateConst,
    ArrayType,
    Block,
    ConstExpr,
    FloatConst,
    FloatType,
    Function,
    Global,
    GlobalVar,
    Instruction,
    IntConst,
    IntType,
    LabelType,
    Local,
    Module,
    NullConst,
    OpaqueType,
    Param,
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
_LINKAGE = {
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


def _unquote(name: str) -> str:
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


class _Cursor:
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
        fields: list[Type] = []
        if not self.accept("}"):
            while True:
                fields.append(self.parse_type())
                if self.accept("}"):
                    break
                self.expect(",")
        return StructType(tuple(fields), packed)

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
            return TypedOperand(ty, Local(_unquote(tok[1:])))
        if kind == "global":
            self.next()
            return TypedOperand(ty, Global(_unquote(tok[1:])))
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
            elems = []
            if not self.accept(close):
                while True:
                    ety = self.parse_type()
                    elems.append(self.parse_value(ety))
                    if self.accept(close):
                        break
                    self.expect(",")
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


def _parse_label(c: _Cursor) -> str:
    c.expect("label")
    tok = c.next()
    return _unquote(tok[1:])


class _Common(TypedDict):
    """The ``Instruction`` fields every opcode sets, spread into each constructor call (typed so that ``**`` keeps
    the field types instead of widening them to one union)."""

    result: str | None
    line: str


def parse_instruction(text: str, named_types: dict[str, Type]) -> Instruction:
    """Parse one printed instruction (a switch with its case list joined into one string)."""
    c = _Cursor(text, named_types)
    result = None
    if c.kind() == "local" and c.peek(1) == "=":
        result = _unquote(c.next()[1:])
        c.next()
    flags: set[str] = set()
    if c.peek() in ("tail", "musttail", "notail"):
        c.next()
    op = c.next()
    while c.peek() in INST_FLAGS:
        flags.add(c.next())
    base = _Common(result=result, line=text.strip())

    if op in BINARY_INT or op in BINARY_FP:
        ty = c.parse_type()
        a = c.parse_value(ty)
        c.expect(",")
        b = c.parse_value(ty)
        return Instruction(
            op, type=ty, operands=(a, b), flags=frozenset(flags), metadata=c.parse_metadata_tail(), **base
        )
    if op == "fneg" or op == "freeze":
        ty = c.parse_type()
        a = c.parse_value(ty)
        return Instruction(op, type=ty, operands=(a,), flags=frozenset(flags), metadata=c.parse_metadata_tail(), **base)
    if op in ("icmp", "fcmp"):
        while c.peek() in INST_FLAGS:
            flags.add(c.next())
        pred = c.next()
        ty = c.parse_type()
        a = c.parse_value(ty)
        c.expect(",")
        b = c.parse_value(ty)
        return Instruction(
            op,
            type=VectorType(ty.count, IntType(1), ty.scalable) if isinstance(ty, VectorType) else IntType(1),
            operands=(a, b),
            flags=frozenset(flags),
            predicate=pred,
            metadata=c.parse_metadata_tail(),
            **base,
        )
    if op in CASTS:
        a = c.parse_typed_value()
        c.expect("to")
        dst = c.parse_type()
        return Instruction(
            op,
            type=dst,
            operands=(a,),
            flags=frozenset(flags),
            source_type=a.type,
            metadata=c.parse_metadata_tail(),
            **base,
        )
    if op == "select":
        ops = [c.parse_typed_value()]
        for _ in range(2):
            c.expect(",")
            ops.append(c.parse_typed_value())
        return Instruction(
            op, type=ops[1].type, operands=tuple(ops), flags=frozenset(flags), metadata=c.parse_metadata_tail(), **base
        )
    if op == "phi":
        ty = c.parse_type()
        ops, preds = [], []
        while True:
            c.expect("[")
            ops.append(c.parse_value(ty))
            c.expect(",")
            preds.append(_unquote(c.next()[1:]))
            c.expect("]")
            if c.peek() == "," and c.peek(1) == "[":
                c.next()
                continue
            break
        return Instruction(
            op,
            type=ty,
            operands=tuple(ops),
            targets=tuple(preds),
            flags=frozenset(flags),
            metadata=c.parse_metadata_tail(),
            **base,
        )
    if op == "alloca":
        if c.accept("inalloca"):
            raise Unsupported("inalloca")
        ty = c.parse_type()
        ops = []
        align = 0
        while c.accept(","):
            if c.peek() == "align":
                c.next()
                align = int(c.next())
            elif c.peek() == "addrspace":
                raise Unsupported("alloca in a non-default address space")
            elif c.peek().startswith("!"):
                c.i -= 1
                break
            else:
                ops.append(c.parse_typed_value())
        return Instruction(op, type=ty, operands=tuple(ops), align=align, metadata=c.parse_metadata_tail(), **base)
    if op in ("load", "store"):
        if c.peek() == "atomic":
            raise Unsupported(f"atomic {op}")
        while c.peek() in INST_FLAGS:
            flags.add(c.next())
        if op == "load":
            ty = c.parse_type()
            c.expect(",")
            ops = [c.parse_typed_value()]
        else:
            v = c.parse_typed_value()
            c.expect(",")
            ops = [v, c.parse_typed_value()]
            ty = v.type
        align = 0
        if c.peek() == "," and c.peek(1) == "align":
            c.next()
            c.next()
            align = int(c.next())
        if "volatile" in flags:
            raise Unsupported(f"volatile {op}")
        return Instruction(
            op,
            type=ty,
            operands=tuple(ops),
            align=align,
            flags=frozenset(flags),
            metadata=c.parse_metadata_tail(),
            **base,
        )
    if op == "getelementptr":
        while c.peek() in INST_FLAGS or c.peek() == "inrange":
            if c.peek() == "inrange":
                raise Unsupported("getelementptr inrange")
            flags.add(c.next())
        src = c.parse_type()
        ops = []
        while c.accept(","):
            if c.peek().startswith("!"):
                c.i -= 1
                break
            ops.append(c.parse_typed_value())
        return Instruction(
            op,
            type=PTR,
            operands=tuple(ops),
            flags=frozenset(flags),
            source_type=src,
            metadata=c.parse_metadata_tail(),
            **base,
        )
    if op in ("extractvalue", "insertvalue"):
        ops = [c.parse_typed_value()]
        if op == "insertvalue":
            c.expect(",")
            ops.append(c.parse_typed_value())
        indices = []
        while c.peek() == "," and c.kind(1) == "num":
            c.next()
            indices.append(int(c.next()))
        return Instruction(op, operands=tuple(ops), indices=tuple(indices), metadata=c.parse_metadata_tail(), **base)
    if op in ("extractelement", "insertelement", "shufflevector"):
        ops = [c.parse_typed_value()]
        for _ in range(1 if op == "extractelement" else 2):
            c.expect(",")
            ops.append(c.parse_typed_value())
        vty = ops[0].type
        if not isinstance(vty, VectorType):
            raise Unsupported(f"{op} on {vty}")
        if op == "extractelement":
            rty: Type = vty.element
        elif op == "insertelement":
            rty = vty
        else:
            mty = ops[2].type
            assert isinstance(mty, VectorType)
            rty = VectorType(mty.count, vty.element, mty.scalable)
        return Instruction(op, type=rty, operands=tuple(ops), metadata=c.parse_metadata_tail(), **base)
    if op == "br":
        if c.peek() == "label":
            return Instruction(op, targets=(_parse_label(c),), metadata=c.parse_metadata_tail(), **base)
        cond = c.parse_typed_value()
        c.expect(",")
        t = _parse_label(c)
        c.expect(",")
        f = _parse_label(c)
        return Instruction(op, operands=(cond,), targets=(t, f), metadata=c.parse_metadata_tail(), **base)
    if op == "switch":
        v = c.parse_typed_value()
        c.expect(",")
        default = _parse_label(c)
        c.expect("[")
        cases = []
        while not c.accept("]"):
            cty = c.parse_type()
            cv = c.parse_value(cty)
            c.expect(",")
            cases.append((cv.value.value if isinstance(cv.value, IntConst) else 0, _parse_label(c)))
            if not isinstance(cv.value, IntConst):
                raise Unsupported("switch case that is not an integer literal")
        return Instruction(
            op, operands=(v,), targets=(default,), cases=tuple(cases), metadata=c.parse_metadata_tail(), **base
        )
    if op == "ret":
        if c.accept("void"):
            return Instruction(op, metadata=c.parse_metadata_tail(), **base)
        return Instruction(op, operands=(c.parse_typed_value(),), metadata=c.parse_metadata_tail(), **base)
    if op == "unreachable":
        return Instruction(op, **base)
    if op == "call":
        while c.peek() in INST_FLAGS:
            flags.add(c.next())
        if c.peek() in ("fastcc", "ccc", "coldcc") or c.peek().startswith("cc"):
            c.next()
        ret_attrs = c.skip_attrs()
        ret_ty = c.parse_type(allow_function=True)  # call i32 (ptr, ...) @printf(...)
        if c.kind() == "local":
            raise Unsupported("indirect calls")
        if c.peek() == "asm":
            raise Unsupported("inline assembly")
        callee_tok = c.next()
        if not callee_tok.startswith("@"):
            raise Unsupported(f"call to {callee_tok}")
        callee = _unquote(callee_tok[1:])
        c.expect("(")
        args = []
        if not c.accept(")"):
            while True:
                if c.peek() == "metadata":
                    c.next()
                    while c.peek() not in (",", ")"):
                        c.next()
                    args.append(TypedOperand(VOID, ZeroConst(), ("metadata",)))
                else:
                    args.append(c.parse_typed_value())
                if c.accept(")"):
                    break
                c.expect(",")
        call_attrs = c.skip_attrs()
        if c.peek() == "[":
            raise Unsupported("operand bundles")
        return Instruction(
            op,
            type=ret_ty,
            operands=tuple(args),
            flags=frozenset(flags),
            callee=callee,
            call_attrs=call_attrs,
            ret_attrs=ret_attrs,
            metadata=c.parse_metadata_tail(),
            **base,
        )
    raise Unsupported(f"instruction {op}")


_DEFINE_RE = re.compile(r"^define\b")


def _parse_header(line: str, named_types: dict[str, Type]) -> Function:
    c = _Cursor(line.rstrip().rstrip("{"), named_types)
    c.next()  # define / declare
    while c.peek() in _LINKAGE or c.peek().startswith("cc"):
        c.next()
    ret_attrs = c.skip_attrs()
    ret_ty = c.parse_type()
    name = _unquote(c.next()[1:])
    c.expect("(")
    params: list[Param] = []
    varargs = False
    if not c.accept(")"):
        while True:
            if c.accept("..."):
                varargs = True
                c.expect(")")
                break
            ty = c.parse_type()
            attrs = c.skip_attrs()
            pname = _unquote(c.next()[1:]) if c.kind() == "local" else f"arg{len(params)}"
            params.append(Param(ty, pname, attrs))
            if c.accept(")"):
                break
            c.expect(",")
    fn_attrs = []
    while not c.at_end():
        tok = c.next()
        if tok in ("personality", "prefix", "prologue", "gc"):
            raise Unsupported(f"function {tok}")
        fn_attrs.append(tok)
    return Function(name, ret_ty, params, [], tuple(ret_attrs), tuple(fn_attrs), varargs)


def _parse_global(line: str, named_types: dict[str, Type]) -> GlobalVar | None:
    c = _Cursor(line, named_types)
    name = _unquote(c.next()[1:])
    c.expect("=")
    external = False
    linkage: set[str] = set()
    while c.peek() in _LINKAGE or c.peek() in ("addrspace",):
        if c.peek() in ("external", "extern_weak"):
            external = True
        linkage.add(c.next())
    kind = c.next()
    if kind in ("alias", "ifunc"):
        return None
    if kind not in ("global", "constant"):
        return None
    ty = c.parse_type()
    init = None if external or c.peek() in (",", "") else c.parse_value(ty)
    align = 0
    while c.accept(","):
        if c.peek() == "align":
            c.next()
            align = int(c.next())
        else:
            c.next()
            if not c.at_end() and c.kind() in ("meta", "str", "num"):
                c.next()
    return GlobalVar(name, ty, kind == "constant", init, align, frozenset(linkage))


def parse_module(text: str) -> Module:
    """Parse LLVM's printed IR into a ``Module``. Function bodies that use unsupported features are still parsed
    lazily: a function whose body fails is recorded with an ``Unsupported`` marker by the verifier, not here.

    Raises:
        Unsupported: a module-level construct the parser cannot read.
    """
    module = Module()
    lines = text.splitlines()
    # Named struct types first: instructions refer to them.
    for line in lines:
        m = re.match(r"^(%[-\w$.\"]+) = type (.*)$", line)
        if m:
            body = m.group(2).strip()
            if body == "opaque":
                module.named_types[m.group(1)] = OpaqueType(m.group(1))
                continue
            try:
                ty = _Cursor(body, module.named_types).parse_type()
            except Unsupported:
                ty = OpaqueType(m.group(1))
            if isinstance(ty, StructType):
                ty = StructType(ty.fields, ty.packed, m.group(1))
            module.named_types[m.group(1)] = ty
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("attributes #"):
            m = re.match(r"attributes (#\d+) = \{(.*)\}", line)
            if m:
                module.attribute_groups[m.group(1)] = tuple(
                    re.findall(r'"[^"]*"(?:="[^"]*")?|[\w.]+(?:\([^)]*\))?', m.group(2))
                )
        elif line.startswith("target datalayout = "):
            module.datalayout = line.partition(" = ")[2].strip().strip('"')
        elif line.startswith("!") and " = " in line:
            name, _, definition = line.partition(" = ")
            module.metadata[name.strip()] = definition.strip()
        elif line.startswith("@"):
            try:
                g = _parse_global(line, module.named_types)
            except Unsupported:
                g = None
            if g is not None:
                module.globals[g.name] = g
        elif line.startswith("declare"):
            try:
                fn = _parse_header(line, module.named_types)
                module.declarations[fn.name] = (fn.return_type, tuple(p.type for p in fn.params), fn.fn_attrs)
            except Unsupported:
                pass
        elif _DEFINE_RE.match(line):
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("}"):
                body.append(lines[i])
                i += 1
            module.functions[_function_name(line)] = _LazyFunction(line, body, module.named_types)  # type: ignore
        i += 1
    return module


def _function_name(header: str) -> str:
    m = re.search(r'@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(', header)
    return _unquote(m.group(1)) if m else "?"


class _LazyFunction:
    """A function's raw text; ``build()`` parses it (raising Unsupported per function, not per module)."""

    def __init__(self, header: str, body: list[str], named_types: dict[str, Type]) -> None:
        self.header = header
        self.body = body
        self.named_types = named_types

    def build(self) -> Function:
        fn = _parse_header(self.header, self.named_types)
        blocks: list[Block] = []
        current: Block | None = None
        pending = ""
        for raw in self.body:
            line = raw.split(";", 1)[0].rstrip() if '"' not in raw else raw.rstrip()
            if pending:
                pending += " " + line.strip()
                if line.strip().startswith("]"):
                    current.instructions.append(parse_instruction(pending, self.named_types))  # type: ignore
                    pending = ""
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#dbg_"):
                continue
            if not raw[0].isspace():
                m = re.match(r'^("(?:[^"\\]|\\.)*"|[-\w$.]+):', raw)
                if m:
                    current = Block(_unquote(m.group(1)))
                    blocks.append(current)
                    continue
            if current is None:
                current = Block(str(sum(p.name.isdigit() for p in fn.params)))
                blocks.append(current)
            if stripped.endswith("["):
                pending = stripped
                continue
            current.instructions.append(parse_instruction(stripped, self.named_types))
        fn.blocks = blocks
        return fn


def resolve_attrs(attrs: tuple[str, ...], module: Module) -> tuple[str, ...]:
    """Expand ``#N`` attribute-group references into their attributes."""
    out: list[str] = []
    for a in attrs:
        if a.startswith("#"):
            out.extend(module.attribute_groups.get(a, ()))
        else:
            out.append(a)
    return tuple(out)
