"""An IR-aware byte-level BPE: the tokenizer every model llmopt trains from scratch starts with.

Why not GPT-2's: its pre-tokenizer cuts text at every space and punctuation change, so ``%5 = add nsw i32 %3, 1``
becomes a dozen pieces that BPE can never merge back into the opcode phrase that carries the meaning, and every new
register number (``%517``) costs new merges. Here the text is cut only at line breaks and around value numbers and
numeric literals (``%``/``@``/``#``/``!`` before a number, and the number itself), so a phrase such as
`` = add nsw i32 `` or ``  br label `` can become one token and a value number costs no phrase merges. Measured before
this module on a small sample of hand-written IR: 3.45 characters per token against 2.45 for the GPT-2 pre-tokenizer
at the same vocabulary size.

Training text goes through ``llmopt.prompts.ir_text.model_ir_text`` first (no build paths, comments or debug
metadata), the same cleaning the prompts apply, so the vocabulary is spent on code.

Limits: byte-level (no unknown tokens); a number is one piece, so rare long literals cost several tokens.
``tokenizers`` only (no torch); ``save`` writes the Hugging Face files ``transformers`` loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError
from llmopt.prompts.ir_text import model_ir_text

# Line breaks, a sigil that introduces a numbered value (`%5`, `@0`, `#1`, `!7`), and every number that is not part of
# a name or type (`i32`, `x86_64`, `%x.addr2` stay whole) are pieces of their own; the text between them (opcodes,
# types, flags, punctuation and spaces together) is what BPE merges. The `[INST]`/`[/INST]` markers of the
# llm-compiler prompt are pieces too: its prompt ends on `[/INST]` and the completion follows with no line break, so
# without the cut BPE merges across the boundary, the prompt alone no longer tokenizes as a prefix of prompt +
# completion, and the trainer drops the prompt's end from every training sequence (it warns), which is then not the
# context the model sees at inference.
IR_SPLIT_PATTERN = r"\n|\[/?INST\]|[%@#!](?=\d)|(?<![\w.$])\d+"
SPECIAL_TOKENS = ("<pad>", "<s>", "</s>")
PAD, BOS, EOS = SPECIAL_TOKENS
DEFAULT_VOCAB_SIZE = 4096
REPORT_FILE = "llmopt_tokenizer.json"


class PreTokenizer(str, Enum):
    """How text is cut before BPE: ``ir`` (this module's reason to exist) or ``gpt2`` (the comparison baseline)."""

    IR = "ir"
    GPT2 = "gpt2"


@dataclass(frozen=True)
class TokenizerReport:
    """What was trained and how well it compresses held-apart text (characters per token: higher is better)."""

    pre_tokenizer: str
    vocab_size: int
    train_texts: int
    train_chars: int
    eval_texts: int
    eval_chars: int
    eval_tokens: int
    baseline_eval_tokens: int | None = None  # the GPT-2 pre-tokenizer at the same vocabulary size, when compared

    @property
    def chars_per_token(self) -> float:
        return self.eval_chars / max(1, self.eval_tokens)

    @property
    def baseline_chars_per_token(self) -> float | None:
        return None if self.baseline_eval_tokens is None else self.eval_chars / max(1, self.baseline_eval_tokens)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["chars_per_token"] = round(self.chars_per_token, 4)
        baseline = self.baseline_chars_per_token
        data["baseline_chars_per_token"] = None if baseline is None else round(baseline, 4)
        return data


def _new_tokenizer(pre: PreTokenizer) -> Any:
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers

    tok = Tokenizer(models.BPE())
    if pre is PreTokenizer.IR:
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [
                pre_tokenizers.Split(Regex(IR_SPLIT_PATTERN), behavior="isolated"),
                pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
            ]
        )
    else:
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    return tok


def train_tokenizer(
    texts: Iterable[str],
    *,
    vocab_size: int = DEFAULT_VOCAB_SIZE,
    pre_tokenizer: PreTokenizer = PreTokenizer.IR,
    min_frequency: int = 2,
    clean: bool = True,
) -> Any:
    """A trained ``tokenizers.Tokenizer`` over ``texts`` (IR; cleaned with ``model_ir_text`` unless ``clean=False``).

    Raises:
        ConfigError: ``vocab_size`` too small to hold the byte alphabet and the special tokens, or no text.
    """
    from tokenizers import pre_tokenizers, trainers

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    if vocab_size < len(alphabet) + len(SPECIAL_TOKENS):
        raise ConfigError(f"vocab_size {vocab_size} is too small: at least {len(alphabet) + len(SPECIAL_TOKENS)}")
    prepared = [model_ir_text(t) if clean else t for t in texts]
    if not any(prepared):
        raise ConfigError("no training text for the tokenizer")
    tok = _new_tokenizer(pre_tokenizer)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=alphabet,
        show_progress=False,
    )
    tok.train_from_iterator(prepared, trainer, length=len(prepared))
    return tok


