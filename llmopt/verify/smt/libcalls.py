"""C library functions with known semantics: a few modelled exactly, the others guarded against false refutations.

LLVM's optimizer knows the C library (TargetLibraryInfo): instcombine rewrites ``fabsf(x)`` to ``llvm.fabs``,
``ffs(x)`` to a ``cttz``, ``strlen("abc")`` to 3, ``printf("x\\n")`` to ``puts("x")``... A call to an unknown
function is an event the target must repeat exactly, so each such rewrite would be refuted although it is correct.

* Modelled exactly (``LIBRARY_MODELS``), on both sides, when the function is only declared in the module and the
  call has the C signature: ``fabs``/``fabsf`` (the sign bit cleared, as ``llvm.fabs``), ``copysign``/``copysignf``,
  ``ffs``/``ffsl``/``ffsll`` (0 for 0, else one more than the count of trailing zeros), ``abs``/``labs``/``llabs``
  (``abs`` of the most negative value is UB in C), ``floor``/``ceil``/``trunc``/``round``/``roundeven``/``rint``/
  ``nearbyint`` and their ``f`` forms (the LLVM intrinsics' rounding). None of them touches memory or ``errno``.
* Every other function of ``LIBRARY_FUNCTIONS`` stays an event, but a refutation of a pair whose source and target
  call such functions differently (another function, or another number of call sites) is INCONCLUSIVE: the
  rewrite may be one of LLVM's library simplifications, whose C semantics are not modelled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import z3

from llmopt.verify.smt.ir import FloatType, Function, Instruction, IntType, Module, Type
from llmopt.verify.smt.parser import resolve_attrs
from llmopt.verify.smt.semantics import INTRINSICS, fp_round_integral
from llmopt.verify.smt.values import Bits, Value

if TYPE_CHECKING:
    from llmopt.verify.smt.encoder import FunctionEncoder


def _ffs(enc: FunctionEncoder, args: list[Value]) -> Value:
    (a,) = args
    assert isinstance(a, Bits)
    x = a.bv
    n = x.size()
    r = z3.BitVecVal(0, 32)
    for i in range(n - 1, -1, -1):
        r = z3.If(z3.Extract(i, i, x) == 1, z3.BitVecVal(i + 1, 32), r)
    return Bits(r, a.poison)


def _abs(enc: FunctionEncoder, args: list[Value]) -> Value:
    (a,) = args
    assert isinstance(a, Bits)
    x = a.bv
    n = x.size()
    enc.add_ub(z3.And(z3.Not(a.poison), x == z3.BitVecVal(1 << (n - 1), n)))  # C: the result is not representable
    return Bits(z3.If(x < 0, -x, x), a.poison)


F32, F64 = FloatType("float"), FloatType("double")
I32, I64 = IntType(32), IntType(64)


def _rounding(key: str, ty: FloatType) -> Callable[[FunctionEncoder, list[Value]], Value]:
    """C's floor, ceil, trunc, round, roundeven, rint, nearbyint: the LLVM intrinsic's semantics (the default FP
    environment, as LLVM assumes outside strictfp; none of them sets errno)."""

    def run(enc: FunctionEncoder, args: list[Value]) -> Value:
        (a,) = args
        assert isinstance(a, Bits)
        return fp_round_integral(enc, key, a, ty)

    return run


_ROUNDING_MODELS = {
    name + suffix: (ty, (ty,), _rounding(name, ty))
    for name in ("floor", "ceil", "trunc", "round", "roundeven", "rint", "nearbyint")
    for suffix, ty in (("", F64), ("f", F32))
}
# name -> (result type, parameter types, semantics)
LIBRARY_MODELS: dict[str, tuple[Type, tuple[Type, ...], Callable[[FunctionEncoder, list[Value]], Value]]] = {
    # C's fabs and copysign are the bit operations of llvm.fabs and llvm.copysign: the intrinsics' own semantics.
    "fabs": (F64, (F64,), INTRINSICS["fabs"]),
    "fabsf": (F32, (F32,), INTRINSICS["fabs"]),
    "copysign": (F64, (F64, F64), INTRINSICS["copysign"]),
    "copysignf": (F32, (F32, F32), INTRINSICS["copysign"]),
    "ffs": (I32, (I32,), _ffs),
    "ffsl": (I32, (I64,), _ffs),
    "ffsll": (I32, (I64,), _ffs),
    "abs": (I32, (I32,), _abs),
    "labs": (I64, (I64,), _abs),
    "llabs": (I64, (I64,), _abs),
    **_ROUNDING_MODELS,
}

_MATH = (
    "sqrt cbrt pow exp exp2 exp10 expm1 log log2 log10 log1p sin cos tan asin acos atan atan2 sinh cosh tanh "
    "floor ceil trunc round rint nearbyint lround llround fmin fmax fmod fdim hypot ldexp frexp modf"
).split()
LIBRARY_FUNCTIONS = frozenset(
    {
        *LIBRARY_MODELS,
        *_MATH,
        *(f + "f" for f in _MATH),
        *(f + "l" for f in _MATH),
        *(
            "strlen strnlen strchr strrchr strcmp strncmp strcpy stpcpy strncpy stpncpy strcat strncat strstr "
            "strpbrk strspn strcspn strdup strndup strtol strtoll strtoul strtoull strtod strtof atoi atol atoll "
            "memcmp bcmp memchr memrchr memcpy mempcpy memmove memset memccpy bzero "
            "printf fprintf sprintf snprintf vprintf vfprintf vsprintf vsnprintf puts fputs fputc putc putchar "
            "fwrite fputs_unlocked fwrite_unlocked fputc_unlocked putchar_unlocked "
            "malloc calloc realloc free aligned_alloc "
            "isdigit isascii toascii exit abort"
        ).split(),
    }
)


_STRING_READ = frozenset(
    "strlen strnlen strchr strrchr strcmp strncmp strstr strpbrk strspn strcspn memcmp bcmp memchr memrchr".split()
)
_STRING_WRITE = frozenset("strcpy stpcpy strncpy stpncpy strcat strncat memcpy mempcpy memmove memset bzero".split())
_PURE_MATH = frozenset({*_MATH, *(f + "f" for f in _MATH), *(f + "l" for f in _MATH)})
# Pointer arguments that the function keeps no copy of (nor returns): LLVM marks them nocapture.
LIBRARY_NOCAPTURE = frozenset(
    (
        "strlen strnlen strcmp strncmp memcmp bcmp strspn strcspn printf fprintf sprintf snprintf vprintf vfprintf "
        "vsprintf vsnprintf puts fputs fputc putc putchar fwrite atoi atol atoll"
    ).split()
)


_ALLOCATORS = frozenset("malloc calloc realloc aligned_alloc strdup strndup".split())


# Functions that only read through every pointer they take (C: const char *), and per-parameter facts of the
# printf family's buffers (C99 restrict, written only).
_READ_ONLY_POINTERS = frozenset(
    "strlen strnlen strcmp strncmp memcmp bcmp strspn strcspn printf vprintf puts atoi atol atoll".split()
)
_POSITIONAL = {
    "snprintf": {0: {"noalias", "writeonly"}, 2: {"readonly"}},
    "vsnprintf": {0: {"noalias", "writeonly"}, 2: {"readonly"}},
    "sprintf": {0: {"noalias", "writeonly"}, 1: {"readonly"}},
    "vsprintf": {0: {"noalias", "writeonly"}, 1: {"readonly"}},
    "fprintf": {1: {"readonly"}},
    "vfprintf": {1: {"readonly"}},
    "fputs": {0: {"readonly"}},
}


def known_library_value_attrs(name: str, index: int | None = None) -> frozenset[str]:
    """Return (``index`` None) or parameter ``index`` attributes true of a C library function's declaration as
    LLVM infers them: ``noundef`` (C passes and returns no indeterminate values), ``noalias`` on an allocator's
    result, ``nocapture`` where the function keeps no copy of a pointer (``LIBRARY_NOCAPTURE``), ``readonly`` for
    pointers it only reads, the printf family's buffers. A target may declare these."""
    if name not in LIBRARY_FUNCTIONS:
        return frozenset()
    if index is None:
        return frozenset({"noundef", *(("noalias",) if name in _ALLOCATORS else ())})
    attrs = {"noundef", *_POSITIONAL.get(name, {}).get(index, ())}
    if name in LIBRARY_NOCAPTURE:
        attrs |= {"nocapture", "captures(none)"}
    if name in _READ_ONLY_POINTERS:
        attrs.add("readonly")
    return frozenset(attrs)


