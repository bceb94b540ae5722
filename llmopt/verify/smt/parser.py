"""A recursive-descent parser for LLVM's own printed textual IR (``opt -S`` / ``llvm-dis`` output), subset only.

The verifier first round-trips every input through LLVM, so this parser never has to diagnose invalid IR: anything
it does not recognise is a feature it does not model and raises ``Unsupported`` naming it (never a guess). The
tokens and the cursor that reads types, operands, constants and attributes are ``tokens``; this module builds
instructions, function headers, globals and the module from them.

Limits: one instruction per line (as LLVM prints it; ``switch`` case lists are joined first); debug records and
metadata definitions are skipped; fixed-length vectors (constants, ``splat``, extract/insert/shufflevector) parse
for ``vectors``; ``invoke``, ``landingpad``, ``indirectbr``, ``callbr`` and atomics are unsupported.
"""

from __future__ import annotations

import re
from typing import TypedDict

from llmopt.verify.smt.ir import (
    INDIRECT_CALLEE,
    PTR,
    VOID,
    ArrayType,
    Block,
    Function,
    GlobalVar,
    Instruction,
    IntConst,
    IntType,
    Module,
    OpaqueType,
    Param,
    StructType,
    Type,
    TypedOperand,
    Unsupported,
    VectorType,
    ZeroConst,
)
from llmopt.verify.smt.tokens import (
    BINARY_FP,
    BINARY_INT,
    CASTS,
    INST_FLAGS,
    LINKAGE,
    Cursor,
    parse_label,
    unquote,
)


class _Common(TypedDict):
    """The ``Instruction`` fields every opcode sets, spread into each constructor call (typed so that ``**`` keeps
    the field types instead of widening them to one union)."""

    result: str | None
    line: str


def parse_instruction(text: str, named_types: dict[str, Type]) -> Instruction:
    """Parse one printed instruction (a switch with its case list joined into one string)."""
    c = Cursor(text, named_types)
    result = None
    if c.kind() == "local" and c.peek(1) == "=":
        result = unquote(c.next()[1:])
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
            preds.append(unquote(c.next()[1:]))
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
            return Instruction(op, targets=(parse_label(c),), metadata=c.parse_metadata_tail(), **base)
        cond = c.parse_typed_value()
        c.expect(",")
        t = parse_label(c)
        c.expect(",")
        f = parse_label(c)
        return Instruction(op, operands=(cond,), targets=(t, f), metadata=c.parse_metadata_tail(), **base)
    if op == "switch":
        v = c.parse_typed_value()
        c.expect(",")
        default = parse_label(c)
        c.expect("[")
        cases = []
        while not c.accept("]"):
            cty = c.parse_type()
            cv = c.parse_value(cty)
            c.expect(",")
            cases.append((cv.value.value if isinstance(cv.value, IntConst) else 0, parse_label(c)))
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
        callee_operand = None
        if c.kind() == "local":
            callee_operand = c.parse_value(PTR)
            callee = INDIRECT_CALLEE
        else:
            if c.peek() == "asm":
                raise Unsupported("inline assembly")
            callee_tok = c.next()
            if not callee_tok.startswith("@"):
                raise Unsupported(f"call to {callee_tok}")
            callee = unquote(callee_tok[1:])
        c.expect("(")
        args = c.comma_list(")", lambda: _call_argument(c))
        call_attrs = c.skip_attrs()
        bundles = _parse_bundles(c, callee) if c.peek() == "[" else ()
        return Instruction(
            op,
            type=ret_ty,
            operands=tuple(args),
            flags=frozenset(flags),
            callee=callee,
            call_attrs=call_attrs,
            ret_attrs=ret_attrs,
            callee_operand=callee_operand,
            bundles=bundles,
            metadata=c.parse_metadata_tail(),
            **base,
        )
    raise Unsupported(f"instruction {op}")


def _call_argument(c: Cursor) -> TypedOperand:
    """A call argument; a ``metadata`` one keeps its text (constrained FP intrinsics read their rounding and
    exception modes from it)."""
    if c.peek() != "metadata":
        return c.parse_typed_value()
    c.next()
    words: list[str] = []
    while c.peek() not in (",", ")"):
        words.append(c.next())
    return TypedOperand(VOID, ZeroConst(), ("metadata", " ".join(words)))


