"""The feedback loop (Grubisic et al., *Compiler Generated Feedback for Large Language Models*).

The model answers the instruction-count task (pass list, predicted instruction counts before and after, optionally
the optimized IR) with a first line "I am sure!" or "Let me try again."; the compiler then applies the answer's
passes and computes the feedback (``llmopt.prompts.feedback``: Fast = pass-list validity and the real vs predicted
counts; Short adds the BLEU of the generated IR against the compiled IR and the errors of compiling the generated IR;
Long adds the compiled IR itself), and the next round's prompt is the first prompt, the previous answer and the
feedback, in the layout of the feedback dataset (``FeedbackFormat.render_followup``). Up to ``rounds`` answers; the
loop ends early on "I am sure!" (the paper uses that answer as the final one) or when the budget is spent. Every
answer's list is a candidate of the shared selection step, so the loop returns the best accepted one, not the last.

Each round costs one compilation (a repeated list is free) and one model call. Short and Long feedback measure with
the optimized IR (``want_ir``), Fast does not; Fast also stops generation at ``<code>`` (it needs no IR).

Limits: counts are over the whole module (what the passes apply to), so an ``ir_view`` that shows the model a part
of a large module makes the source count the module's, not the part's. Chat prompts are flattened to text (see
``llmopt.inference.model.prompt_text``). The paper found sampling stronger than iterating at >= 10 samples; this
strategy is here to measure that on our models, not because it is expected to win.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from llmopt.errors import ConfigError
from llmopt.inference.model import ModelClient, prompt_text, read_answer_parse
from llmopt.inference.strategy import Session, Strategy
from llmopt.prompts import FeedbackFormat, FeedbackInputs, InstructionCountExample
from llmopt.prompts.compile_feedback import find_ir_error
from llmopt.prompts.feedback import FEEDBACK_KINDS
from llmopt.toolchain import count_instructions


@dataclass(frozen=True)
class FeedbackLoop(Strategy):
    """Answer, compile, feed back, up to ``rounds`` times; stop on "I am sure!" (see the module docstring).

    Attributes:
        rounds: answers at most (the first answer is round 1).
        kind: "fast", "short" or "long" feedback.
        stop_on_sure: end the loop at the first "I am sure!".
    """

    name: ClassVar[str] = "feedback"
    needs_model: ClassVar[bool] = True
    rounds: int = 3
    kind: str = "fast"
    stop_on_sure: bool = True

    def __post_init__(self) -> None:
        if self.rounds < 1:
            raise ConfigError(f"the feedback loop needs rounds >= 1, got {self.rounds}")
        if self.kind not in FEEDBACK_KINDS:
            raise ConfigError(f"unknown feedback kind {self.kind!r}; use one of: {', '.join(FEEDBACK_KINDS)}")

    def wants_ir(self) -> bool:
        return self.kind != "fast"

    def propose(self, session: Session) -> None:
        client = ModelClient(session)
        fmt = FeedbackFormat(kind=self.kind)
        task = InstructionCountExample(ir=session.context.view(session.module))
        source_count = count_instructions(session.module.text)
        prompt = prompt_text(fmt.first_prompt(task))
        stop = list(fmt.stop_sequences) or None
        for _round in range(self.rounds):
            out = client.generate([prompt], n=1, temperature=0.0, stop=stop, source="feedback")
            if not out or not out[0]:
                return
            text = out[0][0].text
            pipeline, parse = read_answer_parse(session, fmt, text, "feedback")
            evaluation = None
            if pipeline is not None:
                evaluation = session.measure(pipeline, "feedback")
                if evaluation is None:
                    return  # the budget is spent
            if self.stop_on_sure and parse.sure:
                return
            if session.exhausted:
                return
            valid = evaluation is not None and evaluation.ok
            if self.kind == "fast":
                inputs = FeedbackInputs(
                    parse=parse,
                    passes_valid=valid,
                    source_instruction_count=source_count,
                    target_instruction_count=evaluation.instruction_count if valid and evaluation else None,
                )
            else:
                compiled = evaluation.ir if valid and evaluation is not None else None
                inputs = FeedbackInputs.from_compilation(
                    parse, valid, source_count, compiled, self._ir_error(session, parse.ir)
                )
            prompt = prompt_text(fmt.render_followup(task, text, inputs))

    @staticmethod
    def _ir_error(session: Session, ir: str | None) -> str | None:
        """LLVM's first error on the model's generated IR (the same text the feedback dataset was built with), None
        when it parses and verifies (or there is none)."""
        if ir is None:
            return None
        return find_ir_error(session.measurer.toolchain, ir, session.measurer.timeout_s)


__all__ = ["FeedbackLoop"]
