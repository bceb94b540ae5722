"""Evaluation of the two IR-writing tasks of the seeds, compiler emulation and disassembly, on a task dataset's split.

Why a module of its own: the harness (``eval.harness``) runs flag-tuning *strategies* over suites and measures the
sizes their lists give; these two tasks are judged on the text the model writes, so they need the dataset's prompts
and references and a different scorer. The shape follows ``eval.peephole``: greedy answers, one judge per answer,
per-row results and a summary whose every rate comes from ``eval.metrics``.

For each row of ``split`` (smallest normalized hash first, at most ``limit``):

* the prompt is the dataset's ``prompt`` column, exactly what SFT trained on; a prompt that cannot fit in the
  model's context together with an answer as long as the reference is not sent (nothing is truncated) and is
  counted as ``too_long``, a miss in every rate;
* the answer is read with the dataset's own ``PromptFormat`` (``get_format(task, style)``), which never raises;
* **compiler_emulation** (LLM Compiler 3.2, Table 7): *compiles* = the answer's IR lowers to an object file with the
  flavour's codegen (``llc`` parses and verifies it first); *exact match* and *BLEU* against the reference IR, both
  compared as ``model_ir_text`` (the normalisation the prompts use); the predicted instruction count and binary size
  against the reference's (MAPE, Cummins et al. / LLM Compiler);
* **disassembly** (LLM Compiler 4.2, Table 5): the answer's IR is lowered back to assembly with the codegen the
  dataset used and compared with the prompt's assembly (``data.tasks.disassembly.check_disassembly``, the check the
  builder applies to its own labels): *round trips* (share lowered), *round-trip BLEU*, *round-trip exact match*;
  and the IR's exact match and BLEU against the reference IR.

Limits: one greedy answer per row; "compiles" means llc accepts the IR, not that it is what ``opt`` would print
(exact match says that); the disassembly's exact IR match is stricter than the paper's measure (many IRs lower to
the same assembly), so round-trip exact match is the headline. Not covered: the paper's assembly-output variant of
compiler emulation, ARM assembly.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmopt.errors import ConfigError, InputError, ToolError
from llmopt.eval import metrics as m
from llmopt.prompts.ir_text import model_ir_text
from llmopt.prompts.parsing import CODE_OPEN, extract_code
from llmopt.prompts.scoring import RoundTripScore, RoundTripStatus
from llmopt.toolchain import CodegenConfig, Flavour

if TYPE_CHECKING:
    from llmopt.backends.base import Backend
    from llmopt.toolchain import Toolchain

TASKS = ("compiler_emulation", "disassembly")


class AnswerStatus(str, Enum):
    """What became of one row's answer (a typed outcome, never an exception)."""

    OK = "ok"  # IR found, and it compiled (emulation) / lowered back to assembly (disassembly)
    NOT_COMPILED = "not_compiled"  # IR found, llc rejected it (parse, verifier or codegen error)
    NO_IR = "no_ir"  # the format's parser found no IR block: garbage, or an answer cut off inside the block
    TOO_LONG = "too_long"  # prompt + an answer as long as the reference do not fit the model's context: not asked


@dataclass(frozen=True)
class TaskRows:
    """The rows of one split of a task dataset, with the settings the dataset was built with."""

    path: Path
    task: str
    style: str
    flavour: Flavour
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class AnswerScore:
    """One row's judged answer; ``to_json`` is the per-row record the summary is computed from.

    Attributes:
        name, normalized_hash: which corpus function the row is.
        status: see ``AnswerStatus``.
        parse_status: the format parser's ok / partial / failed ("" when not asked).
        compiled: the IR compiled (emulation) or lowered (disassembly).
        error: why it did not (llc's first error line, "no IR", ...).
        ir, reference_ir: the answer's and the reference's IR as ``model_ir_text`` (None: no IR).
        predicted_* / reference_*: emulation's instruction count and binary size of the output.
        round_trip: disassembly's round-trip score (None for emulation).
        answer: the model's text as it came (None: not asked).
    """

    name: str
    normalized_hash: str
    status: AnswerStatus
    parse_status: str
    compiled: bool
    error: str | None
    ir: str | None
    reference_ir: str
    predicted_instruction_count: int | None = None
    reference_instruction_count: int | None = None
    predicted_binary_size: int | None = None
    reference_binary_size: int | None = None
    round_trip: RoundTripScore | None = None
    answer: str | None = None

    @property
    def exact_match(self) -> bool:
        return self.ir is not None and self.ir == self.reference_ir

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "normalized_hash": self.normalized_hash,
            "status": self.status.value,
            "parse_status": self.parse_status,
            "compiled": self.compiled,
            "error": self.error,
            "exact_match": self.exact_match,
            "bleu": m.mean_bleu([self.ir], [self.reference_ir]),
            "ir": self.ir,
            "reference_ir": self.reference_ir,
            "predicted_instruction_count": self.predicted_instruction_count,
            "reference_instruction_count": self.reference_instruction_count,
            "predicted_binary_size": self.predicted_binary_size,
            "reference_binary_size": self.reference_binary_size,
        }
        if self.round_trip is not None:
            data["round_trip"] = self.round_trip.to_json()
        data["answer"] = self.answer
        return data