def _parse_bundles(c: Cursor, callee: str) -> tuple[tuple[str, tuple[TypedOperand, ...]], ...]:
    """``[ "tag"(ty v, ...), ... ]`` after a call. Only ``llvm.assume``'s are modelled (LangRef "Assume Operand
    Bundles"); others (deopt, funclet, gc-live, ptrauth...) change what the call means: unsupported."""
    if callee != "llvm.assume":
        raise Unsupported("operand bundles")
    c.expect("[")
    bundles = []
    while not c.accept("]"):
        tag = unquote(c.next())
        c.expect("(")
        bundles.append((tag, tuple(c.comma_list(")", c.parse_typed_value))))
        c.accept(",")
    return tuple(bundles)


_DEFINE_RE = re.compile(r"^define\b")


def _parse_header(line: str, named_types: dict[str, Type]) -> Function:
    c = Cursor(line.rstrip().rstrip("{"), named_types)
    c.next()  # define / declare
    while c.peek() in LINKAGE or c.peek().startswith("cc"):
        c.next()
    ret_attrs = c.skip_attrs()
    ret_ty = c.parse_type()
    name = unquote(c.next()[1:])
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
            pname = unquote(c.next()[1:]) if c.kind() == "local" else f"arg{len(params)}"
            params.append(Param(ty, pname, attrs))
            if c.accept(")"):
                break
            c.expect(",")
    fn_attrs = []
    while not c.at_end():
        tok = c.next()
        if tok == "personality" and c.peek() == "ptr":
            # Used only by invoke/landingpad/resume, which are unsupported: kept as an attribute so that a target
            # adding or changing it is refused like any added function attribute.
            c.next()
            fn_attrs.append(f"personality={c.next()}")
            continue
        if tok in ("personality", "prefix", "prologue", "gc"):
            raise Unsupported(f"function {tok}")
        fn_attrs.append(tok)
    return Function(name, ret_ty, params, [], tuple(ret_attrs), tuple(fn_attrs), varargs)


def _parse_global(line: str, named_types: dict[str, Type]) -> GlobalVar | None:
    c = Cursor(line, named_types)
    name = unquote(c.next()[1:])
    c.expect("=")
    external = False
    linkage: set[str] = set()
    while c.peek() in LINKAGE or c.peek() in ("addrspace",):
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


_NAMED_TYPE_RE = re.compile(r'^(%"[^"]*"|%[-\w$.]+) = type (.*)$')


def _layout_known(ty: Type) -> None:
    """Raises Unsupported when ``ty`` still holds a named type that is not defined yet (an ``OpaqueType``)."""
    if isinstance(ty, OpaqueType):
        raise Unsupported(f"memory layout of type {ty}")
    if isinstance(ty, StructType):
        for f in ty.fields:
            _layout_known(f)
    elif isinstance(ty, (ArrayType, VectorType)):
        _layout_known(ty.element)


def parse_module(text: str) -> Module:
    """Parse LLVM's printed IR into a ``Module``. Function bodies that use unsupported features are still parsed
    lazily: a function whose body fails is recorded with an ``Unsupported`` marker by the verifier, not here.

    Raises:
        Unsupported: a module-level construct the parser cannot read.
    """
    module = Module()
    lines = text.splitlines()
    # Named struct types first: instructions refer to them. A quoted name may hold any character but '"' (C++
    # names: %"struct.ns::T"); a type may refer to one defined later, so unresolved ones are retried until no
    # round resolves more.
    definitions = [m.groups() for m in map(_NAMED_TYPE_RE.match, lines) if m]
    pending = [(name, body.strip()) for name, body in definitions]
    for name, _body in pending:
        module.named_types[name] = OpaqueType(name)
    while pending:
        unresolved = []
        for name, body in pending:
            if body == "opaque":
                continue
            try:
                ty = Cursor(body, module.named_types).parse_type()
                _layout_known(ty)
            except Unsupported:
                unresolved.append((name, body))
                continue
            module.named_types[name] = StructType(ty.fields, ty.packed, name) if isinstance(ty, StructType) else ty
        if len(unresolved) == len(pending):
            break
        pending = unresolved
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
                module.declaration_value_attrs[fn.name] = (fn.ret_attrs, tuple(p.attrs for p in fn.params))
                if re.match(r"declare\s+extern_weak\b", line):
                    module.weak_declarations.add(fn.name)
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
    return unquote(m.group(1)) if m else "?"


class _LazyFunction:
    """A function's raw text; ``build()`` parses it (raising Unsupported per function, not per module)."""

    def __init__(self, header: str, body: list[str], named_types: dict[str, Type]) -> None:
        self.header = header
        self.body = body
        self.named_types = named_types
        self._signature: Function | None = None

    def signature_only(self) -> Function:
        """The header alone (parameters, attributes; no blocks), parsed once: what callers need of a callee."""
        if self._signature is None:
            self._signature = _parse_header(self.header, self.named_types)
        return self._signature

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
                    current = Block(unquote(m.group(1)))
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
