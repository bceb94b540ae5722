"""Whole programs of any size in front of a model of limited context: what to show it, and how to apply its answers.

A translation unit whose IR does not fit the model's context is never truncated. ``view_program`` picks one of three
views and returns the prompt parts (IR the model reads, with its token count) and the way back from answers (one
pass list per part) to something the compiler measures:

* ``whole``: the module fits; one part, its answer is applied to the module.
* ``per_function``: one part per function (``split_functions``: the function and declarations of what it uses);
  each answer is applied to its own function only, through per-function pipelines
  (``llmopt.toolchain.per_function.apply_function_pipelines``: externalize, one whole-module run per distinct list,
  keep each function's body from its list's run, link, internalize, interprocedural cleanup). A function too large
  even alone is not shown and gets ``default<Oz>``.
* ``largest``: one part holding the largest functions that fit together (by instruction count, largest first);
  its answer is applied to the whole module. Cheap (one prompt) and keeps whole-module semantics; the model never
  sees the rest.

``Application`` is what to measure: ``(module, pipeline)`` for ``whole``/``largest`` (the original module under the
answer), ``(composite module, "")`` for ``per_function``, so a caller always does
``measurer.measure_pipeline(app.module, app.pipeline)``. Which view wins was measured with the ranked coreset as
the "model" (docs/whole_programs.md): ``view_program``'s default for a TU that does not fit follows that measurement.

Limits: a per-function composite is one module built from several runs, so the acceptance policy's per-program
guards, which take one pass list, cannot vouch for it as a whole; each list in it must still pass the gate, and the
caller should check the composite with translation validation where it can. Token counts are the caller's counter
(``count_tokens``); the view only promises each part's IR fits in ``context_tokens - reserve_tokens``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from llmopt.errors import ConfigError
from llmopt.prompts.ir_text import model_ir_text
from llmopt.toolchain import IRModule, Toolchain, split_functions
from llmopt.toolchain.per_function import apply_function_pipelines, extract_functions

OZ = "default<Oz>"
TokenCounter = Callable[[str], int]


class ViewKind(str, Enum):
    WHOLE = "whole"
    PER_FUNCTION = "per_function"
    LARGEST = "largest"


# The view for a TU that does not fit, chosen by measurement (docs/whole_programs.md).
DEFAULT_FALLBACK = ViewKind.LARGEST


@dataclass(frozen=True)
class PromptPart:
    """IR to show the model in one prompt, and the functions its answer is applied to.

    Attributes:
        name: "module", the function's name (per_function), or "largest".
        module: the IR shown (a valid module: the whole one, one function, or the largest functions).
        tokens: ``count_tokens(module.text)``.
        applies_to: the functions the answer's list is applied to (every defined function for whole/largest).
    """

    name: str
    module: IRModule
    tokens: int
    applies_to: tuple[str, ...]


@dataclass(frozen=True)
class Application:
    """What to measure for a set of answers: ``measurer.measure_pipeline(module, pipeline)``.

    ``ok`` False (a list crashed opt while building a per-function composite): ``reason`` says where, and the caller
    keeps ``-Oz``. ``assignment`` is the list each function got."""

    ok: bool
    module: IRModule
    pipeline: str
    assignment: Mapping[str, str] = field(default_factory=dict)
    reason: str = ""
    tool_runs: int = 0


@dataclass(frozen=True)
class ProgramView:
    """How one module is shown to a model (see the module docstring).

    Attributes:
        kind: the view.
        module: the original module.
        parts: the prompts' IR, in order; ``apply`` takes one answer per part.
        unshown: functions no part shows (too large even alone, or not among the largest); under per_function they
            get ``default<Oz>``, under largest the answer applies to them too.
        budget_tokens: what each part had to fit in.
    """

    kind: ViewKind
    module: IRModule
    parts: tuple[PromptPart, ...]
    unshown: tuple[str, ...]
    budget_tokens: int

    def apply(self, toolchain: Toolchain, answers: Sequence[str], *, default: str = OZ) -> Application:
        """Turn one canonical pipeline per part into what to measure.

        Raises:
            ConfigError: not one answer per part.
        """
        if len(answers) != len(self.parts):
            raise ConfigError(
                f"{self.kind.value} view of {self.module.name} has {len(self.parts)} parts, got {len(answers)} answers"
            )
        functions = _function_names(self.module)
        if self.kind is not ViewKind.PER_FUNCTION:
            pipeline = answers[0] if answers else default
            return Application(True, self.module, pipeline, {f: pipeline for f in functions})
        assignment = {f: default for f in functions}
        for part, answer in zip(self.parts, answers, strict=True):
            assignment.update({f: answer for f in part.applies_to})
        if len(set(assignment.values())) == 1:  # one list everywhere: the whole-module run is that, and exact
            return Application(True, self.module, next(iter(assignment.values())), assignment)
        result = apply_function_pipelines(toolchain, self.module.text, assignment)
        if not result.ok:
            where = f"{result.stage}" + (f" ({result.pipeline})" if result.pipeline else "")
            return Application(False, self.module, default, assignment, f"{where}: {result.message}", result.tool_runs)
        composite = self.module.with_text(result.text, name=f"{self.module.name}[per-function]")
        return Application(True, composite, "", assignment, tool_runs=result.tool_runs)


def view_program(
    toolchain: Toolchain,
    module: IRModule,
    context_tokens: int,
    count_tokens: TokenCounter,
    *,
    kind: ViewKind | str | None = None,
    reserve_tokens: int = 0,
) -> ProgramView:
    """Choose how to show ``module`` to a model whose prompt may hold ``context_tokens`` tokens.

    Args:
        toolchain: the LLVM that splits the module.
        module: the program.
        context_tokens: the model's context length.
        count_tokens: the model's token counter (e.g. ``lambda t: len(tokenizer(t).input_ids)``).
        kind: force a view; None: ``whole`` if the module fits, else ``DEFAULT_FALLBACK``.
        reserve_tokens: tokens kept free for the prompt's instructions and the answer.

    Raises:
        ConfigError: nothing is left for IR (``reserve_tokens >= context_tokens``).
    """
    budget = context_tokens - reserve_tokens
    if budget <= 0:
        raise ConfigError(f"context of {context_tokens} tokens with {reserve_tokens} reserved leaves no room for IR")
    functions = _function_names(module)
    if kind is None:
        whole_tokens = count_tokens(module.text)
        kind = ViewKind.WHOLE if whole_tokens <= budget else DEFAULT_FALLBACK
    kind = ViewKind(kind)
    if kind is ViewKind.WHOLE:
        tokens = count_tokens(module.text)
        return ProgramView(kind, module, (PromptPart("module", module, tokens, functions),), (), budget)
    pieces = [(p.provenance.get("function", p.name), p) for p in split_functions(toolchain, module)]
    if kind is ViewKind.PER_FUNCTION:
        parts, unshown = [], []
        for name, piece in pieces:
            tokens = count_tokens(piece.text)
            if tokens <= budget:
                parts.append(PromptPart(name, piece, tokens, (name,)))
            else:
                unshown.append(name)
        return ProgramView(kind, module, tuple(parts), tuple(unshown), budget)
    return _largest_view(toolchain, module, pieces, budget, count_tokens)


def fitting_ir_view(
    toolchain: Toolchain, context_tokens: int, count_tokens: TokenCounter, reserve_tokens: int
) -> Callable[[IRModule], str]:
    """An ``ir_view`` for one-prompt strategies (``StrategyContext.ir_view``): the module's text when it fits in
    ``context_tokens - reserve_tokens``, else the ``largest`` view's IR, whose answer applies to the whole module.

    Why ``largest`` and not ``per_function`` for the main job: measured with the ranked coreset as the "model" on the
    benchmark's 35 TUs (docs/whole_programs.md), both reach about the same size, but per-function costs one
    compilation per function and list, which a budget of 10 compilations per TU cannot pay. When not even one
    function fits, the module text is returned and the backend's typed context overflow says how long it was.

    The text is what ``llmopt.prompts.ir_text.model_ir_text`` keeps (no build paths, comments or debug metadata:
    15-28 % fewer characters on the benchmark's functions), and tokens are counted on that text, so a small-context
    model sees more of the program."""

    def seen_tokens(text: str) -> int:
        return count_tokens(model_ir_text(text))

    def view(module: IRModule) -> str:
        text = model_ir_text(module.text)
        if count_tokens(text) <= context_tokens - reserve_tokens:
            return text
        shown = view_program(
            toolchain, module, context_tokens, seen_tokens, kind=ViewKind.LARGEST, reserve_tokens=reserve_tokens
        )
        return model_ir_text(shown.parts[0].module.text) if shown.parts else text

    return view


def _largest_view(
    toolchain: Toolchain,
    module: IRModule,
    pieces: list[tuple[str, IRModule]],
    budget: int,
    count_tokens: TokenCounter,
) -> ProgramView:
    """The largest functions (by instruction count) that fit together: add them largest first while the sum of their
    own modules' tokens fits (the joint module shares declarations, so it is no larger), then extract them into one
    module and count again, dropping the smallest chosen one while it does not fit."""
    ranked = sorted(pieces, key=lambda np: (-np[1].instruction_count, np[0]))
    chosen, total = [], 0
    for name, piece in ranked:
        tokens = count_tokens(piece.text)
        if total + tokens <= budget:
            chosen.append(name)
            total += tokens
    while chosen:
        run = extract_functions(toolchain, module.text, chosen)
        if run.ok:
            shown = module.with_text(run.stdout_text, name=f"{module.name}[largest]")
            tokens = count_tokens(shown.text)
            if tokens <= budget:
                unshown = tuple(n for n, _ in pieces if n not in chosen)
                part = PromptPart("largest", shown, tokens, _function_names(module))
                return ProgramView(ViewKind.LARGEST, module, (part,), unshown, budget)
        chosen.pop()
    return ProgramView(ViewKind.LARGEST, module, (), tuple(n for n, _ in pieces), budget)


def _function_names(module: IRModule) -> tuple[str, ...]:
    """Defined functions without quotes, as ``split_functions`` names them."""
    return tuple(n[1:-1] if n.startswith('"') else n for n in module.defined_functions)


def chars_per_token(ratio: float) -> TokenCounter:
    """A token counter that assumes ``ratio`` characters per token (docs/training.md measured 4.43 for the project
    tokenizer on benchmark IR): for planning when the model's own tokenizer is not at hand."""
    if ratio <= 0:
        raise ConfigError(f"characters per token must be positive, got {ratio}")
    return lambda text: math.ceil(len(text) / ratio)


__all__ = [
    "DEFAULT_FALLBACK",
    "Application",
    "ProgramView",
    "PromptPart",
    "TokenCounter",
    "ViewKind",
    "chars_per_token",
    "fitting_ir_view",
    "view_program",
]
