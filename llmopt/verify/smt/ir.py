"""The subset of LLVM IR the SMT validator understands: types, operands, instructions, functions, modules.

Plain immutable data produced by ``llmopt.verify.smt.parser`` from LLVM's own printed IR. Sizes and alignments follow
the module's data layout over LLVM's defaults (``DataLayout``, set around each check by ``data_layout``; pointers are
64 bits). Anything outside this model is
reported by raising ``Unsupported`` with the feature's name, which the verifier turns into an INCONCLUSIVE result.

Vectors are fixed-length lanes (``vectors``); lanes that are not whole bytes have no memory layout here.

Not covered: scalable vectors, address spaces other than 0, exception handling (invoke/landingpad), atomics,
inline assembly, GC statepoints, token types.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from dataclasses import dataclass, field


class Unsupported(Exception):
    """An IR feature the validator does not model; ``feature`` names it for the INCONCLUSIVE reason."""

    def __init__(self, feature: str) -> None:
        super().__init__(feature)
        self.feature = feature


class EncodingTimeout(Exception):
    """The time limit passed while encoding (before the solver could even start)."""


# --------------------------------------------------------------------------------------------------------------------
# Types


@dataclass(frozen=True)
class IntType:
    bits: int

    def __str__(self) -> str:
        return f"i{self.bits}"


@dataclass(frozen=True)
class PtrType:
    def __str__(self) -> str:
        return "ptr"


FLOAT_FORMATS = {
    "half": (5, 11),
    "bfloat": (8, 8),
    "float": (8, 24),
    "double": (11, 53),
    "fp128": (15, 113),
    "x86_fp80": (15, 64),
}


@dataclass(frozen=True)
class FloatType:
    kind: str  # half, bfloat, float, double, fp128, x86_fp80

    def __str__(self) -> str:
        return self.kind


@dataclass(frozen=True)
class VoidType:
    def __str__(self) -> str:
        return "void"


@dataclass(frozen=True)
class LabelType:
    def __str__(self) -> str:
        return "label"


@dataclass(frozen=True)
class ArrayType:
    count: int
    element: Type

    def __str__(self) -> str:
        return f"[{self.count} x {self.element}]"


@dataclass(frozen=True)
class StructType:
    fields: tuple[Type, ...]
    packed: bool = False
    name: str = ""

    def __str__(self) -> str:
        if self.name:
            return self.name
        inner = ", ".join(map(str, self.fields))
        return f"<{{ {inner} }}>" if self.packed else f"{{ {inner} }}"


@dataclass(frozen=True)
class VectorType:
    count: int
    element: Type
    scalable: bool = False

    def __str__(self) -> str:
        return f"<{'vscale x ' if self.scalable else ''}{self.count} x {self.element}>"


@dataclass(frozen=True)
class OpaqueType:
    name: str

    def __str__(self) -> str:
        return self.name


Type = IntType | PtrType | FloatType | VoidType | LabelType | ArrayType | StructType | VectorType | OpaqueType

I1 = IntType(1)
I8 = IntType(8)
I64 = IntType(64)
PTR = PtrType()
# The callee name of a call through a function pointer: every check keyed by callee (call-site attributes, lock-step
# matching, memory effects) treats such calls as calls to one unknown external function, the pointer being one more
# argument. Not an identifier clang emits; a module naming a function so is refused (``calls.encode_call``).
INDIRECT_CALLEE = "(indirect call)"
VOID = VoidType()


@dataclass(frozen=True)
class DataLayout:
    """The ABI alignments (bytes) a module's ``target datalayout`` gives, over LLVM's defaults (LangRef "Data
    Layout": ``i64:32:64``, so an ``i64`` field of a struct is 4-aligned in a module without a layout). Pointers are
    64-bit and little-endian (``support.check_data_layout`` refuses the rest)."""

    ints: tuple[tuple[int, int], ...] = ((1, 1), (8, 1), (16, 2), (32, 4), (64, 4))
    floats: tuple[tuple[int, int], ...] = ((16, 2), (32, 4), (64, 8), (128, 16))
    vectors: tuple[tuple[int, int], ...] = ((64, 8), (128, 16))
    aggregate: int = 1
    pointer: int = 8

    @classmethod
    def parse(cls, text: str) -> DataLayout:
        specs: dict[str, dict[int, int]] = {"i": dict(cls.ints), "f": dict(cls.floats), "v": dict(cls.vectors)}
        aggregate, pointer = cls.aggregate, cls.pointer
        for spec in text.split("-"):
            m = re.fullmatch(r"p0?:64:(\d+)(?::\d+)*", spec)
            if m:
                pointer = max(int(m.group(1)) // 8, 1)
            m = re.fullmatch(r"([ifv])(\d+):(\d+)(?::\d+)?", spec)
            if m:
                specs[m.group(1)][int(m.group(2))] = max(int(m.group(3)) // 8, 1)
            m = re.fullmatch(r"a:(\d+)(?::\d+)?", spec)
            if m:
                aggregate = max(int(m.group(1)) // 8, 1)
        items = {k: tuple(sorted(v.items())) for k, v in specs.items()}
        return cls(items["i"], items["f"], items["v"], aggregate, pointer)

    def int_align(self, bits: int) -> int:
        # LangRef: no exact entry -> the smallest larger integer entry, else the largest one.
        for width, align in self.ints:
            if width >= bits:
                return align
        return self.ints[-1][1]


_DEFAULT_LAYOUT = DataLayout()
_LAYOUT: contextvars.ContextVar[DataLayout] = contextvars.ContextVar("smt_data_layout")


@contextlib.contextmanager
def data_layout(text: str) -> Iterator[DataLayout]:
    """Sizes and alignments computed inside follow this module's data layout (both sides share one: a target that
    changes it is inconclusive)."""
    token = _LAYOUT.set(DataLayout.parse(text))
    try:
        yield _LAYOUT.get(_DEFAULT_LAYOUT)
    finally:
        _LAYOUT.reset(token)


def align_of(ty: Type) -> int:
    """ABI alignment in bytes under the current data layout (``data_layout``; LLVM's defaults outside one)."""
    layout = _LAYOUT.get(_DEFAULT_LAYOUT)
    if isinstance(ty, IntType):
        return layout.int_align(ty.bits)
    if isinstance(ty, PtrType):
        return layout.pointer
    if isinstance(ty, FloatType):
        bits = {"half": 16, "bfloat": 16, "float": 32, "double": 64, "fp128": 128, "x86_fp80": 80}[ty.kind]
        listed = dict(layout.floats).get(bits)
        return listed if listed is not None else 1 << max((bits + 7) // 8 - 1, 0).bit_length()
    if isinstance(ty, ArrayType):
        return align_of(ty.element)
    if isinstance(ty, StructType):
        return 1 if ty.packed else max(layout.aggregate, max((align_of(f) for f in ty.fields), default=1))
    if isinstance(ty, VectorType):
        # Listed by total size, else LLVM's default: the size rounded up to a power of two.
        size = store_size(ty)
        listed = dict(layout.vectors).get(size * 8)
        return listed if listed is not None else 1 << max(size - 1, 0).bit_length()
    raise Unsupported(f"memory layout of type {ty}")


def flat_elements(ty: VectorType | StructType | ArrayType) -> list[Type]:
    """The lanes of a vector, the fields of a struct, the elements of an array: an aggregate parameter is modelled
    one level deep (an aggregate inside one is unsupported, as is any type the caller of each element refuses)."""
    if isinstance(ty, StructType):
        return list(ty.fields)
    return [ty.element] * ty.count


def abi_align(ty: Type) -> int:
    """``align_of``, or 1 for a type without a known layout (an opaque struct)."""
    try:
        return align_of(ty)
    except Unsupported:
        return 1


def store_size(ty: Type) -> int:
    """Bytes a load or store of ``ty`` touches."""
    if isinstance(ty, IntType):
        return (ty.bits + 7) // 8
    if isinstance(ty, FloatType) and ty.kind == "x86_fp80":
        return 10
    if isinstance(ty, VectorType):
        return ty.count * vector_lane_bytes(ty)
    return alloc_size(ty)


def vector_lane_bytes(ty: VectorType) -> int:
    """Bytes per lane of a vector in memory: lanes are packed, so only whole-byte lanes are modelled."""
    if ty.scalable:
        raise Unsupported("scalable vectors")
    elem = ty.element
    if isinstance(elem, PtrType):
        return 8
    if isinstance(elem, IntType) and elem.bits % 8 == 0:
        return elem.bits // 8
    if isinstance(elem, FloatType) and elem.kind != "x86_fp80":
        return {"half": 2, "bfloat": 2, "float": 4, "double": 8, "fp128": 16}[elem.kind]
    raise Unsupported(f"vector {ty} in memory (lanes not whole bytes)")


def alloc_size(ty: Type) -> int:
    """Bytes between consecutive elements of ``ty`` in an array (store size rounded up to the alignment)."""
    if isinstance(ty, (IntType, FloatType, PtrType)):
        # The store size rounded up to the ABI alignment (x86_fp80: 10 bytes, 12 or 16 by the layout).
        raw = (
            (ty.bits + 7) // 8
            if isinstance(ty, IntType)
            else 8
            if isinstance(ty, PtrType)
            else {"half": 2, "bfloat": 2, "float": 4, "double": 8, "fp128": 16, "x86_fp80": 10}[ty.kind]
        )
        a = align_of(ty)
        return (raw + a - 1) // a * a
    if isinstance(ty, ArrayType):
        return ty.count * alloc_size(ty.element)
    if isinstance(ty, StructType):
        _, size = struct_layout(ty)
        return size
    if isinstance(ty, VectorType):
        a = align_of(ty)
        return (store_size(ty) + a - 1) // a * a
    raise Unsupported(f"memory layout of type {ty}")


def struct_layout(ty: StructType) -> tuple[list[int], int]:
    """Field offsets and total allocation size of a struct."""
    offset = 0
    offsets = []
    for f in ty.fields:
        a = 1 if ty.packed else align_of(f)
        offset = (offset + a - 1) // a * a
        offsets.append(offset)
        offset += alloc_size(f)
    a = align_of(ty)
    return offsets, (offset + a - 1) // a * a


# --------------------------------------------------------------------------------------------------------------------
# Operands


@dataclass(frozen=True)
class Local:
    name: str  # without the %


@dataclass(frozen=True)
class Global:
    name: str  # without the @


@dataclass(frozen=True)
class IntConst:
    value: int  # as printed (may be negative); the encoder wraps it to the type's width


@dataclass(frozen=True)
class FloatConst:
    text: str  # decimal ("1.000000e+00") or hexadecimal ("0x3FF0000000000000", "0xK...")


@dataclass(frozen=True)
class NullConst:
    pass


@dataclass(frozen=True)
class UndefConst:
    pass


@dataclass(frozen=True)
class PoisonConst:
    pass


@dataclass(frozen=True)
class ZeroConst:
    pass  # zeroinitializer


@dataclass(frozen=True)
class AggregateConst:
    elements: tuple[TypedOperand, ...]


@dataclass(frozen=True)
class StringConst:
    data: bytes  # c"..."


@dataclass(frozen=True)
class ConstExpr:
    """A constant expression, kept as a pseudo instruction evaluated in place."""

    inst: Instruction


Operand = (
    Local
    | Global
    | IntConst
    | FloatConst
    | NullConst
    | UndefConst
    | PoisonConst
    | ZeroConst
    | AggregateConst
    | StringConst
    | ConstExpr
)


@dataclass(frozen=True)
class TypedOperand:
    type: Type
    value: Operand
    attrs: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------------------------------
# Instructions


@dataclass(frozen=True)
class Instruction:
    """One instruction. ``opcode`` is LLVM's (``add``, ``icmp``, ``call``...); fields used depend on it.

    Attributes:
        result: the SSA name defined (None for store/br/ret...).
        type: the result type (for load/alloca: the loaded/allocated type; for casts: the destination type).
        operands: typed operands in printed order.
        flags: nsw/nuw/exact/disjoint/nneg/inbounds/fast-math flags/volatile...
        predicate: for icmp/fcmp.
        targets: block names for br/switch; for phi: the incoming block of each operand.
        cases: for switch: (value, label) pairs.
        callee: for call: the function name (global); ``INDIRECT_CALLEE`` for a call through a pointer.
        callee_operand: for an indirect call: the pointer called (its value is part of the call event).
        indices: for extractvalue/insertvalue.
        metadata: names of attached metadata kinds (``range``, ``tbaa``...).
        align: the ``align`` of load/store/alloca (0 if absent).
        source_type: the GEP source element type / cast source type.
        bundles: a call's operand bundles, (tag, operands) each (only ``llvm.assume``'s are parsed).
    """

    opcode: str
    result: str | None = None
    type: Type = VOID
    operands: tuple[TypedOperand, ...] = ()
    flags: frozenset[str] = frozenset()
    predicate: str = ""
    targets: tuple[str, ...] = ()
    cases: tuple[tuple[int, str], ...] = ()
    callee: str | None = None
    indices: tuple[int, ...] = ()
    metadata: tuple[str, ...] = ()
    align: int = 0
    source_type: Type | None = None
    call_attrs: tuple[str, ...] = ()
    ret_attrs: tuple[str, ...] = ()
    callee_operand: TypedOperand | None = None
    bundles: tuple[tuple[str, tuple[TypedOperand, ...]], ...] = ()
    line: str = ""


@dataclass
class Block:
    name: str
    instructions: list[Instruction] = field(default_factory=list)

    @property
    def terminator(self) -> Instruction:
        return self.instructions[-1]


@dataclass(frozen=True)
class Param:
    type: Type
    name: str
    attrs: tuple[str, ...] = ()


@dataclass
class Function:
    name: str
    return_type: Type
    params: list[Param]
    blocks: list[Block]
    ret_attrs: tuple[str, ...] = ()
    fn_attrs: tuple[str, ...] = ()
    varargs: bool = False

    @property
    def signature(self) -> str:
        params = ", ".join(str(p.type) for p in self.params) + (", ..." if self.varargs else "")
        return f"{self.return_type} ({params})"

    @property
    def instruction_count(self) -> int:
        return sum(len(b.instructions) for b in self.blocks)


# Linkages whose definition another module may replace at link time (LangRef "Linkage Types"; the ``_odr`` ones
# promise an equivalent replacement, so they are not here), and a global whose contents are set before the program
# starts by something outside it.
INTERPOSABLE = frozenset({"weak", "linkonce", "common", "extern_weak", "externally_initialized"})


@dataclass(frozen=True)
class GlobalVar:
    name: str
    type: Type
    constant: bool
    initializer: TypedOperand | None  # None for external declarations
    align: int = 0
    linkage: frozenset[str] = frozenset()  # the linkage, visibility and similar keywords before global/constant

    @property
    def exact(self) -> bool:
        """This is the definition the program runs with: its initializer and its size are the object's."""
        return self.initializer is not None and not (self.linkage & INTERPOSABLE)


@dataclass
class Module:
    functions: dict[str, Function] = field(default_factory=dict)
    declarations: dict[str, tuple[Type, tuple[Type, ...], tuple[str, ...]]] = field(default_factory=dict)
    # Per declared function: its return attributes and each parameter's (``declare range(i32 0, 4) i32 @g(ptr
    # nonnull)``), apart from ``declarations`` whose shape many readers share.
    declaration_value_attrs: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = field(
        default_factory=dict
    )
    globals: dict[str, GlobalVar] = field(default_factory=dict)
    # Functions declared ``extern_weak``: their address is null when the program links none in.
    weak_declarations: set[str] = field(default_factory=set)
    named_types: dict[str, Type] = field(default_factory=dict)
    attribute_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)  # "!5" -> its definition text
    datalayout: str = ""  # the ``target datalayout`` string ("" when the module has none: LLVM's default)