@dataclass
class TaskReport:
    """Per-row records and the summary of one model on one split (``summary`` is ``summarize(rows)``)."""

    model: str
    task: str
    data: str
    split: str
    style: str
    flavour: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    generate_s: float = 0.0
    score_s: float = 0.0

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self.task, self.rows)

    def to_json(self, rows: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "model": self.model,
            "task": self.task,
            "data": self.data,
            "split": self.split,
            "style": self.style,
            "flavour": self.flavour,
            "generate_s": self.generate_s,
            "score_s": self.score_s,
            "summary": self.summary,
        }
        if rows:
            data["rows"] = self.rows
        return data


def load_task_rows(data_dir: str | Path, task: str, split: str, limit: int | None = None) -> TaskRows:
    """The rows of ``split`` of a ``task`` dataset (``llmopt data build TASK``: its build directory or its
    ``dataset/``), smallest normalized hash first, at most ``limit``.

    Raises:
        ConfigError: ``task`` is not one of ``TASKS``, or the dataset is another task's.
        InputError: no task dataset at ``data_dir``, or no row in ``split``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from llmopt.data.tasks.runner import MANIFEST

    if task not in TASKS:
        raise ConfigError(f"unknown task {task!r} for this evaluation; choose one of: {', '.join(TASKS)}")
    root = Path(data_dir).expanduser()
    root = root / "dataset" if (root / "dataset" / MANIFEST).is_file() else root
    if not (root / MANIFEST).is_file():
        raise InputError(f"{data_dir}: not a task dataset (no {MANIFEST}); build one with `llmopt data build {task}`")
    manifest = json.loads((root / MANIFEST).read_text())
    if manifest.get("task") != task:
        raise ConfigError(f"{data_dir} is a {manifest.get('task')!r} dataset, not {task!r}; pass --task accordingly")
    files = sorted((root / "data").glob(f"{split}-*.parquet"))
    table = pa.concat_tables([pq.read_table(f) for f in files], promote_options="permissive") if files else None
    rows = sorted(table.to_pylist() if table is not None else [], key=lambda r: r.get("normalized_hash") or "")
    if not rows:
        splits = ", ".join(sorted(manifest.get("counts", {}))) or "none"
        raise InputError(f"{data_dir}: no rows in split {split!r} (it has: {splits})")
    return TaskRows(
        path=root,
        task=task,
        style=str(manifest.get("style", "llmopt")),
        flavour=Flavour.parse(manifest.get("flavour", Flavour.SIZE.value)),
        rows=rows[:limit] if limit is not None else rows,
    )


def _normalized(ir: str | None) -> str | None:
    return None if ir is None else model_ir_text(ir)


def prompt_assembly(row: dict[str, Any]) -> str:
    """The assembly a disassembly row asked about: the last ``<code>`` block of its user message (the chat style's
    system message holds a placeholder block of its own, so the first block is not the one)."""
    messages = row.get("messages")
    text = json.loads(messages)[-1]["content"] if messages else str(row["prompt"])
    asm, _ = extract_code(text[text.rfind(CODE_OPEN) :])
    return asm or ""


def score_answer(
    toolchain: Toolchain,
    task: str,
    row: dict[str, Any],
    answer: str | None,
    *,
    style: str = "llmopt",
    flavour: Flavour = Flavour.SIZE,
    timeout_s: float = 60.0,
) -> AnswerScore:
    """Judge one answer to one dataset row (see the module docstring); ``answer=None`` means not asked (too long).

    The reference is the row's own completion read by the same parser, so feeding the reference completion in scores
    an exact match that compiles and round-trips (``tests/unit/eval/test_eval_tasks.py`` checks the scorer so).

    Example:
        >>> s = score_answer(tc, "compiler_emulation", row, row["completion"], style="llm-compiler")  # doctest: +SKIP
        >>> s.status, s.compiled, s.exact_match  # doctest: +SKIP
        (<AnswerStatus.OK: 'ok'>, True, True)
    """
    from llmopt.data.tasks.common import clean_tool_error
    from llmopt.data.tasks.disassembly import check_disassembly
    from llmopt.prompts import get_format

    fmt = get_format(task, style)
    reference_ir = _normalized(fmt.parse(row["completion"]).ir) or ""
    base: dict[str, Any] = {
        "name": str(row.get("name") or ""),
        "normalized_hash": str(row.get("normalized_hash") or ""),
        "reference_ir": reference_ir,
    }
    if task == "compiler_emulation":
        base["reference_instruction_count"] = row.get("optimized_instruction_count")
        base["reference_binary_size"] = row.get("optimized_binary_size")
    not_lowered = RoundTripScore(status=RoundTripStatus.NOT_LOWERED, bleu=0.0, exact_match=False)
    round_trip = not_lowered if task == "disassembly" else None
    if answer is None:
        return AnswerScore(
            status=AnswerStatus.TOO_LONG,
            parse_status="",
            compiled=False,
            error="prompt too long for the context",
            ir=None,
            round_trip=round_trip,
            **base,
        )
    base["answer"] = answer
    parsed = fmt.parse(answer)
    ir = _normalized(parsed.ir)
    if task == "compiler_emulation":
        base["predicted_instruction_count"] = parsed.target_instruction_count
        base["predicted_binary_size"] = parsed.target_binary_size
    if ir is None:
        problem = "; ".join(parsed.problems) or "no IR in the answer"
        return AnswerScore(
            status=AnswerStatus.NO_IR,
            parse_status=parsed.status.value,
            compiled=False,
            error=problem,
            ir=None,
            round_trip=round_trip,
            **base,
        )
    error: str | None = None
    if task == "disassembly":
        # The same round trip the builder applies to its labels; the answer's IR as the model wrote it, not
        # normalised (model_ir_text drops source_filename, which the assembly's .file line comes from).
        check = check_disassembly(toolchain, prompt_assembly(row), parsed.ir, flavour, timeout_s=timeout_s)
        compiled, error, round_trip = check.lowered, check.error, check.score
    else:
        try:
            run = toolchain.lower(parsed.ir or "", CodegenConfig.for_flavour(flavour), timeout_s=timeout_s)
            compiled = run.ok
            if not compiled:
                error = clean_tool_error(run.first_error_line()) or ("llc timed out" if run.timed_out else "llc failed")
        except ToolError as e:  # an answer's IR is untrusted input: an outcome, not misuse
            compiled, error = False, clean_tool_error(str(e))
    return AnswerScore(
        status=AnswerStatus.OK if compiled else AnswerStatus.NOT_COMPILED,
        parse_status=parsed.status.value,
        compiled=compiled,
        error=error,
        ir=ir,
        round_trip=round_trip,
        **base,
    )


def _round_trips(rows: list[dict[str, Any]]) -> list[RoundTripScore]:
    return [
        RoundTripScore(
            status=RoundTripStatus(r["round_trip"]["status"]),
            bleu=float(r["round_trip"]["bleu"]),
            exact_match=bool(r["round_trip"]["exact_match"]),
        )
        for r in rows
    ]


def summarize(task: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of per-row records (``AnswerScore.to_json``): counts per status and every rate through
    ``eval.metrics`` over all rows (a too-long or unparsable answer is a miss, never left out)."""
    hypotheses = [r["ir"] for r in rows]
    references = [r["reference_ir"] for r in rows]
    statuses = {s.value: sum(1 for r in rows if r["status"] == s.value) for s in AnswerStatus}
    summary: dict[str, Any] = {
        "task": task,
        "rows": len(rows),
        "statuses": statuses,
        "too_long": statuses[AnswerStatus.TOO_LONG.value],
        "exact_match_rate": m.exact_match_rate(hypotheses, references),
        "mean_bleu": m.mean_bleu(hypotheses, references),
    }
    if task == "compiler_emulation":
        summary["compile_rate"] = m.compile_rate([bool(r["compiled"]) for r in rows])
        for name in ("instruction_count", "binary_size"):
            predicted = [r[f"predicted_{name}"] for r in rows]
            summary[f"{name}_mape"] = m.mean_absolute_percentage_error(
                predicted, [r[f"reference_{name}"] for r in rows]
            )
            summary[f"{name}_predicted"] = sum(1 for p in predicted if p is not None)
    else:
        scores = _round_trips(rows)
        lowered = [s for s in scores if s.round_tripped]
        summary["round_trip_rate"] = m.round_trip_rate(scores)
        summary["round_trip_exact_rate"] = m.round_trip_exact_rate(scores)
        summary["round_trip_bleu"] = m.mean_round_trip_bleu(scores)  # over all rows, not lowered = 0
        summary["round_trip_bleu_lowered"] = m.mean_round_trip_bleu(lowered)  # the paper's reading: lowered only
    return summary


