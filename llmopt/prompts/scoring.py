"""Text-similarity scores the task formats report: BLEU between two code texts and the disassembly round-trip score.

Both are pure functions of text. Lowering the model's IR back to assembly (``llc``/``clang -S``) is the caller's job,
done through ``llmopt.toolchain``; a caller whose lowering failed passes ``None`` and gets the "no round trip" score.

BLEU is sacrebleu's sentence BLEU with its default ``13a`` tokenizer (which splits punctuation such as ``%``, ``,``
and ``(``, so it compares code token by token), scaled to [0, 1]. Two identical texts score exactly 1.0, including
two empty ones, which BLEU itself would score 0.

Limits: BLEU rewards surface similarity; it says nothing about semantics (an equivalence check does).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


def bleu_score(hypothesis: str, reference: str) -> float:
    """Sentence BLEU of ``hypothesis`` against ``reference`` in [0, 1] (1.0 exactly when the texts are identical).

    Example:
        >>> bleu_score("add i32 %a, %b", "add i32 %a, %b")
        1.0
    """
    if hypothesis == reference:
        return 1.0
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    import sacrebleu

    score = sacrebleu.sentence_bleu(hypothesis, [reference]).score / 100.0
    return min(1.0, max(0.0, score))


def _normalize_asm(text: str) -> str:
    """Line endings unified and trailing blank space dropped: what "character for character" should ignore."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")


def strip_asm_noise(text: str) -> str:
    """Assembly without comment-only lines and the ``.file``/``.ident`` directives, which name the source file and
    compiler rather than the code (so two lowerings of the same IR from differently named files compare equal)."""
    kept = []
    for line in text.split("\n"):
        code = line.strip()
        if not code or code.startswith(("#", ".file", ".ident")):
            continue
        kept.append(line)
    return "\n".join(kept)


class RoundTripStatus(str, Enum):
    """Whether the model's IR could be lowered back to assembly at all."""

    LOWERED = "lowered"
    NOT_LOWERED = "not_lowered"


@dataclass(frozen=True)
class RoundTripScore:
    """The disassembly round-trip score (LLM Compiler, section 6.2).

    Attributes:
        status: LOWERED when the model's IR compiled back to assembly, NOT_LOWERED otherwise.
        bleu: BLEU of the round-tripped assembly against the original, in [0, 1]; 0.0 when not lowered.
        exact_match: the round-tripped assembly equals the original character for character (after unifying line
            endings and trailing blanks).
    """

    status: RoundTripStatus
    bleu: float
    exact_match: bool

    @property
    def round_tripped(self) -> bool:
        return self.status is RoundTripStatus.LOWERED

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status.value, "bleu": self.bleu, "exact_match": self.exact_match}


def score_round_trip(original_asm: str, round_trip_asm: str | None, ignore_noise: bool = False) -> RoundTripScore:
    """Compare the original assembly with the assembly obtained by lowering the model's disassembled IR.

    Args:
        original_asm: the assembly the model was asked to disassemble.
        round_trip_asm: the model's IR lowered back to assembly with the same toolchain and flags, or None when
            the IR did not compile.
        ignore_noise: compare without comment lines and ``.file``/``.ident`` directives (see ``strip_asm_noise``);
            off by default, which is the paper's plain comparison.

    Returns:
        The ``RoundTripScore``.

    Example:
        >>> score_round_trip("f:\\n\\tretq\\n", "f:\\n\\tretq\\n").exact_match
        True
    """
    if round_trip_asm is None:
        return RoundTripScore(status=RoundTripStatus.NOT_LOWERED, bleu=0.0, exact_match=False)
    original, round_trip = _normalize_asm(original_asm), _normalize_asm(round_trip_asm)
    if ignore_noise:
        original, round_trip = strip_asm_noise(original), strip_asm_noise(round_trip)
    return RoundTripScore(
        status=RoundTripStatus.LOWERED, bleu=bleu_score(round_trip, original), exact_match=original == round_trip
    )


__all__ = ["RoundTripScore", "RoundTripStatus", "bleu_score", "score_round_trip", "strip_asm_noise"]