def known_library_attrs(name: str) -> frozenset[str]:
    """Function attributes true of a C library function by the C standard, as LLVM infers them for its declaration
    (``inferNonMandatoryLibFuncAttrs``): a target may declare them, and they count as the callee's own promises.
    C functions do not unwind; only ``free``/``realloc`` free; string, memory and math functions return (UB
    otherwise) and touch only their arguments' memory (math functions: ``errno``)."""
    if name not in LIBRARY_FUNCTIONS or name in ("exit", "abort"):
        return frozenset()
    attrs = {"nounwind"}
    if name not in ("free", "realloc"):
        attrs.add("nofree")
    if name in _STRING_READ or name in _STRING_WRITE or name in _PURE_MATH or name in LIBRARY_MODELS:
        attrs |= {"willreturn", "mustprogress", "nosync"}
    if name in _STRING_READ:
        attrs |= {"memory(argmem: read)", "memory(read)"}
    elif name in _STRING_WRITE:
        attrs |= {"memory(argmem: readwrite)"}
    elif name in _PURE_MATH:
        attrs |= {"memory(write)", "memory(errnomem: write)"}
    return frozenset(attrs)


def builtins_disabled(name: str, attrs: Iterable[str]) -> bool:
    """``-fno-builtin``: the caller's ``"no-builtins"``/``"no-builtin-NAME"`` or the call's ``nobuiltin``; the
    function is then whatever another module defines, not the C library's."""
    keys = {a.split("=")[0].strip('"') for a in attrs}
    return bool(keys & {"nobuiltin", "no-builtins", f"no-builtin-{name}"})