def evaluate_generation_task(
    model_spec: str | Backend,
    data_dir: str | Path,
    task: str,
    split: str = "validation",
    limit: int | None = None,
    *,
    toolchain: Toolchain,
    max_tokens: int = 1024,
    batch: int = 8,
    timeout_s: float = 60.0,
    on_row: Any = None,
) -> TaskReport:
    """Greedy answers of a model on a compiler-emulation or disassembly split, each judged by ``score_answer``.

    Args:
        model_spec: a backend spec (``hf:DIR``, ``openai:URL#NAME``, ...) or a loaded ``Backend``.
        data_dir: the task dataset (``llmopt data build TASK``).
        task: ``compiler_emulation`` or ``disassembly``.
        split: the split to answer (default ``validation``).
        limit: at most this many rows (smallest normalized hash first).
        toolchain: the LLVM that built the dataset (compiles and round-trips the answers).
        max_tokens: generation limit per answer (the backend also stops at the end of its context).
        batch: prompts per ``generate`` call.
        timeout_s: limit per llc call.
        on_row: called with each finished row record (progress).

    Returns:
        The ``TaskReport`` (rows + summary).

    Raises:
        ConfigError / InputError: see ``load_task_rows``; a model spec that does not load.
    """
    from llmopt.backends import load_backend

    data = load_task_rows(data_dir, task, split, limit)
    backend = load_backend(model_spec) if isinstance(model_spec, str) else model_spec
    name = model_spec if isinstance(model_spec, str) else type(model_spec).__name__
    report = TaskReport(
        model=name, task=task, data=str(data.path), split=split, style=data.style, flavour=data.flavour.value
    )

    def fits(row: dict[str, Any]) -> bool:
        count = backend.count_tokens(row["prompt"])
        if count is None or not backend.context_length:
            return True  # the backend cannot tell (a remote server decides)
        answer = backend.count_tokens(row["completion"]) or 0
        return count + 1 + answer <= backend.context_length  # +1: the BOS token

    for start in range(0, len(data.rows), batch):
        chunk = data.rows[start : start + batch]
        asked = [row for row in chunk if fits(row)]
        t0 = time.perf_counter()
        answers = (
            backend.generate([r["prompt"] for r in asked], n=1, temperature=0.0, max_tokens=max_tokens) if asked else []
        )
        report.generate_s += time.perf_counter() - t0
        texts = {id(r): a[0].text for r, a in zip(asked, answers, strict=True)}
        for row in chunk:
            t1 = time.perf_counter()
            score = score_answer(
                toolchain,
                task,
                row,
                texts.get(id(row)),
                style=data.style,
                flavour=data.flavour,
                timeout_s=timeout_s,
            )
            report.score_s += time.perf_counter() - t1
            report.rows.append(score.to_json())
            if on_row is not None:
                on_row(report.rows[-1])
    return report


__all__ = [
    "TASKS",
    "AnswerScore",
    "AnswerStatus",
    "TaskReport",
    "TaskRows",
    "evaluate_generation_task",
    "load_task_rows",
    "prompt_assembly",
    "score_answer",
    "summarize",
]
