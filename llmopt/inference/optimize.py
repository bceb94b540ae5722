"""The main job: make one program as small as possible and say how.

Two sources of candidates, one selection. An inference strategy (``llmopt.inference``: a model's lists, the ranked
coreset, sampling, feedback...) proposes lists under a budget of compilations and returns its best accepted one (or
``-Oz``); beside it the compiler's own standard pipelines (``default<Oz>``, ``default<Os>``, ``default<O2>``, ...),
no passes at all (on small unoptimized functions -O0's object can be the smallest) and any extra candidate pass lists
are measured. The smallest accepted candidate wins; ``-Oz`` wins ties and is the backup when a candidate fails.

IR whose functions are all ``optnone`` (plain ``clang -O0 -emit-llvm``) cannot be optimized by any pipeline; the
result says so (``optnone_functions``) and ``strip_optnone`` is the fix the CLI offers.
Later strategies (a model's pass list, sampling with feedback) plug in as more candidates behind the same function;
the compiler always applies the passes and measures the result, so a candidate can only win on real numbers.

A non-standard candidate (anything but the compiler's own pipelines) may win only after the acceptance policy
(``llmopt.verify.acceptance``: the gate, then this program's guards) accepted it; the smallest accepted candidate
wins, and standard pipelines need no check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmopt.metrics import BINARY_SIZE, Evaluation, Measurer, Metric
from llmopt.passes import PassList
from llmopt.toolchain import IRModule
from llmopt.verify.acceptance import AcceptancePolicy, Verdict

if TYPE_CHECKING:
    from llmopt.backends import Backend
    from llmopt.inference.strategy import Strategy, StrategyResult

DEFAULT_CANDIDATES = ("default<Oz>", "default<Os>", "default<O2>", "default<O1>", "default<O3>", "")
OUTPUT_SUFFIXES = {".ll": "optimized IR", ".bc": "bitcode", ".o": "object file"}
_ATTR_GROUP_RE = re.compile(r"^attributes (#\d+) = \{(.*)\}", re.M)
_DEFINE_LINE_RE = re.compile(r'^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-\w$.]+)\s*\(.*$', re.M)


def optnone_functions(ir_text: str) -> list[str]:
    """Defined functions that carry ``optnone`` (directly or through an attribute group): no pass touches them."""
    groups = {m.group(1) for m in _ATTR_GROUP_RE.finditer(ir_text) if re.search(r"\boptnone\b", m.group(2))}
    names = []
    for m in _DEFINE_LINE_RE.finditer(ir_text):
        line = m.group(0)
        refs = set(re.findall(r"#\d+", line.split(")", 1)[-1] if ")" in line else line))
        if refs & groups or re.search(r"\)\s[^{]*\boptnone\b", line):
            names.append(m.group(1))
    return names


def strip_optnone(ir_text: str) -> str:
    """The IR with ``optnone`` removed from every attribute group and definition (what ``-disable-O0-optnone``
    does at compile time: the result is ``paper``-flavour IR). ``noinline`` stays, as in the paper flavour."""
    text = re.sub(r"(^attributes #\d+ = \{[^}\n]*?)\s*\boptnone\b", r"\1", ir_text, flags=re.M)
    return re.sub(r"(^define\b[^\n]*?\))([^\n{]*?)\s*\boptnone\b", r"\1\2", text, flags=re.M)


@dataclass(frozen=True)
class OptimizeResult:
    """The chosen pass list, its evaluation (with optimized IR), and every candidate tried, for the report."""

    module: IRModule
    best_pipeline: str
    best: Evaluation
    oz: Evaluation
    o0: Evaluation
    candidates: tuple[Evaluation, ...] = field(default_factory=tuple)
    optnone_functions: tuple[str, ...] = ()

    @property
    def all_optnone(self) -> bool:
        return bool(self.optnone_functions) and len(self.optnone_functions) == len(self.module.defined_functions)

    def optnone_note(self) -> str:
        """What to tell a user whose IR has ``optnone`` functions, and how to fix it."""
        count, total = len(self.optnone_functions), len(self.module.defined_functions)
        what = "all" if count == total else f"{count} of {total}"
        return (
            f"{what} functions are optnone (plain `clang -O0 -emit-llvm` IR), so no pass changed them; rerun with "
            "--strip-optnone, or compile the C source with llmopt (--flavour size or paper) or with "
            "`clang -O0 -Xclang -disable-O0-optnone -emit-llvm`"
        )

    verdicts: tuple[Verdict, ...] = field(default_factory=tuple)  # acceptance verdicts of non-standard candidates
    strategy: StrategyResult | None = None  # what the inference strategy proposed, chose and spent (None: not run)
    # The peephole step's ``inference.peephole.PeepholeResult`` (None: not run); ``module`` is then the one chosen.
    # Typed Any: peephole imports this module, and the layer check allows no cycle, not even for type hints.
    peephole: Any = None

    @property
    def verdict(self) -> Verdict:
        """The acceptance verdict of the chosen list (standard pipelines are trusted: the compiler's own)."""
        for v in reversed(self.verdicts):
            if v.pipeline == self.best_pipeline:
                return v
        if self.strategy is not None and self.strategy.chosen == self.best_pipeline:
            return self.strategy.verdict
        return Verdict(self.best_pipeline, True, "standard pipeline (the compiler's own): no check needed")

    @property
    def compilations(self) -> int:
        """Distinct lists measured: the strategy's (``-Oz`` included) and the standard ones it did not measure."""
        tried = {c.pipeline for c in self.candidates}
        if self.strategy is not None:
            tried |= {c.pipeline for c in self.strategy.candidates}
        return len(tried)

    @property
    def gain_over_oz(self) -> float | None:
        return BINARY_SIZE.improvement(self.best, self.oz)

    def to_json(self) -> dict[str, Any]:
        return {
            "module": self.module.name,
            "module_hash": self.module.hash,
            "best_passes": self.best_pipeline,
            "binary_size": self.best.binary_size,
            "instruction_count": self.best.instruction_count,
            "oz_binary_size": self.oz.binary_size,
            "o0_binary_size": self.o0.binary_size,
            "gain_over_oz": self.gain_over_oz,
            "codegen": self.best.codegen,
            "toolchain": self.best.toolchain,
            "candidates": [c.to_json(include_ir=False) for c in self.candidates],
            "optnone_functions": list(self.optnone_functions),
            "acceptance": [v.to_json() for v in self.verdicts],
            "verdict": self.verdict.to_json(),
            "compilations": self.compilations,
            "strategy": None if self.strategy is None else self.strategy.to_json(),
            "peephole": None if self.peephole is None else self.peephole.to_json(),
        }


def optimize_module(
    measurer: Measurer,
    module: IRModule,
    extra_candidates: Sequence[PassList | str] = (),
    metric: Metric = BINARY_SIZE,
    acceptance: AcceptancePolicy | None = None,
    strategy: Strategy | None = None,
    budget: int = 10,
    backend: Backend | None = None,
) -> OptimizeResult:
    """Run ``strategy`` (if any) under ``budget`` compilations, then try its choice beside the standard pipelines,
    no passes, and ``extra_candidates``; keep the best by ``metric`` (ties: the earlier one, so ``-Oz`` wins ties).
    ``-Oz`` is the backup: the answer is never larger than -Oz or than no optimization, and never a failed candidate.
    With ``acceptance``, a non-standard candidate must be accepted (``AcceptancePolicy.accept``) before it may win;
    candidates are asked smallest first, so only those that would win are checked. The strategy's choice was
    accepted by the same policy inside the strategy's selection step and is not asked again.

    Raises:
        PassListError: an extra candidate given as text does not parse.
        ConfigError: the strategy cannot run as configured (e.g. it needs a model and ``backend`` is None).
    """
    strategy_result = None
    pre_accepted: dict[str, Verdict] = {}
    if strategy is not None:
        from llmopt.inference.strategy import StrategyContext

        context = StrategyContext(
            measurer=measurer,
            acceptance=acceptance or AcceptancePolicy(),
            metric=metric,
            ir_view=_ir_view_for(measurer, backend),
        )
        strategy_result = strategy.run(module, context, budget, backend)
        if strategy_result.chosen not in DEFAULT_CANDIDATES:
            pre_accepted[strategy_result.chosen] = strategy_result.verdict
    pipelines = list(DEFAULT_CANDIDATES) + list(pre_accepted)
    pipelines += [measurer.parse_passes(c).to_pipeline() for c in extra_candidates]
    pipelines = list(dict.fromkeys(pipelines))  # keep order, drop duplicates
    evaluations = [measurer.measure_pipeline(module, p) for p in pipelines]
    oz = evaluations[0]
    o0 = evaluations[pipelines.index("")]
    order = sorted(
        (i for i, ev in enumerate(evaluations) if metric.value(ev) is not None),
        key=lambda i: (metric.value(evaluations[i]), i),
    )
    best_index, verdicts = 0, []
    for i in order:
        if acceptance is not None and pipelines[i] not in DEFAULT_CANDIDATES:
            verdict = pre_accepted.get(pipelines[i]) or acceptance.accept(module, pipelines[i])
            verdicts.append(verdict)
            if not verdict.accepted:
                continue
        best_index = i
        break
    best_pipeline = pipelines[best_index]
    best = measurer.measure_pipeline(module, best_pipeline, want_ir=True)
    return OptimizeResult(
        module=module,
        best_pipeline=best_pipeline,
        best=best,
        oz=oz,
        o0=o0,
        candidates=tuple(evaluations),
        optnone_functions=tuple(optnone_functions(module.text)),
        verdicts=tuple(verdicts),
        strategy=strategy_result,
    )


def _ir_view_for(measurer: Measurer, backend: Backend | None) -> Any:
    """What of a module the model is shown: all of it, or (a TU over the model's context) its largest functions that
    fit (``whole_program.fitting_ir_view``). None when the backend cannot count tokens (the whole module is sent; an
    overlong prompt is the server's typed error)."""
    if backend is None or not backend.context_length or backend.count_tokens("x") is None:
        return None
    from llmopt.inference.whole_program import fitting_ir_view

    def count(text: str) -> int:
        return backend.count_tokens(text) or 0

    # Room for the prompt's own words (~64 tokens) and an answer (a quarter of the context, at most 256 tokens).
    reserve = 64 + min(256, backend.context_length // 4)
    return fitting_ir_view(measurer.toolchain, backend.context_length, count, reserve)


def check_output_path(out: Path) -> str:
    """The kind of output ``out``'s suffix asks for, checked before any work is done.

    Raises:
        InputError: unknown suffix, ``out`` is a directory, or its directory cannot be written.
    """
    import os

    from llmopt.errors import InputError

    if out.is_dir():
        raise InputError(f"{out}: is a directory; name the output file (.ll, .bc or .o)")
    kind = OUTPUT_SUFFIXES.get(out.suffix)
    if kind is None:
        raise InputError(f"{out}: unknown output kind {out.suffix!r}; use .ll (IR), .bc (bitcode) or .o (object)")
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"{out}: cannot write: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{out}: cannot write: directory {parent} is not writable")
    return kind


def write_output(measurer: Measurer, result: OptimizeResult, out: Path) -> str:
    """Write the result atomically in the form the suffix asks for: ``.ll`` optimized IR, ``.bc`` bitcode, ``.o`` the
    object exactly as measured (same codegen options). Returns the kind written.

    Raises:
        InputError: unknown output suffix.
        ToolError: the toolchain failed to assemble or lower the IR.
    """
    from llmopt.errors import InputError
    from llmopt.toolchain import assemble_bitcode, emit_object, write_atomic

    ir = result.best.ir
    if ir is None:
        raise ValueError("best evaluation has no IR; measure with want_ir=True")
    suffix = out.suffix
    if suffix == ".ll":
        write_atomic(out, ir)
        return "optimized IR"
    if suffix == ".bc":
        write_atomic(out, assemble_bitcode(measurer.toolchain, ir))
        return "bitcode"
    if suffix == ".o":
        emit_object(measurer.toolchain, ir, measurer.codegen_for(result.module), out)
        return "object file"
    raise InputError(f"{out}: unknown output kind {suffix!r}; use .ll (IR), .bc (bitcode) or .o (object)")
