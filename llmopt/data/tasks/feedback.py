"""Feedback examples (Grubisic et al., *Compiler Generated Feedback for Large Language Models*).

One training example is a retry turn: the instruction-count prompt, a first answer, the compiler's feedback on that
answer (Short, Long or Fast, option ``feedback_kind``), and as the label the right answer preceded by "I am sure!"
when the first answer predicted the target instruction count correctly, "Let me try again." otherwise (the paper's
definition of the sure line).

First answers come from option ``generations``: a JSONL file of model outputs, one object per line with
``normalized_hash`` or ``name`` (matching the corpus row) and ``completion`` (the raw model text; for Fast feedback it
is cut at ``<code>``, where generation stops). Without that file the first answers are made honestly by the compiler,
not by a model (``extra["first_answer_source"] = "synthetic"``): a seeded random list of 1-50 catalog passes
(``llmopt.autotune.random_.draw_pass_list``) applied with ``opt``, written in the base task's layout, and one of these
error classes, chosen per row from the seed and the row's hash (option ``synthetic_kinds`` restricts them):

* ``correct``: the real counts and the real optimized IR;
* ``wrong_count``: the real IR with a wrong predicted target (sometimes also source) instruction count;
* ``invalid_pass``: one pass name misspelled, so the pass list does not parse;
* ``broken_ir``: the real IR with one defining instruction deleted, so it no longer compiles (not for Fast feedback,
  which never sees the IR);
* ``stale_ir``: IR and counts of only the first half of the passes (it compiles, but BLEU < 1 and the target count
  is wrong).

The feedback is computed for real (``llmopt.prompts.compile_feedback.compute_feedback_inputs``, shared with the
inference loop): the answer is
parsed with the format's parser, its pass list checked against the catalog and run by ``opt`` on the input, the
instruction counts taken from LLVM's printed IR, the generated IR compiled (parsed and verified by ``opt``; the first
error goes into the feedback) and compared with the compiled IR by BLEU (``FeedbackInputs.from_compilation``).

The label is the compiler's true answer for the same pass list: the answer's passes when they are valid, the
intended list for a synthetic misspelling, ``default<Oz>`` for a model's invalid list (``extra["label_source"]``).

Options read: ``feedback_kind`` ("short"), ``generations`` (None), ``synthetic_kinds`` (all; a list or comma-separated
text), ``synthetic_kind`` (force one class for every row; for tests and inspection).

Not covered: the paper's label passes came from the autotuner's best list; here the label keeps the first answer's
passes (the feedback teaches correcting predictions, not searching). First-turn (Task Optimize) examples are the
instruction-count dataset's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmopt.data.tasks.base import TaskBuilder, TaskContext, TaskOutcome
from llmopt.data.tasks.common import completion_for, opt_skip, row_rng, run_opt
from llmopt.prompts.compile_feedback import compute_feedback_inputs

if TYPE_CHECKING:
    import random

    from llmopt.passes import PassCatalog, PassList

SYNTHETIC_KINDS: tuple[str, ...] = ("correct", "wrong_count", "invalid_pass", "broken_ir", "stale_ir")
FALLBACK_PIPELINE = "default<Oz>"
MAX_DRAWS = 5  # random lists that crash opt are redrawn this many times before the row is skipped
_DEFINITION_RE = re.compile(r"^\s+(%[-\w$.]+) = ")


@dataclass(frozen=True)
class FirstAnswer:
    """A first answer to give feedback on.

    Attributes:
        completion: the answer text as the model (or the synthetic generator) wrote it.
        source: "model" or "synthetic".
        kind: the synthetic error class (None for model answers).
        intended_pipeline: for synthetic answers, the valid pass list the answer was made from.
    """

    completion: str
    source: str
    kind: str | None = None
    intended_pipeline: str | None = None


def misspell_pass(text: str, rng: random.Random, catalog: PassCatalog) -> str:
    """``text`` (a pass with optional ``<params>``) with its name misspelled into one the catalog does not know."""
    base, sep, params = text.partition("<")
    known = set(catalog.all_names())
    for _ in range(20):
        edit = rng.choice(("drop", "swap", "double", "suffix"))
        i = rng.randrange(len(base))
        if edit == "drop" and len(base) > 2:
            candidate = base[:i] + base[i + 1 :]
        elif edit == "swap" and i + 1 < len(base) and base[i] != base[i + 1]:
            candidate = base[:i] + base[i + 1] + base[i] + base[i + 2 :]
        elif edit == "double":
            candidate = base[:i] + base[i] + base[i:]
        else:
            candidate = base + rng.choice(("-pass", "s", "2", "-legacy"))
        if candidate not in known and candidate.strip("-"):
            return candidate + sep + params
    return base + "-unknown" + sep + params


def break_ir(ir: str, rng: random.Random) -> str:
    """``ir`` with one instruction that defines a used value deleted (so a later use is undefined); when there is
    none, cut off before the last closing brace (an answer truncated by a token limit)."""
    lines = ir.splitlines()
    used = []
    for i, line in enumerate(lines):
        match = _DEFINITION_RE.match(line)
        if match is None:
            continue
        name = re.escape(match.group(1)) + r"(?![-\w$.])"
        if any(re.search(name, later) for later in lines[i + 1 :]):
            used.append(i)
    if used:
        del lines[rng.choice(used)]
    else:
        closing = [i for i, line in enumerate(lines) if line.startswith("}")]
        lines = lines[: closing[-1]] if closing else lines[: max(1, len(lines) // 2)]
    return "\n".join(lines) + "\n"


class FeedbackBuilder(TaskBuilder):
    """Builds ``FeedbackExample`` retry turns (see the module docstring)."""

    task = "feedback"
    level = "function"

    def format_options(self, ctx: TaskContext) -> dict[str, Any]:
        return {"kind": ctx.option("feedback_kind", "short")}

    def build(self, row: dict[str, Any], ctx: TaskContext) -> TaskOutcome:
        from llmopt.errors import ConfigError
        from llmopt.prompts.examples import InstructionCountExample
        from llmopt.prompts.feedback import FeedbackExample, FeedbackFormat, feedback_json
        from llmopt.toolchain import count_instructions

        ir = row.get("ir")
        if not isinstance(ir, str) or not ir.strip():
            return TaskOutcome.skip("no IR")
        fmt = FeedbackFormat(**self.format_options(ctx))
        if ctx.option("generations"):
            completion = completion_for(row, ctx.option("generations"))
            if completion is None:
                return TaskOutcome.skip("no generation for row")
            first = FirstAnswer(completion=self._as_generated(completion, fmt.kind), source="model")
        else:
            made = self._synthetic_answer(row, ctx, fmt.kind)
            if isinstance(made, TaskOutcome):
                return made
            first = made
        answer = fmt.parse(first.completion)
        inputs = compute_feedback_inputs(ctx.toolchain, ir, answer, ctx.timeout_s)

        if inputs.passes_valid and answer.pass_list is not None and inputs.compiled_ir is not None:
            label_pipeline, label_ir, label_source = answer.pass_list.to_pipeline(), inputs.compiled_ir, "answer"
        else:
            label_pipeline = first.intended_pipeline or FALLBACK_PIPELINE
            label_source = "intended" if first.intended_pipeline else "oz"
            run = run_opt(ctx.toolchain, ir, label_pipeline, ctx.timeout_s)
            failed = opt_skip(run, f"label passes {label_pipeline}")
            if failed is not None:
                return failed
            label_ir = run.stdout_text
        try:
            task = InstructionCountExample(
                ir=ir,
                ir_instruction_count=inputs.source_instruction_count,
                best_passes=label_pipeline,
                optimized_ir=label_ir,
                optimized_instruction_count=count_instructions(label_ir),
            )
            example = FeedbackExample(
                task=task, sure=inputs.target_count_correct, previous_completion=first.completion, feedback=inputs
            )
        except ConfigError as e:  # e.g. a pass list text that cannot be a label; not worth a crash
            return TaskOutcome.skip("invalid example", str(e))
        extra = {
            **feedback_json(inputs),
            "feedback_kind": fmt.kind,
            "first_answer_source": first.source,
            "first_answer_kind": first.kind,
            "first_answer_parse": answer.describe(),
            "needs_retry": fmt.needs_retry(inputs),
            "label_passes": label_pipeline,
            "label_source": label_source,
        }
        return TaskOutcome(example=example, extra=extra)

    @staticmethod
    def _as_generated(completion: str, kind: str) -> str:
        """Fast feedback stops generation at ``<code>``: a recorded full answer is cut there, as inference would."""
        from llmopt.prompts.parsing import CODE_OPEN

        if kind == "fast" and CODE_OPEN in completion:
            return completion[: completion.index(CODE_OPEN)].rstrip()
        return completion

    def _synthetic_answer(self, row: dict[str, Any], ctx: TaskContext, kind: str) -> FirstAnswer | TaskOutcome:
        """A compiler-made first answer of a seeded error class, or the skip outcome when none can be made."""
        from llmopt.autotune.random_ import draw_pass_list
        from llmopt.passes import PassCatalog, PassList
        from llmopt.prompts.examples import InstructionCountExample
        from llmopt.prompts.instruction_count import render_answer
        from llmopt.toolchain import IRModule, count_instructions

        ir: str = row["ir"]
        tc = ctx.toolchain
        kinds = self._kinds(ctx, kind)
        if isinstance(kinds, TaskOutcome):
            return kinds
        rng = row_rng(row, ctx.seed, "feedback-first-answer")
        error_class = ctx.option("synthetic_kind") or rng.choice(kinds)
        catalog = PassCatalog.for_toolchain(tc, Path(ctx.data_dir))
        module_hash = str(row.get("normalized_hash") or IRModule(text=ir).hash)
        passes: PassList | None = None
        compiled: str | None = None
        for index in range(MAX_DRAWS):
            names = draw_pass_list(catalog.names, module_hash, ctx.seed, index)
            candidate = PassList.from_names(names, catalog)
            run = run_opt(tc, ir, candidate.to_pipeline(), ctx.timeout_s)
            if run.ok:
                passes, compiled = candidate, run.stdout_text
                break
        if passes is None or compiled is None:
            return TaskOutcome.skip("no valid random pass list", f"{MAX_DRAWS} random lists failed in opt")
        pipeline = passes.to_pipeline()
        source_count, target_count = count_instructions(ir), count_instructions(compiled)
        shown_pipeline, shown_ir = pipeline, compiled
        if error_class == "wrong_count":
            target_count = _wrong_number(target_count, rng)
            if rng.random() < 0.3:
                source_count = _wrong_number(source_count, rng)
        elif error_class == "invalid_pass":
            from llmopt.passes.pass_list import Pass

            i = rng.randrange(len(passes))
            wrong = Pass(misspell_pass(passes[i].text, rng, catalog), passes[i].kind)
            shown_pipeline = PassList([*passes[:i], wrong, *passes[i + 1 :]]).to_pipeline()
        elif error_class == "broken_ir":
            shown_ir = break_ir(compiled, rng)
        elif error_class == "stale_ir":
            half = PassList(list(passes)[: len(passes) // 2])
            half_run = run_opt(tc, ir, half.to_pipeline(), ctx.timeout_s) if len(half) else None
            shown_ir = half_run.stdout_text if half_run is not None and half_run.ok else ir
            if shown_ir == compiled:
                shown_ir = ir  # the second half did nothing: predict "no change" instead
            target_count = count_instructions(shown_ir)
        shown = InstructionCountExample(
            ir=ir,
            ir_instruction_count=source_count,
            best_passes=shown_pipeline,
            optimized_instruction_count=target_count,
            optimized_ir=shown_ir,
        )
        completion = render_answer(shown, with_ir=kind != "fast")
        return FirstAnswer(completion=completion, source="synthetic", kind=error_class, intended_pipeline=pipeline)

    @staticmethod
    def _kinds(ctx: TaskContext, kind: str) -> tuple[str, ...] | TaskOutcome:
        from llmopt.errors import ConfigError

        wanted = ctx.option("synthetic_kinds")
        kinds = tuple(wanted.split(",")) if isinstance(wanted, str) else tuple(wanted or SYNTHETIC_KINDS)
        forced = ctx.option("synthetic_kind")
        unknown = sorted(set(kinds) - set(SYNTHETIC_KINDS)) + (
            [forced] if forced and forced not in SYNTHETIC_KINDS else []
        )
        if unknown:
            raise ConfigError(f"unknown synthetic first-answer kinds {unknown}; use: {', '.join(SYNTHETIC_KINDS)}")
        if kind == "fast":
            # Fast feedback never shows the generated IR, so a broken IR would go unnoticed: not an error class there.
            kinds = tuple(k for k in kinds if k != "broken_ir")
        if not kinds:
            return TaskOutcome.skip("no synthetic kind applies", f"feedback kind {kind}")
        return kinds


def _wrong_number(value: int, rng: random.Random) -> int:
    """A plausible wrong prediction near ``value`` (never equal, never negative)."""
    spread = max(2, value // 4)
    delta = rng.randint(1, spread) * rng.choice((-1, 1))
    wrong = value + delta
    return wrong if wrong >= 0 and wrong != value else value + abs(delta)


__all__ = [
    "SYNTHETIC_KINDS",
    "FeedbackBuilder",
    "FirstAnswer",
    "break_ir",
    "misspell_pass",
]
