"""The built-in SMT translation validator: LLVM IR subset parser, z3 encoder and Alive2-style refinement check.

Modules: ``ir`` (data model), ``parser`` (printed IR -> ``ir``), ``values``/``memory`` (symbolic values and bytes),
``semantics`` (scalar instructions and intrinsics), ``calls`` (shared inputs, calls), ``memintrinsics`` (memcpy/memset
and lifetime markers), ``attributes`` (range/nofpclass/nonnull/align on values, call-site and declaration
attributes, is.fpclass classes), ``callees``
(attributes of defined callees that a caller's proof may rest on, discharged per module), ``libcalls``
(C library functions), ``initializers`` (constant globals' bytes), ``access``
(loads, stores, bounds: the memory half of the encoder), ``encoder`` (one function -> formulas), ``refinement``
(the queries and counterexamples), ``verifier`` (``SmtVerifier``).

Soundness first: anything not modelled answers INCONCLUSIVE naming the feature; EQUIVALENT is only ever a proof.
``UNSUPPORTED`` lists what is not modelled.
"""

from llmopt.verify.smt.verifier import SmtVerifier

UNSUPPORTED = (
    "scalable vectors; masked, gather/scatter and other vector intrinsics not in vectors.py",
    "x86_fp80 / ppc_fp128 arithmetic; fast-math flags other than nnan/ninf in the target",
    "FP intrinsics other than fabs, copysign, fma, fmuladd, sqrt, floor/ceil/trunc/rint/nearbyint/round/roundeven, "
    "fptosi.sat/fptoui.sat, lround/llround/lrint/llrint, minnum/maxnum/minimum/maximum (ldexp, frexp, powi, "
    "canonicalize...); constrained FP other than fpexcept.ignore in a static rounding mode (constrained.py)",
    "target-specific extra NaN payloads (NaN results: the preferred NaN or an input's, quieted or unchanged, any sign)",
    "invoke, landingpad, resume, callbr, indirectbr, va_arg, va_start; unwinding is one way a call may not return",
    "nested aggregate parameters (a struct or array of scalars and pointers is modelled field by field)",
    "merging, deleting or moving calls to memory(read) functions (a refutation that depends on it is inconclusive)",
    "C library functions other than fabs/copysign/ffs/abs (a refutation where they are called differently is "
    "inconclusive)",
    "calls through a pointer matched with direct calls to the same function (devirtualization: inconclusive), "
    "a function's bytes as data, extern_weak function addresses, inline asm, operand bundles other than "
    "llvm.assume's align/nonnull/dereferenceable/noundef/ignore/cold (a possibly-poison bundle operand)",
    "atomic and volatile loads/stores, fences, cmpxchg, atomicrmw",
    "allocas outside the entry block or with a variable size; stacksave/stackrestore",
    "memcpy/memset/memmove with a variable length or longer than 256 bytes, or volatile; invariant.start added",
    "a local variable's address stored outside the function, returned, or converted with ptrtoint; passed to a "
    "call it is modelled (escapes.py) except: to a memory(none) callee, holding a local's address, of another size, "
    "and after it a later call not given it, a pointer loaded from bytes of unknown provenance or returned by a call",
    "ordered comparison of pointers into different objects, and their equality where one may be outside its object "
    "(one past the end may be another object's address)",
    "loops that may run more than the unroll bound (4, deepened to 16 and 64 while time allows): no loop invariants",
    "a caller's attribute resting on a defined callee's that is not proved, or on a cycle of such reliances "
    "(recursion)",
    "reading an uninitialized local variable in the source (undef)",
    "memcpy-vs-integer-load differences that need poison bytes in the caller's memory",
    "!range/!align/!noalias metadata (and !nonnull/!noundef other than on loads) and parameter/function attributes "
    "the target adds "
    "(other than noundef, nonnull, align, dereferenceable, range, nofpclass on returns); return or parameter "
    "attributes the target adds to a declaration; call-site attributes not on every source call to that callee",
    "noalias parameters and noalias call results, malloc's included (a refutation through aliasing is reported "
    "inconclusive)",
    "denormal-fp-math modes other than ieee (an operation may flush denormals: the function is inconclusive)",
    "free/realloc; malloc/calloc results are not fresh objects",
    "undef bytes in the caller's memory (memory starts defined or poison); loads of i1/i20 from bytes not stored "
    "as that type",
    "intrinsics not listed in llmopt.verify.smt.semantics.INTRINSICS nor handled in calls._intrinsic",
    "a target that returns, stores or passes to a call a value that may be undef (undef vs the source's undef)",
    "extern_weak globals; writes into a constant global; a global the target retypes, re-initializes or makes "
    "writable; constant initializers with function addresses, undef or constant expressions",
    "a struct store with padding in the target (its undef padding may reach the caller)",
    "data layouts other than little-endian with 64-bit pointers; null_pointer_is_valid",
    "inttoptr, and a returned or passed pointer whose provenance may differ from the source's",
)

__all__ = ["UNSUPPORTED", "SmtVerifier"]