def builtin_enabled(name: str, src_mod: Module, tgt_mod: Module, attrs: Iterable[str] = ()) -> bool:
    """Is ``name`` the C library's function here: builtins not disabled by ``attrs`` (the caller's, the call's) nor
    by ``nobuiltin`` on either side's declaration (LangRef: valid on declarations)?"""
    declared = [a for m in (src_mod, tgt_mod) for a in resolve_attrs(m.declarations.get(name, (None, (), ()))[2], m)]
    return not builtins_disabled(name, [*attrs, *declared])


def library_model(
    inst: Instruction, src_mod: Module, module: Module, attrs: Iterable[str] = ()
) -> Callable[[FunctionEncoder, list[Value]], Value] | None:
    """The exact model of this call, when it calls a declared (not defined) C function of ``LIBRARY_MODELS`` with
    its C signature and builtins are not disabled (``attrs``: the caller's and the call's attributes)."""
    callee = inst.callee or ""
    entry = LIBRARY_MODELS.get(callee)
    if entry is None or callee in module.functions or callee in src_mod.functions:
        return None
    if not builtin_enabled(callee, src_mod, module, attrs):
        return None
    ret, params, fn = entry
    if inst.type != ret or tuple(op.type for op in inst.operands) != params:
        return None
    return fn


def library_calls_differ(src: Function, tgt: Function) -> str | None:
    """A C library function that source and target call from a different number of call sites (None: none); the
    exactly modelled ones do not count."""

    def sites(fn: Function) -> Counter[str]:
        return Counter(i.callee for b in fn.blocks for i in b.instructions if i.opcode == "call" and i.callee)

    s, t = sites(src), sites(tgt)
    differ = sorted(n for n in set(s) | set(t) if s[n] != t[n])
    if not differ:
        return None
    lib = [n for n in differ if n in LIBRARY_FUNCTIONS and n not in LIBRARY_MODELS]
    return lib[0] if lib else None


__all__ = [
    "LIBRARY_FUNCTIONS",
    "LIBRARY_MODELS",
    "LIBRARY_NOCAPTURE",
    "builtin_enabled",
    "builtins_disabled",
    "known_library_attrs",
    "library_calls_differ",
    "library_model",
]
