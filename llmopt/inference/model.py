"""Asking the model: prompts for a module, backend calls with usage accounting, and answers read into candidates.

``ModelClient`` wraps a ``Backend`` for one ``Session``: every call is counted (calls, prompts, completions, scored
continuations, tokens, seconds) and a backend that cannot answer (server gone, timeout, a prompt over the context)
becomes a typed failure of the session instead of an exception, so the run still ends in the selection step and
returns ``-Oz``. ``read_answer`` turns one completion into a canonical pipeline or a typed failure (empty, garbage,
unknown pass).

Prompts: ``flag_tuning_prompt`` renders the flag-tuning task in the context's style. Chat-style prompts (message
lists) are flattened to plain text (``prompt_text``: the messages' contents separated by blank lines), because the
backends' ``generate`` takes text; a chat backend that applies a model's own chat template is the backend's business.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from llmopt.backends import Backend, BackendError, Completion, ContextOverflowError
from llmopt.errors import ConfigError
from llmopt.inference.strategy import FailureKind, Session
from llmopt.prompts import FlagTuningExample, Prompt, PromptFormat, get_format
from llmopt.toolchain import count_instructions

if TYPE_CHECKING:
    from llmopt.prompts import ParseResult

# A server that dies mid-batch or times out may surface as these from HTTP clients that do not wrap them.
_BACKEND_FAILURES = (BackendError, TimeoutError, ConnectionError)


def prompt_text(prompt: Prompt) -> str:
    """A rendered prompt as one text: plain text as is, chat messages' contents joined by blank lines."""
    if isinstance(prompt, str):
        return prompt
    return "\n\n".join(m["content"] for m in prompt)


def flag_tuning_format(style: str) -> PromptFormat[FlagTuningExample]:
    """The flag-tuning prompt format of ``style`` ("llm-compiler" or "llmopt"). Raises ConfigError for others."""
    return get_format("flag_tuning", style=style)


# Pass-list strategies read only the list (and the predicted sizes) of an answer; a flag-tuning answer may go on to
# write the optimized IR in a <code> block, which is most of its tokens. Stopping there keeps a zero-shot answer to
# the list's length (the compiler, not the model, makes the IR that is used).
LIST_ONLY_STOP: tuple[str, ...] = ("<code>",)


def flag_tuning_prompt(session: Session) -> str:
    """The flag-tuning prompt for the session's module in the context's style.

    The llmopt style shows the input's instruction count (from the text) and binary size, which costs the ``-O0``
    compilation (no passes); that measurement is counted and is also a candidate (no passes is trusted). The
    llm-compiler style shows neither.
    """
    size = 0
    if flag_tuning_format(session.context.prompt_style).style != "llm-compiler":
        o0 = session.measure("", "o0")
        size = (o0.binary_size or 0) if o0 is not None else 0
    return flag_tuning_prompt_text(session.context.view(session.module), session.context.prompt_style, size)


def flag_tuning_prompt_text(ir_view: str, style: str, binary_size: int = 0) -> str:
    """The flag-tuning prompt text for an IR view (what ``StrategyContext.view`` shows the model) in ``style``;
    ``binary_size`` is the input's ``-O0`` size, shown by the llmopt style only. Benchmarks that score lists
    without a session build the same prompt here."""
    example = FlagTuningExample(
        ir=ir_view, ir_instruction_count=count_instructions(ir_view), ir_binary_size=binary_size
    )
    return prompt_text(flag_tuning_format(style).render_prompt(example))


def read_answer(session: Session, fmt: PromptFormat[Any], completion: Completion, source: str) -> str | None:
    """Canonical pipeline text of the pass list in one completion, or None with a typed failure recorded.

    "No improvement" answers (flag tuning's short form) mean no passes: the empty pipeline.
    """
    pipeline, _parse = read_answer_parse(session, fmt, completion.text, source)
    return pipeline


def read_answer_parse(
    session: Session, fmt: PromptFormat[Any], text: str, source: str
) -> tuple[str | None, ParseResult]:
    """``read_answer`` on text, also returning the format's ``ParseResult`` (the feedback loop needs its fields)."""
    parse = fmt.parse(text)
    if not text.strip():
        session.fail(FailureKind.EMPTY, "the model answered nothing", source)
        return None, parse
    if parse.pass_pipeline is None:
        if parse.no_improvement:
            return "", parse
        snippet = " ".join(text.split())[:80]
        session.fail(FailureKind.GARBAGE, f"no pass list in {snippet!r} ({parse.describe()})"[:300], source)
        return None, parse
    pipeline = session.parse(parse.pass_pipeline, source)
    if pipeline is not None:
        session.predict(pipeline, source, parse.target_instruction_count, parse.target_binary_size, parse.sure)
    return pipeline, parse


class ModelClient:
    """A backend with usage accounting and typed failures for one session (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        if session.backend is None:
            raise ConfigError(f"strategy {session.strategy!r} needs a model backend (--model)")
        self.backend: Backend = session.backend
        self.session = session

    def generate(
        self,
        prompts: list[str],
        *,
        n: int = 1,
        temperature: float = 0.0,
        top_p: float = 1.0,
        stop: list[str] | None = None,
        seed: int | None = None,
        source: str = "model",
    ) -> list[list[Completion]] | None:
        """``Backend.generate`` with the context's ``max_tokens`` and seed; None (and a failure) when it fails."""
        usage = self.session.usage
        start = time.perf_counter()
        try:
            out = self.backend.generate(
                prompts,
                n=n,
                temperature=temperature,
                top_p=top_p,
                max_tokens=self.session.context.max_tokens,
                stop=stop,
                seed=self.session.context.seed if seed is None else seed,
            )
        except ContextOverflowError as e:
            self.session.fail(FailureKind.CONTEXT_OVERFLOW, str(e), source)
            return None
        except _BACKEND_FAILURES as e:
            self.session.fail(FailureKind.BACKEND_ERROR, f"{type(e).__name__}: {e}"[:300], source)
            return None
        finally:
            usage.calls += 1
            usage.prompts += len(prompts)
            usage.seconds += time.perf_counter() - start
        for row in out:
            usage.completions += len(row)
            if row:
                usage.prompt_tokens += row[0].prompt_tokens
            usage.completion_tokens += sum(c.completion_tokens for c in row)
        return out

    def score(self, prompt: str, continuations: list[str], source: str = "model") -> list[float] | None:
        """``Backend.score`` (teacher-forced log-probabilities); None (and a failure) when it fails."""
        usage = self.session.usage
        start = time.perf_counter()
        try:
            out = self.backend.score(prompt, continuations)
        except ContextOverflowError as e:
            self.session.fail(FailureKind.CONTEXT_OVERFLOW, str(e), source)
            return None
        except _BACKEND_FAILURES as e:
            self.session.fail(FailureKind.BACKEND_ERROR, f"{type(e).__name__}: {e}"[:300], source)
            return None
        finally:
            usage.calls += 1
            usage.scored += len(continuations)
            usage.seconds += time.perf_counter() - start
        return out


__all__ = ["ModelClient", "flag_tuning_format", "flag_tuning_prompt", "prompt_text", "read_answer", "read_answer_parse"]