def count_tokens(tokenizer: Any, texts: Sequence[str], *, clean: bool = True) -> tuple[int, int]:
    """(characters, tokens) of ``texts`` after the same cleaning as training."""
    prepared = [model_ir_text(t) if clean else t for t in texts]
    encodings = tokenizer.encode_batch(prepared, add_special_tokens=False)
    return sum(len(t) for t in prepared), sum(len(e.ids) for e in encodings)


def build_tokenizer(
    train_texts: Sequence[str],
    eval_texts: Sequence[str],
    *,
    vocab_size: int = DEFAULT_VOCAB_SIZE,
    compare_gpt2: bool = True,
) -> tuple[Any, TokenizerReport]:
    """Train the IR tokenizer on ``train_texts`` and measure it on ``eval_texts`` (a split it never saw), with the
    GPT-2 pre-tokenizer trained on the same text at the same size as the baseline when ``compare_gpt2``."""
    if not eval_texts:
        raise ConfigError("no evaluation text: give a validation split to measure characters per token")
    tok = train_tokenizer(train_texts, vocab_size=vocab_size)
    eval_chars, eval_tokens = count_tokens(tok, eval_texts)
    baseline = None
    if compare_gpt2:
        gpt2 = train_tokenizer(train_texts, vocab_size=vocab_size, pre_tokenizer=PreTokenizer.GPT2)
        baseline = count_tokens(gpt2, eval_texts)[1]
    report = TokenizerReport(
        pre_tokenizer=PreTokenizer.IR.value,
        vocab_size=tok.get_vocab_size(),
        train_texts=len(train_texts),
        train_chars=sum(len(t) for t in train_texts),
        eval_texts=len(eval_texts),
        eval_chars=eval_chars,
        eval_tokens=eval_tokens,
        baseline_eval_tokens=baseline,
    )
    return tok, report


def save_tokenizer(tokenizer: Any, out_dir: str | Path, report: TokenizerReport | None = None) -> Path:
    """Write ``tokenizer.json`` plus the Hugging Face config files (``AutoTokenizer.from_pretrained(out_dir)`` loads
    it with ``<s>``/``</s>``/``<pad>`` set), and the report beside them. Files are written whole or not at all."""
    from llmopt.toolchain import write_atomic

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "tokenizer.json", tokenizer.to_str())
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": BOS,
        "eos_token": EOS,
        "pad_token": PAD,
        "model_max_length": 1_000_000,
        "clean_up_tokenization_spaces": False,
    }
    write_atomic(out / "tokenizer_config.json", json.dumps(config, indent=1) + "\n")
    special = {"bos_token": BOS, "eos_token": EOS, "pad_token": PAD}
    write_atomic(out / "special_tokens_map.json", json.dumps(special, indent=1) + "\n")
    if report is not None:
        write_atomic(out / REPORT_FILE, json.dumps(report.to_json(), indent=1) + "\n")
    return out


def load_tokenizer_file(path: str | Path) -> Any:
    """The ``tokenizers.Tokenizer`` saved in ``path`` (a directory or its ``tokenizer.json``).

    Raises:
        ConfigError: no tokenizer there.
    """
    from tokenizers import Tokenizer

    p = Path(path)
    file = p / "tokenizer.json" if p.is_dir() else p
    if not file.is_file():
        raise ConfigError(f"{path}: no tokenizer.json (train one with `llmopt train tokenizer`)")
    return Tokenizer.from_file(str(file))


__all__ = [
    "DEFAULT_VOCAB_SIZE",
    "IR_SPLIT_PATTERN",
    "SPECIAL_TOKENS",
    "PreTokenizer",
    "TokenizerReport",
    "build_tokenizer",
    "count_tokens",
    "load_tokenizer_file",
    "save_tokenizer",
    "train_tokenizer",
]
