"""``SmtVerifier``: the built-in translation validator (z3), function by function, never raising for bad input.

Pipeline per (source, target) pair: canonicalize both modules with LLVM's own parser (``opt -S --strip-debug
-passes=verify``; a failure is SYNTAX_ERROR with LLVM's message), parse the printed IR, then per function: compare
signatures and attributes, encode both bodies over shared inputs, and check refinement (see ``refinement``).

Verdicts: EQUIVALENT only when z3 proves refinement and no approximation (loop bound, unmodelled pointer escape...)
can matter; NOT_EQUIVALENT with a concrete counterexample; SYNTAX_ERROR for unparsable IR or a function the target
lacks; INCONCLUSIVE naming the unsupported feature, the approximation or the timeout. A signature change is
NOT_EQUIVALENT (callers would break) with both signatures as the counterexample.

Calls, also to functions defined in the module, are not inlined: a proof holds for any callee that both sides call
alike (the per-function verdicts compose), and a refutation that goes through a call to a defined function, or
that relies on aliasing a ``noalias`` parameter excludes, is reported INCONCLUSIVE instead. A caller's proof may
rest on the attributes the target gives a defined callee (``callees``: nofree, willreturn, memory(...), nocapture);
it is kept only when those callees are proved in the same run, on a chain of reliances that ends.

Limits: see ``llmopt.verify.smt.UNSUPPORTED`` for the IR features that give INCONCLUSIVE.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import re
import time
from collections.abc import Callable

import z3

from llmopt.toolchain import IRModule, Toolchain
from llmopt.verify.base import DEFAULT_TIMEOUT_S, Verifier
from llmopt.verify.result import Verdict, VerificationResult
from llmopt.verify.smt.attributes import (
    changed_external_global,
    check_call_site_attributes,
    check_callees_kept,
    check_declarations,
    is_value_attr,
    noalias_result_callee,
)
from llmopt.verify.smt.callees import discharge_reliances, may_capture_pointers
from llmopt.verify.smt.calls import call_memory_effect
from llmopt.verify.smt.encoder import DEFAULT_UNROLL, LOOP_BOUND_REASON, MAX_UNROLL, FunctionEncoder
from llmopt.verify.smt.identical import same_code
from llmopt.verify.smt.initializers import initializer_bytes
from llmopt.verify.smt.ir import (
    ArrayType,
    EncodingTimeout,
    FloatType,
    Function,
    GlobalVar,
    IntType,
    Module,
    PtrType,
    StructType,
    Type,
    TypedOperand,
    Unsupported,
    VectorType,
    abi_align,
    alloc_size,
    data_layout,
    flat_elements,
)
from llmopt.verify.smt.libcalls import (
    LIBRARY_FUNCTIONS,
    LIBRARY_NOCAPTURE,
    builtin_enabled,
    builtins_disabled,
    known_library_attrs,
    library_calls_differ,
)
from llmopt.verify.smt.memory import cell_data, cell_poison, cell_undef
from llmopt.verify.smt.parser import parse_module, resolve_attrs
from llmopt.verify.smt.refinement import RefinementOutcome, check_refinement
from llmopt.verify.smt.shared import SharedInputs
from llmopt.verify.smt.support import check_data_layout
from llmopt.verify.smt.undef import argument_flag_count, undef_params
from llmopt.verify.smt.values import ADDR_BITS, BLOCK_BITS, FALSE, Aggregate, Bits, Pointer, Value, bit_width

MAX_INSTRUCTIONS = 3000
DEEPEN_FACTOR = 4
# A try at a 4x deeper bound unrolls ~4x more blocks; z3's time grows faster than that, hence the margin.
DEEPEN_COST_FACTOR = 8
# Function attributes a target may add without changing what the function may do.
HARMLESS_FN_ATTRS = {
    "noinline",
    "optnone",
    "uwtable",
    "nounwind",
    "mustprogress",
    "minsize",
    "optsize",
    "hot",
    "cold",
    "local_unnamed_addr",
    "unnamed_addr",
    "dso_local",
}
# noundef/nonnull/align/dereferenceable are modelled per side (poison or UB), so a target may add them.
HARMLESS_PARAM_ATTRS = {"signext", "zeroext", "noundef", "nonnull"}
MODELLED_PARAM_ATTR_PREFIXES = ("align ", "dereferenceable(", "dereferenceable_or_null(")


@dataclasses.dataclass(frozen=True)
class _Pair:
    """The two functions under comparison, their modules and the deadline: what every check stage needs."""

    src_fn: Function
    tgt_fn: Function
    src_mod: Module
    tgt_mod: Module
    deadline: float


class SmtVerifier(Verifier):
    """Translation validation with z3: target refines source, per function (Alive2's semantics, a subset of IR).

    Args:
        toolchain: the LLVM install used to canonicalize inputs (discovered when None).
        unroll_bound: how many times loops are unrolled on the first try.
        max_unroll_bound: the deepest bound tried (4x at a time, time permitting) while the loop bound is the only
            reason for INCONCLUSIVE; beyond it the answer stays INCONCLUSIVE. Pass ``unroll_bound`` to never deepen.
        max_instructions: functions larger than this (source or target) are INCONCLUSIVE without trying.

    Example:
        >>> results = SmtVerifier().verify(src_module, tgt_module, timeout_s=5)  # doctest: +SKIP
        >>> results[0].verdict
        <Verdict.EQUIVALENT: 'equivalent'>
    """

    name = "smt"
    can_prove = True

    def __init__(
        self,
        toolchain: Toolchain | None = None,
        unroll_bound: int = DEFAULT_UNROLL,
        max_instructions: int = MAX_INSTRUCTIONS,
        max_unroll_bound: int = MAX_UNROLL,
        undef_memory: bool = True,
    ) -> None:
        """``undef_memory``: a proof must also hold where the caller's memory holds undef bytes (LangRef; each use
        of a loaded undef byte may differ). On by default: without it a target that uses a loaded value more often
        than the source (``shl %v, 1`` to ``add %v, %v``) may be called equivalent. Off only to measure its cost
        (``benchmarks/verify_real.py --no-undef-memory``, docs/verify.md)."""
        self._toolchain = toolchain
        self.undef_memory = undef_memory
        self.unroll_bound = unroll_bound
        self.max_unroll_bound = max(max_unroll_bound, unroll_bound)
        self.max_instructions = max_instructions
        # Canonical text per input hash: a batch often checks many targets against one source.
        self._canonical: dict[str, tuple[str | None, str | None]] = {}
        # Per function being checked: the defined callees whose target attributes its check relied on.
        self._relied: dict[str, set[str]] = {}
        # Per (source, target, function, limit): the answer, so a callee checked for one caller's proof (or a
        # batch asking function by function) is not checked again.
        self._verdicts: dict[tuple[str, str, str, float], tuple[Verdict, str, dict | None, set[str]]] = {}

    def verify(
        self, source: IRModule, target: IRModule, function: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> list[VerificationResult]:
        """Compare every function defined in ``source`` (or only ``function``) with its namesake in ``target``.

        Returns:
            One result per function, in source order. Never raises for bad IR, a missing function or a timeout.
        """
        start = time.monotonic()
        src_text, src_err = self._canonicalize(source, timeout_s)
        names = [function] if function else _defined_names(src_text or source.text)
        if src_err is not None:
            return [
                self._result(n or "<module>", Verdict.SYNTAX_ERROR, f"source: {src_err}", start)
                for n in (names or ["<module>"])
            ]
        tgt_text, tgt_err = self._canonicalize(target, timeout_s)
        if tgt_err is not None:
            return [self._result(n, Verdict.SYNTAX_ERROR, f"target: {tgt_err}", start) for n in names]
        try:
            src_mod, tgt_mod = parse_module(src_text or ""), parse_module(tgt_text or "")
        except Unsupported as e:
            return [self._result(n, Verdict.INCONCLUSIVE, f"unsupported: {e.feature}", start) for n in names]
        results: dict[str, VerificationResult] = {}
        relied: dict[str, set[str]] = {}
        pending = list(names)
        while pending:
            name = pending.pop(0)
            if name in results:
                continue
            t0 = time.monotonic()
            key = (source.hash, target.hash, name, timeout_s)
            if key not in self._verdicts:
                if len(self._verdicts) >= 256:
                    self._verdicts.pop(next(iter(self._verdicts)))
                self._verdicts[key] = self._verify_function(src_mod, tgt_mod, name, timeout_s)
            verdict, reason, cex, relied[name] = self._verdicts[key]
            results[name] = self._result(name, verdict, reason, t0, cex)
            # A proof that rests on a callee's attributes needs that callee's proof too (asked for one function,
            # its callees are checked as well, but not reported).
            pending.extend(g for g in sorted(relied[name]) if g not in results and g in src_mod.functions)
        proved = [n for n, r in results.items() if r.verdict is Verdict.EQUIVALENT]
        withdrawn = discharge_reliances(proved, relied)
        for name, callee in withdrawn.items():
            callee_result = results.get(callee)
            if callee_result is None:
                why = "not defined in the source"
            elif callee in withdrawn:
                why = "its own proof relies on others in a cycle or on an unproved function"
            else:
                why = callee_result.verdict.value
            results[name] = dataclasses.replace(
                results[name],
                verdict=Verdict.INCONCLUSIVE,
                reason=f"relies on attributes the target gives @{callee}, which is not proved ({why})",
            )
        return [results[n] for n in names]

    def _result(
        self, name: str, verdict: Verdict, reason: str, start: float, cex: dict | None = None
    ) -> VerificationResult:
        return VerificationResult(
            function=name,
            verdict=verdict,
            reason=reason,
            counterexample=cex,
            verifier=self.name,
            walltime_s=round(time.monotonic() - start, 4),
        )

    def _canonicalize(self, module: IRModule, timeout_s: float) -> tuple[str | None, str | None]:
        """(LLVM's printed form, None) or (None, LLVM's error message)."""
        if not module.text.strip():
            return None, "empty module"
        key = module.hash
        if key in self._canonical:
            return self._canonical[key]
        result = self._run_canonicalize(module, timeout_s)
        if len(self._canonical) >= 64:
            self._canonical.pop(next(iter(self._canonical)))
        self._canonical[key] = result
        return result

    def _run_canonicalize(self, module: IRModule, timeout_s: float) -> tuple[str | None, str | None]:
        run = self.toolchain.optimize_ir(module.text, "", extra_args=["--strip-debug"], timeout_s=max(timeout_s, 5.0))
        if run.timed_out:
            return None, f"opt timed out after {run.walltime_s:.0f} s while parsing"
        if not run.ok:
            msg = run.first_error_line()
            msg = re.sub(r"^\S*opt(-\d+)?: ", "", msg).replace("<stdin>:", "line ")
            return None, msg
        return run.stdout_text, None

    def _check(self, pair: _Pair, memory_poison: bool, bound: int) -> RefinementOutcome:
        """Refinement with defined inputs, then, for a proof, again with the arguments the caller may pass as undef
        (``undef.undef_argument``) and the undef bytes its memory may hold (``SharedInputs.undef_memory``).

        Why two checks: a refutation with defined inputs is genuine and cheap to find, and most pairs have no
        argument that may be undef (clang marks C arguments ``noundef``); only a proof must also hold for undef
        inputs, whose per-use instances cost the solver more."""
        outcome = self._check_inputs(pair, memory_poison, bound, [])
        maybe_undef = undef_params(pair.src_fn)
        undef_memory = self.undef_memory and _reads_memory(pair.src_fn, pair.tgt_fn)
        if outcome.verdict is not Verdict.EQUIVALENT or not (maybe_undef or undef_memory):
            return outcome
        if time.monotonic() > pair.deadline:
            raise EncodingTimeout()
        undef = self._check_inputs(pair, memory_poison, bound, maybe_undef, undef_memory)
        if undef.verdict is Verdict.EQUIVALENT:
            return dataclasses.replace(undef, relied=undef.relied | outcome.relied)
        # A refutation or doubt that only undef inputs bring says so (the values it shows are undef instances).
        inputs = [f"%{pair.src_fn.params[i].name}" for i in maybe_undef]
        what = [f"undef arguments ({', '.join(inputs)})"] if inputs else []
        what += ["undef bytes in the caller's memory"] if undef_memory else []
        return dataclasses.replace(undef, reason=f"with {' and '.join(what)}: {undef.reason}")

    def _check_inputs(
        self, pair: _Pair, memory_poison: bool, bound: int, undef_args: list[int], undef_memory: bool = False
    ) -> RefinementOutcome:
        """Encode both functions over fresh shared inputs and check refinement (fast path, then confirmation);
        the parameters in ``undef_args`` may be undef, and with ``undef_memory`` bytes of the caller's memory."""
        src_fn, tgt_fn, src_mod, tgt_mod, deadline = pair.src_fn, pair.tgt_fn, pair.src_mod, pair.tgt_mod, pair.deadline
        shared = _make_shared_inputs(src_fn, src_mod, memory_poison, undef_args, undef_memory)
        if undef_memory:
            shared.defined_constant = _defined_constant_predicate(src_mod, tgt_mod)
        encode = lambda fn, mod, tgt, prefix, one=False: FunctionEncoder(  # noqa: E731
            fn,
            mod,
            shared,
            is_target=tgt,
            unroll_bound=bound,
            choice_prefix=prefix,
            deadline=deadline,
            one_instance=one,
        ).encode()
        # The target first: the source's calls to memory(none) functions take the target's responses (PureCall).
        tgt_sum = encode(tgt_fn, tgt_mod, True, "choice")
        src_sum = encode(src_fn, src_mod, False, "choice")
        shared.assumptions.extend(_global_assumptions(shared, src_mod, tgt_mod))
        remaining_ms = int(max(deadline - time.monotonic(), 0.05) * 1000)
        outcome = check_refinement(src_fn, src_sum, tgt_sum, shared, remaining_ms, quantify_source=False)
        if outcome.verdict is Verdict.EQUIVALENT and shared.relied_callees:
            return dataclasses.replace(outcome, relied=frozenset(shared.relied_callees))
        if outcome.verdict is Verdict.NOT_EQUIVALENT and shared.opaque_constants:
            # The contents were left unknown: a proof holds for the real ones, a counterexample may not.
            return RefinementOutcome(
                Verdict.INCONCLUSIVE,
                f"counterexample may depend on the contents of constant global @{shared.opaque_constants[0]}, "
                f"whose initializer is not modelled: {outcome.reason}",
            )
        if outcome.verdict is Verdict.NOT_EQUIVALENT and src_sum.choices and (undef_args or undef_memory):
            # A second witness before the quantified query, which is rarely decided with undef instances: the
            # source's uses of an undef value all take one instance (its copies are paired with the target's by
            # number, which fails where the sides use a value a different number of times in a different order).
            if time.monotonic() > deadline:
                raise EncodingTimeout()
            one_sum = encode(src_fn, src_mod, False, "choice", True)
            remaining_ms = int(max(deadline - time.monotonic(), 0.05) * 1000)
            one = check_refinement(src_fn, one_sum, tgt_sum, shared, remaining_ms, quantify_source=False)
            if one.verdict is Verdict.EQUIVALENT:
                return dataclasses.replace(one, relied=frozenset(shared.relied_callees))
        if outcome.verdict is Verdict.NOT_EQUIVALENT and src_sum.choices:
            if time.monotonic() > deadline:
                raise EncodingTimeout()
            # The fast path paired the source's choices with the target's; confirm with the source's own.
            src_sum = encode(src_fn, src_mod, False, "src")
            remaining_ms = int(max(deadline - time.monotonic(), 0.05) * 1000)
            if undef_args or undef_memory:
                # Quantified undef instances are rarely decided once the fast path failed (``add %a, %a`` against
                # ``shl %a, 1`` already times out): a third of the time left, so the answer comes sooner.
                remaining_ms = max(remaining_ms // 3, 50)
            outcome = check_refinement(src_fn, src_sum, tgt_sum, shared, remaining_ms, quantify_source=True)
            if outcome.verdict is Verdict.INCONCLUSIVE:
                outcome = RefinementOutcome(
                    Verdict.INCONCLUSIVE,
                    "a counterexample depends on the source's "
                    f"nondeterministic choices (undef/freeze): {outcome.reason}",
                )
        return outcome

    def _refine(self, pair: _Pair, bound: int) -> RefinementOutcome:
        """Refinement at one loop bound; a refutation that needs poison bytes in the caller's memory is not one."""
        outcome = self._check(pair, memory_poison=True, bound=bound)
        reads = _reads_memory(pair.src_fn, pair.tgt_fn)
        if outcome.verdict is Verdict.NOT_EQUIVALENT and reads and time.monotonic() < pair.deadline:
            # Does the refutation need poison bytes in the caller's memory? LLVM itself treats e.g. memcpy ->
            # integer load/store as valid; such a difference is reported as inconclusive, not as wrong.
            strict = self._check(pair, memory_poison=False, bound=bound)
            if strict.verdict is Verdict.EQUIVALENT:
                outcome = type(outcome)(
                    Verdict.INCONCLUSIVE,
                    f"the only counterexamples need poison bytes in memory passed by the caller ({outcome.reason})",
                )
            elif strict.verdict is Verdict.NOT_EQUIVALENT:
                outcome = strict
            else:
                # Unknown whether a counterexample exists without them (e.g. padding the source fills with
                # undef, the target leaves as it was): not a refutation LLVM would agree with.
                outcome = type(outcome)(
                    Verdict.INCONCLUSIVE,
                    "a counterexample may need poison bytes in memory passed by the caller; without them: "
                    f"{strict.reason} ({outcome.reason})",
                )
        return outcome

    def _deepen(self, pair: _Pair) -> RefinementOutcome:
        """Refinement at the configured loop bound, then at 4x deeper bounds while only the bound stands in the way.

        Why: a loop with a constant trip count beyond the bound (``for (i = 0; i < 8; i++)``) is fully decided at a
        deeper bound, and most of the gate's loops are cheap to unroll further. A deeper try runs only when the last
        one, scaled by the growth of the unrolled graph, fits in the time left, so a loop whose trip count is
        symbolic (never decided at any bound) costs at most a few times the first try, not the whole timeout. A
        deeper try that is refused (graph too large), times out, or gives up for another reason leaves the earlier
        answer standing: the loop bound stays the reason. NOT_EQUIVALENT at any bound is genuine (the counterexample
        stays within it) and ends the search.
        """
        bound = self.unroll_bound
        t0 = time.monotonic()
        outcome = self._refine(pair, bound)
        elapsed = time.monotonic() - t0
        while (
            outcome.verdict is Verdict.INCONCLUSIVE
            and LOOP_BOUND_REASON in outcome.reason
            and bound * DEEPEN_FACTOR <= self.max_unroll_bound
            and elapsed * DEEPEN_COST_FACTOR < pair.deadline - time.monotonic()
        ):
            bound *= DEEPEN_FACTOR
            t0 = time.monotonic()
            try:
                deeper = self._refine(pair, bound)
            except (Unsupported, EncodingTimeout, z3.Z3Exception, RecursionError, ctypes.ArgumentError):
                break
            elapsed = time.monotonic() - t0
            if deeper.verdict is Verdict.INCONCLUSIVE and (
                LOOP_BOUND_REASON not in deeper.reason or time.monotonic() >= pair.deadline - 0.05
            ):
                break
            outcome = deeper
        return outcome

    def _verify_function(
        self, src_mod: Module, tgt_mod: Module, name: str, timeout_s: float
    ) -> tuple[Verdict, str, dict | None, set[str]]:
        """(verdict, reason, counterexample, the defined callees an EQUIVALENT verdict relied on: callees.py)."""
        with data_layout(src_mod.datalayout):
            verdict, reason, cex = self._verify_one(src_mod, tgt_mod, name, timeout_s)
        relied = self._relied.pop(name, set()) if verdict is Verdict.EQUIVALENT else set()
        self._relied.pop(name, None)
        return verdict, reason, cex, relied

    def _verify_one(
        self, src_mod: Module, tgt_mod: Module, name: str, timeout_s: float
    ) -> tuple[Verdict, str, dict | None]:
        deadline = time.monotonic() + timeout_s
        if name not in src_mod.functions:
            return Verdict.SYNTAX_ERROR, f"function @{name} is not defined in the source", None
        if name not in tgt_mod.functions:
            return Verdict.SYNTAX_ERROR, f"function @{name} is missing from the target", None
        if src_mod.datalayout != tgt_mod.datalayout:
            return Verdict.INCONCLUSIVE, "unsupported: the target changes the data layout", None
        changed = changed_external_global(src_mod, tgt_mod)
        if changed is not None:
            return Verdict.INCONCLUSIVE, f"unsupported: the target changes the external global @{changed}", None
        if same_code(src_mod, tgt_mod, name):
            return Verdict.EQUIVALENT, "target is identical to source", None
        try:
            check_data_layout(src_mod.datalayout)
            check_data_layout(tgt_mod.datalayout)
            src_fn = src_mod.functions[name].build()  # type: ignore[attr-defined]
            tgt_fn = tgt_mod.functions[name].build()  # type: ignore[attr-defined]
        except Unsupported as e:
            return Verdict.INCONCLUSIVE, f"unsupported: {e.feature}", None
        if src_fn.signature != tgt_fn.signature:
            return (
                Verdict.NOT_EQUIVALENT,
                f"signature differs: source {src_fn.signature}, target {tgt_fn.signature}",
                {"signature": {"source": src_fn.signature, "target": tgt_fn.signature}},
            )
        size = max(src_fn.instruction_count, tgt_fn.instruction_count)
        if size > self.max_instructions:
            return Verdict.INCONCLUSIVE, f"function too large: {size} instructions > {self.max_instructions}", None
        try:
            relied = _check_attributes(src_fn, tgt_fn, src_mod, tgt_mod)
            check_call_site_attributes(src_fn, tgt_fn, src_mod, tgt_mod)
            check_callees_kept(tgt_fn, src_mod, tgt_mod)
            outcome = self._deepen(_Pair(src_fn, tgt_fn, src_mod, tgt_mod, deadline))
            self._relied[name] = relied | outcome.relied
        except Unsupported as e:
            return Verdict.INCONCLUSIVE, f"unsupported: {e.feature}", None
        except z3.Z3Exception as e:
            return Verdict.INCONCLUSIVE, f"solver error: {e}", None
        except EncodingTimeout:
            return Verdict.INCONCLUSIVE, f"timeout after {timeout_s:g} s (while encoding)", None
        except (RecursionError, ctypes.ArgumentError):
            # z3's Python layer reports a RecursionError deep in an expression as ctypes.ArgumentError.
            return Verdict.INCONCLUSIVE, "function too deeply nested for the encoder", None
        except (AssertionError, KeyError, IndexError, ValueError, TypeError, AttributeError) as e:
            # A construct the parser/encoder mishandles: never a guess, never a traceback for the caller.
            return Verdict.INCONCLUSIVE, f"internal error in the SMT encoder ({type(e).__name__}: {e})", None
        defined_callees = sorted(_callees(src_fn, tgt_fn) & (set(src_mod.functions) | set(tgt_mod.functions)))
        if outcome.verdict is Verdict.NOT_EQUIVALENT and defined_callees:
            # Calls are uninterpreted, but this callee's body is known (e.g. recursion turned into a loop): a
            # counterexample may pick a response the real callee never gives.
            return (
                Verdict.INCONCLUSIVE,
                f"counterexample may depend on @{defined_callees[0]}, which is defined "
                f"in the module and not inlined: {outcome.reason}",
                None,
            )
        library = library_calls_differ(src_fn, tgt_fn) if outcome.verdict is Verdict.NOT_EQUIVALENT else None
        if library is not None:
            # E.g. strlen("abc") -> 3 or printf("x\n") -> puts("x"): a library simplification whose C semantics the
            # event model does not know (libcalls.py).
            return (
                Verdict.INCONCLUSIVE,
                f"counterexample may depend on the C semantics of @{library}, which source and target call "
                f"differently (library function not modelled): {outcome.reason}",
                None,
            )
        read_only = (
            _read_only_calls_differ(src_fn, tgt_fn, src_mod, tgt_mod)
            if outcome.verdict is Verdict.NOT_EQUIVALENT
            else None
        )
        if read_only is not None:
            # memory(read) calls are events compared one for one, in order; LLVM may merge two with no write in
            # between, delete an unused willreturn one, or move one across another read-only call.
            return (
                Verdict.INCONCLUSIVE,
                f"counterexample may depend on the order or number of calls to @{read_only}, which only reads "
                f"memory (merging or moving such calls is not modelled): {outcome.reason}",
                None,
            )
        excluded = _noalias_promise(src_fn, src_mod) if outcome.verdict is Verdict.NOT_EQUIVALENT else None
        if excluded is not None:
            # Pointer arguments and call results are modelled as possibly aliasing: a counterexample may break the
            # source's noalias (a parameter's, or a call result's such as malloc's).
            return (
                Verdict.INCONCLUSIVE,
                f"counterexample may rely on aliasing that {excluded} excludes (not modelled): {outcome.reason}",
                None,
            )
        if outcome.verdict is Verdict.INCONCLUSIVE and time.monotonic() >= deadline - 0.05:
            return Verdict.INCONCLUSIVE, f"timeout after {timeout_s:g} s ({outcome.reason})", None
        return outcome.verdict, outcome.reason, outcome.counterexample


def _read_only_calls_differ(src: Function, tgt: Function, src_mod: Module, tgt_mod: Module) -> str | None:
    """A callee declared memory(read) (by the source) when source and target make their external calls, as
    written, in another order or number; None otherwise."""

    def events(fn: Function, module: Module) -> list[tuple[str, str]]:
        return [
            (i.callee, call_memory_effect(src_mod, module, i))
            for b in fn.blocks
            for i in b.instructions
            if i.opcode == "call" and i.callee and not i.callee.startswith("llvm.")
        ]

    s, t = events(src, src_mod), events(tgt, tgt_mod)
    if [c for c, e in s if e != "none"] == [c for c, e in t if e != "none"]:
        return None
    return next((c for c, e in [*s, *t] if e == "read"), None)


def _callees(*fns: Function) -> set[str]:
    return {i.callee for f in fns for b in f.blocks for i in b.instructions if i.opcode == "call" and i.callee}


def _reads_memory(*fns: Function) -> bool:
    """Could the caller's poison bytes matter: a load or call sees them, and bytes a store leaves alone (the
    padding of an aggregate the other side stores) keep them."""
    return any(i.opcode in ("load", "call", "store") for f in fns for b in f.blocks for i in b.instructions)


def _defined_names(text: str) -> list[str]:
    from llmopt.toolchain import defined_function_names

    return [n[1:-1] if n.startswith('"') else n for n in defined_function_names(text)]


def _attr_names(attrs: tuple[str, ...], module: Module) -> set[str]:
    return {a for a in resolve_attrs(attrs, module) if not a.startswith('"')}


def _check_attributes(src: Function, tgt: Function, src_mod: Module, tgt_mod: Module) -> set[str]:
    """Attributes the target adds could add UB or poison that the encoder does not model: refuse to guess.

    Returns:
        The defined callees whose ``nocapture`` parameters a ``nocapture`` the target adds rests on (callees.py).
    """
    for fn, mod in ((src, src_mod), (tgt, tgt_mod)):
        if "null_pointer_is_valid" in _attr_names(fn.fn_attrs, mod):
            # Accessing address 0 is then defined, where the model makes it UB (null points to no object).
            raise Unsupported("null_pointer_is_valid")
    added = _attr_names(tgt.fn_attrs, tgt_mod) - _attr_names(src.fn_attrs, src_mod) - HARMLESS_FN_ATTRS
    # memory(...) / readnone / readonly / writeonly on the target are modelled as UB on a forbidden access.
    # nofree/nosync/norecurse/willreturn are checked at every call (UB unless the callee makes the same promise).
    added = {
        a
        for a in added
        if not a.startswith("memory(")
        and a not in ("readnone", "readonly", "writeonly", "nofree", "nosync", "norecurse", "willreturn", "noreturn")
    }
    if added:
        raise Unsupported(f"target adds function attribute {sorted(added)[0]}")
    # Value attributes (range, nofpclass, nonnull, align) are applied to the target's return: it may add them.
    added = {
        a for a in set(tgt.ret_attrs) - set(src.ret_attrs) - {"noundef", "signext", "zeroext"} if not is_value_attr(a)
    }
    if added:
        raise Unsupported(f"target adds return attribute {sorted(added)[0]}")
    # Calls to C library functions that keep no pointer count only where builtins are enabled.
    caller_attrs = resolve_attrs(src.fn_attrs, src_mod)
    nobuiltin = builtins_disabled("", caller_attrs)
    library = set() if nobuiltin else set(LIBRARY_NOCAPTURE) - set(src_mod.functions) - set(tgt_mod.functions)
    capture_relied: set[str] = set()
    may_capture = may_capture_pointers(tgt, tgt_mod, library, capture_relied)
    relied: set[str] = set()
    for sp, tp in zip(src.params, tgt.params, strict=False):
        extra = {
            a
            for a in set(tp.attrs) - set(sp.attrs) - HARMLESS_PARAM_ATTRS
            if not a.startswith(MODELLED_PARAM_ATTR_PREFIXES)
        }
        if "nocapture" in extra and not may_capture:
            extra.discard("nocapture")  # nothing in the target can capture a pointer: the promise holds
            relied |= capture_relied
        extra.discard("returned")  # checked as UB at every return (FunctionEncoder)
        extra -= {"readonly", "writeonly", "readnone"}  # checked as UB at every access (FunctionEncoder)
        if extra:
            raise Unsupported(f"target adds parameter attribute {sorted(extra)[0]} to %{tp.name}")
    declared = [n for n in tgt_mod.declarations if not n.startswith("llvm.")]  # in the module's order
    builtins = {n for n in declared if builtin_enabled(n, src_mod, tgt_mod, caller_attrs)}
    for name in declared:
        src_decl = src_mod.declarations.get(name)
        src_attrs = _attr_names(src_decl[2], src_mod) if src_decl else set()
        # A C library function's attributes that hold by the C standard (LLVM infers them): true promises.
        extra = _attr_names(tgt_mod.declarations[name][2], tgt_mod) - src_attrs - HARMLESS_FN_ATTRS
        if name in builtins:
            extra -= known_library_attrs(name)
        if extra:
            raise Unsupported(f"target declares @{name} with attribute {sorted(extra)[0]}")
    libfuncs = {n for n in builtins & LIBRARY_FUNCTIONS if n not in src_mod.functions}
    check_declarations(src_mod, tgt_mod, set(declared), libfuncs)
    return relied


def _make_shared_inputs(
    fn: Function,
    module: Module,
    memory_poison: bool = True,
    undef_args: list[int] | None = None,
    undef_memory: bool = False,
) -> SharedInputs:
    args: list[Value] = []
    consts: list[z3.ExprRef] = []
    root_ids: list[tuple[z3.BitVecRef, z3.BitVecRef]] = []
    for p in fn.params:
        poison = FALSE if "noundef" in p.attrs else z3.Bool(f"%{p.name}.poison")
        if isinstance(p.type, PtrType):
            addr = z3.BitVec(f"%{p.name}", ADDR_BITS)
            obj = z3.BitVec(f"%{p.name}.obj", ADDR_BITS)  # its provenance (see SharedInputs.root_ids)
            args.append(Pointer(z3.BitVecVal(0, BLOCK_BITS), addr, poison, obj))
            root_ids.append((obj, addr))
            consts.append(addr)
        elif isinstance(p.type, (IntType, FloatType)):
            bv = z3.BitVec(f"%{p.name}", bit_width(p.type))
            args.append(Bits(bv, poison))
            consts.append(bv)
        elif isinstance(p.type, VectorType) and p.type.scalable:
            raise Unsupported("scalable vectors")
        elif isinstance(p.type, (VectorType, StructType, ArrayType)):
            # One value and one poison flag per lane (or field, element of a flat aggregate): a vector argument may
            # be poison in some lanes only.
            lanes: list[Value] = []
            for i, element in enumerate(flat_elements(p.type)):
                lane_poison = FALSE if "noundef" in p.attrs else z3.Bool(f"%{p.name}.{i}.poison")
                if isinstance(element, PtrType):
                    addr = z3.BitVec(f"%{p.name}.{i}", ADDR_BITS)
                    lanes.append(Pointer(z3.BitVecVal(0, BLOCK_BITS), addr, lane_poison))
                    consts.append(addr)
                elif isinstance(element, (IntType, FloatType)):
                    bv = z3.BitVec(f"%{p.name}.{i}", bit_width(element))
                    lanes.append(Bits(bv, lane_poison))
                    consts.append(bv)
                else:
                    raise Unsupported(f"parameter of type {p.type}")
            args.append(Aggregate(tuple(lanes)))
        else:
            raise Unsupported(f"parameter of type {p.type}")
        if any(a.startswith(("byval", "sret", "inalloca", "preallocated", "byref")) for a in p.attrs):
            raise Unsupported(f"parameter attribute {p.attrs[0]}")
    shared = SharedInputs(args, consts, memory_poison=memory_poison, undef_memory=undef_memory, root_ids=root_ids)
    for i in undef_args or []:
        name = fn.params[i].name
        n = argument_flag_count(args[i])
        shared.undef_args[i] = [z3.Bool(f"%{name}.undef" if n == 1 else f"%{name}.{k}.undef") for k in range(n)]
    shared.source_module = module
    zero = z3.BitVecVal(0, ADDR_BITS)
    shared.assumptions.append(shared.lo(zero) == shared.hi(zero))  # null points to no object
    for p, a in zip(fn.params, args, strict=True):
        if isinstance(a, Pointer) and "writable" in p.attrs:
            shared.assumptions.append(shared.writable(a.origin))  # LangRef: the object may be written
    return shared


def _defined_constant_predicate(src_mod: Module, tgt_mod: Module) -> Callable[[str], bool]:
    """Is a global an exact constant whose initializer gives every byte (no undef, nothing unmodelled), in the source
    or (a table a target adds) the target, unchanged in the target where both define it? Its bytes are then what
    ``_global_assumptions`` says, so a load within one reads no undef byte. Asked lazily, per global a load reaches,
    and remembered: a module may define thousands of globals the function never touches."""

    @functools.cache
    def defined(name: str) -> bool:
        sg, tg = src_mod.globals.get(name), tgt_mod.globals.get(name)
        g = sg or tg
        if g is None or not (g.constant and g.exact and g.initializer is not None):
            return False
        if sg is not None and tg is not None and _constant_changed(sg, tg):
            return False
        try:
            data = initializer_bytes(g.type, g.initializer)
        except Unsupported:
            return False
        return data is not None and all(b is not None for b in data)

    return defined


def _noalias_promise(fn: Function, module: Module) -> str | None:
    """The source's noalias promise a refutation may break, named for the verdict's reason, if it has one."""
    callee = noalias_result_callee(fn, module)
    if callee is not None:
        return f"@{callee}'s noalias result"
    return "the source's noalias parameter" if any("noalias" in p.attrs for p in fn.params) else None


def _constant_changed(g: GlobalVar, tg: GlobalVar) -> bool:
    """Does the target's definition ``tg`` of the source's global ``g`` fail to be the same constant (made writable,
    another type, initializer or linkage)?"""
    return (tg.constant, tg.type, tg.initializer, tg.exact) != (True, g.type, g.initializer, g.exact)


def _global_assumptions(shared: SharedInputs, src_mod: Module, tgt_mod: Module) -> list[z3.BoolRef]:
    """Globals are disjoint (but two constants of one initializer, one of them ``unnamed_addr``, may be merged),
    non-null, dereferenceable where used, and constants hold their initializer.

    Only a definition the program is known to run with (``GlobalVar.exact``) is an object of exactly its type's size
    with a foldable initializer: an external declaration (an ``external [0 x T]`` array especially) or a ``weak``/
    ``linkonce``/``common`` definition another module may replace is at least its type's size, contents unknown."""
    out: list[z3.BoolRef] = []
    spans = []
    merge_keys: list[tuple[Type, TypedOperand | None] | None] = []
    unnamed: list[bool] = []
    top = (1 << ADDR_BITS) - 1
    functions = set(src_mod.functions) | set(src_mod.declarations) | set(tgt_mod.functions) | set(tgt_mod.declarations)
    done: set[str] = set()
    # A pointer in an initializer names another global: handled in turn (the loop adds it to shared.globals).
    while pending := [n for n in shared.globals if n not in done]:
        name = pending[0]
        done.add(name)
        addr = shared.globals[name]
        sg, tg = src_mod.globals.get(name), tgt_mod.globals.get(name)
        g = sg or tg
        if g is None:
            raise Unsupported(f"global @{name} without a definition")
        if "extern_weak" in g.linkage:
            raise Unsupported(f"extern_weak global @{name} (its address may be null)")
        if sg is not None and sg.constant and tg is not None and _constant_changed(sg, tg):
            # A module-level change (a constant made writable, its initializer or linkage changed) that other
            # functions may observe: not checked per function.
            raise Unsupported(f"constant global @{name} differs between source and target")
        if (
            sg is not None
            and tg is not None
            and (sg.type, sg.initializer, sg.exact) != (tg.type, tg.initializer, tg.exact)
        ):
            # E.g. GlobalOpt shrinking an internal flag from i32 to i1: the other functions change with it, so the
            # function alone is not comparable.
            raise Unsupported(f"global @{name} differs between source and target (a module-level change)")
        exact = g.exact
        try:
            size = alloc_size(g.type)
        except Unsupported:
            size, exact = 0, False
        hi = shared.hi(addr)
        out.append(addr != 0)
        # A global is its own object (exactly, for an exact definition).
        out.append(shared.lo(addr) == addr)
        out.append(hi == addr + size if exact else z3.ULE(addr + size, hi))
        shared.object_bounds(addr)
        out.append(z3.ULE(addr, z3.BitVecVal(top - max(size, 1), ADDR_BITS)))
        spans.append((addr, addr + max(size, 1) if exact else z3.If(hi == addr, addr + 1, hi)))
        merge_keys.append((g.type, g.initializer) if g.constant and exact else None)
        unnamed.append(bool(g.linkage & {"unnamed_addr", "local_unnamed_addr"}))
        # No explicit alignment: LLVM places (and assumes, ``getPointerAlignment``) the type's ABI alignment.
        align = g.align or abi_align(g.type)
        if align > 1:
            out.append(z3.Extract(align.bit_length() - 2, 0, addr) == 0)
        if g.constant and exact and g.initializer is not None:
            data = initializer_bytes(g.type, g.initializer)
            if data is None:
                shared.opaque_constants.append(name)
            for i, byte in enumerate(data or ()):
                if byte is None:
                    continue
                cell = z3.Select(shared.mem0, addr + i)
                if isinstance(byte, tuple):
                    named = byte[0]
                    target = shared.function_address(named) if named in functions else shared.global_address(named)
                    out.append(cell_data(cell) == z3.Extract(8 * byte[1] + 7, 8 * byte[1], target))
                else:
                    out.append(cell_data(cell) == byte)
                out.append(z3.Not(cell_poison(cell)))
                if shared.undef_memory and not shared.defined_constant(name):
                    # (A load or copy within a defined constant skips the flags, ``read_cells``; where memory is
                    # compared both sides hold the same untouched byte. Asserted, they made a table lookup 30x
                    # slower to prove; left out, the proof holds for more inputs, never fewer.)
                    out.append(z3.Not(cell_undef(cell)))
    out.extend(shared.layout_assumptions())
    for i, (a, end_a) in enumerate(spans):
        for j, (b, end_b) in enumerate(spans[i + 1 :], i + 1):
            disjoint = z3.Or(z3.ULE(end_a, b), z3.ULE(end_b, a))
            # LangRef unnamed_addr: a constant whose address is not significant may be merged with another constant
            # of the same initializer (whose address may be significant): the two may then be one object.
            mergeable = merge_keys[i] is not None and merge_keys[i] == merge_keys[j] and (unnamed[i] or unnamed[j])
            out.append(z3.Or(disjoint, a == b) if mergeable else disjoint)
    for name, f in shared.functions.items():
        if name in src_mod.weak_declarations or name in tgt_mod.weak_declarations:
            raise Unsupported(f"extern_weak function @{name} (its address may be null)")
        out.append(f != 0)
        # Code is not inside a data object (one past a global's end may still be a function's address).
        out.extend(z3.Or(z3.ULT(f, a), z3.ULE(end_a, f)) for a, end_a in spans)
    return out
