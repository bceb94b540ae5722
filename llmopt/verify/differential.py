"""Differential testing: run the source and target functions on many inputs and compare what they do.

Both modules are compiled (clang, ``-O0`` code generation, no IR optimization) into one harness binary: every
function and global defined in a module gets a per-module suffix so the copies link side by side, and a generated C
``main`` calls each copy on the same inputs. Inputs come from the function's signature: integers of any width up to
64 bits (boundary values, small values and random ones), ``float``/``double`` (special values and random ones), and a
fresh 128-byte buffer for every pointer parameter, placed right before an unmapped guard page so a read or write past
its end crashes instead of silently reading garbage. Each call runs in a forked child under a CPU-time limit; the
source runs on every input first, then each target, and a target's outcome is compared with the source's: the return
value, the bytes of every buffer after the call and the sequence of calls made to functions the module only declares
(stubbed in the harness with deterministic results). One harness serves many targets (``compare_many``).

Undefined behaviour of the *source* makes an input worthless (the target may then do anything), so the source copy is
instrumented before compiling: ``nsw``/``nuw`` overflow, shift amounts >= the bit width, inexact ``exact`` operations,
``or disjoint`` with common bits, ``zext nneg`` of a negative value and reaching ``unreachable`` all end the child
with a UB status, and a source that crashes (division by zero, a pointer past the buffer) or runs out of time skips
the input as well. A target that crashes where the source did not is a refutation.

Limits: it can refute but never prove (no difference in N inputs is INCONCLUSIVE); parameters other than integers up
to 64 bits, ``ptr``, ``float`` and ``double`` (vectors, ``i128``, aggregates by value) are unsupported, as are return
types other than those and literal structs of them; memory reached through pointers stored *inside* a buffer, global
variables and heap objects are not compared; UB the instrumentation does not see (uninitialised reads, out-of-bounds
``inbounds`` GEPs inside mapped memory, poison flowing into memory) can make a source input count although it should
not, so a refutation whose source has such UB at that input may be spurious; a target timeout is never a refutation
(it skips the input). External functions named in ``LIBC_FUNCTIONS`` link to the real C library instead of stubs;
external global variables are not provided (the harness does not link: INCONCLUSIVE). x86-64 Linux hosts only.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llmopt.toolchain import IRModule, Toolchain, run_process
from llmopt.verify.base import DEFAULT_TIMEOUT_S, Verifier
from llmopt.verify.harness import (
    LIBC_FUNCTIONS,
    Outcome,
    build_harness_c,
    compare_outcomes,
    describe_arguments,
    generate_inputs,
    instrument_undefined_behaviour,
    parse_harness_output,
    signature_shape,
)
from llmopt.verify.ir_signature import (
    DECLARE_LINE_RE,
    Signature,
    UnsupportedSignature,
    find_header,
    parse_signature,
    plain_name,
    rename_definitions,
)
from llmopt.verify.result import Verdict, VerificationResult

DEFAULT_INPUTS = 200
DEFAULT_PER_INPUT_TIMEOUT_S = 0.05


# ---------------------------------------------------------------------------------------------------------------------
# The verifier


class DifferentialVerifier(Verifier):
    """Refutes by running source and target on the same inputs; never proves (see the module docstring).

    Args:
        toolchain: the LLVM installation (default: ``Toolchain.discover()`` on first use).
        inputs: how many inputs each function is run on.
        seed: seed of the input generator (inputs are deterministic per seed and function name).
        per_input_timeout_s: CPU-time limit for one call in the harness; a source that runs longer skips the input.
    """

    name = "differential"
    can_prove = False

    def __init__(
        self,
        toolchain: Toolchain | None = None,
        inputs: int = DEFAULT_INPUTS,
        seed: int = 0,
        per_input_timeout_s: float = DEFAULT_PER_INPUT_TIMEOUT_S,
    ) -> None:
        self._toolchain = toolchain
        self.inputs = inputs
        self.seed = seed
        self.per_input_timeout_s = per_input_timeout_s

    def verify(
        self, source: IRModule, target: IRModule, function: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> list[VerificationResult]:
        names = [function] if function is not None else [plain_name(n) for n in source.defined_functions]
        results = []
        for name in names:
            results.extend(self.compare_many(source, [target], name, timeout_s=timeout_s))
        return results

    def compare_many(
        self, source: IRModule, targets: Sequence[IRModule], function: str, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> list[VerificationResult]:
        """Test one function of ``source`` against its namesake in each of ``targets`` with one harness binary.

        Cheaper than one ``verify`` per target (one compile, and the source runs once per input).

        Returns:
            One result per target, in order: NOT_EQUIVALENT with a counterexample, INCONCLUSIVE (no difference found,
            unsupported signature, harness failure, time limit), or SYNTAX_ERROR (target missing the function or not
            compiling).
        """
        start = time.perf_counter()

        def result(
            verdict: Verdict,
            reason: str,
            counterexample: dict[str, Any] | None = None,
            details: dict[str, Any] | None = None,
        ) -> VerificationResult:
            return VerificationResult(
                function=function,
                verdict=verdict,
                reason=reason,
                counterexample=counterexample,
                verifier=self.name,
                walltime_s=time.perf_counter() - start,
                details=details or {},
            )

        header = find_header(source.text, function)
        if header is None:
            return [result(Verdict.SYNTAX_ERROR, f"function @{function} is not defined in the source") for _ in targets]
        try:
            signature = parse_signature(header)
            stubs = self._stubs(source, targets)
        except UnsupportedSignature as e:
            return [result(Verdict.INCONCLUSIVE, f"unsupported by differential testing: {e}") for _ in targets]
        if signature.variadic:
            return [result(Verdict.INCONCLUSIVE, "variadic functions are not supported") for _ in targets]

        verdicts: list[VerificationResult | None] = [None] * len(targets)
        usable: list[int] = []
        for k, tgt in enumerate(targets):
            t_header = find_header(tgt.text, function)
            if t_header is None:
                verdicts[k] = result(Verdict.SYNTAX_ERROR, f"function @{function} is not defined in the target")
                continue
            try:
                t_sig = parse_signature(t_header)
            except (UnsupportedSignature, ValueError) as e:
                verdicts[k] = result(Verdict.INCONCLUSIVE, f"target signature: {e}")
                continue
            if signature_shape(t_sig) != signature_shape(signature):
                verdicts[k] = result(Verdict.INCONCLUSIVE, "source and target signatures differ")
                continue
            usable.append(k)
        if usable:
            outcome = self._run(signature, source, [targets[k] for k in usable], stubs, timeout_s, result)
            for k, r in zip(usable, outcome, strict=True):
                verdicts[k] = r
        return [v for v in verdicts if v is not None]

    def _stubs(self, source: IRModule, targets: Sequence[IRModule]) -> list[Signature]:
        # every definition gets a per-module suffix, so a declared name is never defined by another variant
        stubs: dict[str, Signature] = {}
        for m in (source, *targets):
            for line in m.text.splitlines():
                if not line.startswith("declare "):
                    continue
                dm = DECLARE_LINE_RE.match(line)
                if dm is None:
                    continue
                name = plain_name(dm.group("name"))
                if name.startswith("llvm.") or name in LIBC_FUNCTIONS or name in stubs:
                    continue
                sig = parse_signature(line)
                if sig.variadic:
                    raise UnsupportedSignature(f"declared variadic function {name} cannot be stubbed")
                stubs[name] = sig
        return list(stubs.values())

    def _run(
        self,
        signature: Signature,
        source: IRModule,
        targets: Sequence[IRModule],
        stubs: Sequence[Signature],
        timeout_s: float,
        result: Any,
    ) -> list[VerificationResult]:
        tc = self.toolchain
        deadline = time.perf_counter() + timeout_s
        with tempfile.TemporaryDirectory(prefix="llmopt-diff-") as tmp:
            tmpdir = Path(tmp)
            files, variant_names = [], []
            for k, module in enumerate([source, *targets]):
                text, mapping = rename_definitions(module.text, f"__llmopt_v{k}")
                if k == 0:
                    text = instrument_undefined_behaviour(text)
                path = tmpdir / f"v{k}.ll"
                path.write_text(text)
                files.append(path)
                variant_names.append(mapping.get(signature.name, signature.name))
            harness = tmpdir / "harness.c"
            harness.write_text(build_harness_c(signature, variant_names, stubs, self.per_input_timeout_s))
            binary = tmpdir / "harness"
            # one llvm-link and one clang: far cheaper than a compiler process per variant
            linked = tmpdir / "variants.bc"
            link = tc.run("llvm-link", ["-o", linked, *files], timeout_s=max(5.0, deadline - time.perf_counter()))
            if not link.ok:
                return self._build_failure(link.stderr_tail, len(targets), result)
            build = tc.run(
                "clang",
                ["-O0", "-w", "-g0", "-o", binary, harness, linked],
                timeout_s=max(5.0, deadline - time.perf_counter()),
            )
            if not build.ok:
                return self._build_failure(build.stderr_tail, len(targets), result)
            seed = self.seed ^ int.from_bytes(signature.name.encode()[:8].ljust(8, b"\0"), "little")
            items = generate_inputs(signature, self.inputs if signature.params else 1, seed)
            stdin = len(items).to_bytes(8, "little") + b"".join(
                b"".join(v.to_bytes(8, "little") for v in it["args"]) + b"".join(it["buffers"]) for it in items
            )
            remaining = deadline - time.perf_counter()
            if remaining <= 0.5:
                return [
                    result(Verdict.INCONCLUSIVE, f"time limit of {timeout_s:g} s reached before running")
                    for _ in targets
                ]
            run = run_process([binary], input=stdin, timeout_s=remaining, die_with_parent=True)
        outcomes, reached = parse_harness_output(run.stdout_text)
        return self._judge(signature, items, outcomes, reached, len(targets), run.timed_out, timeout_s, result)

    @staticmethod
    def _build_failure(stderr: str, n_targets: int, result: Any) -> list[VerificationResult]:
        lines = [ln for ln in stderr.splitlines() if "error" in ln]
        first = lines[0] if lines else stderr.strip()[-300:]
        out = []
        for k in range(1, n_targets + 1):
            if any(f"v{k}.ll" in ln for ln in lines):
                msg = next(ln for ln in lines if f"v{k}.ll" in ln)
                out.append(result(Verdict.SYNTAX_ERROR, f"target does not compile: {msg.split('.ll:', 1)[-1].strip()}"))
            else:
                out.append(result(Verdict.INCONCLUSIVE, f"harness did not build: {first}"))
        return out

    def _judge(
        self,
        signature: Signature,
        items: list[dict[str, Any]],
        outcomes: dict[tuple[int, int], Outcome],
        reached: dict[int, int],
        n_targets: int,
        timed_out: bool,
        timeout_s: float,
        result: Any,
    ) -> list[VerificationResult]:
        tested = [0] * n_targets
        skipped: dict[str, int] = {}
        target_timeouts = [0] * n_targets
        found: list[dict[str, Any] | None] = [None] * n_targets
        for idx, item in enumerate(items):
            src = outcomes.get((idx, 0))
            if src is None:
                break
            if src.kind != "ok":
                skipped[src.kind] = skipped.get(src.kind, 0) + 1
                continue
            for k in range(n_targets):
                if found[k] is not None or idx >= reached.get(k + 1, 0):
                    continue
                tgt = outcomes.get((idx, k + 1), src)  # not printed: byte-identical to the source's outcome
                if tgt.kind == "timeout":
                    target_timeouts[k] += 1
                    continue
                diff = compare_outcomes(signature, src, tgt)
                tested[k] += 1
                if diff is not None:
                    found[k] = {"input_index": idx, "arguments": describe_arguments(signature, item), **diff}
        results = []
        for k in range(n_targets):
            details = {
                "inputs_tested": tested[k],
                "source_skipped": dict(skipped),
                "target_timeouts": target_timeouts[k],
                "harness_timed_out": timed_out,
            }
            ce = found[k]
            if ce is not None:
                reason = (
                    f"{ce['what']} differs for arguments {ce['arguments']}: source {ce['source']}, "
                    f"target {ce['target']}"
                )
                results.append(result(Verdict.NOT_EQUIVALENT, reason[:500], ce, details))
            else:
                why = f"no difference found in {tested[k]} inputs"
                if timed_out:
                    why += f" (time limit of {timeout_s:g} s reached)"
                if sum(skipped.values()):
                    why += f"; {sum(skipped.values())} inputs skipped (source UB, crash, timeout or uninit reads)"
                if target_timeouts[k]:
                    why += f"; the target ran out of time on {target_timeouts[k]} inputs the source finished"
                results.append(result(Verdict.INCONCLUSIVE, why, None, details))
        return results
