"""Token counting for length filtering and the dataset card's histogram.

``load_tokenizer`` takes ``"bytes"`` (UTF-8 bytes: an upper bound of any byte-level BPE), ``"words"`` (a built-in
split into identifiers, numbers and single punctuation marks, close to what code BPEs produce on IR), a local
``tokenizer.json`` file or a directory holding one (read with the light ``tokenizers`` package, no torch), or otherwise
the path/hub name of a Hugging Face tokenizer (needs ``transformers``, which llmopt does not require).

Limits: counts only; nothing here encodes text for training (``llmopt.train`` owns real tokenization).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol

from llmopt.errors import ConfigError

_WORD_RE = re.compile(r"[A-Za-z_$.][\w$.]*|\d+|\S")


class TokenCounter(Protocol):
    """Counts tokens of a text; ``name`` goes into the dataset card."""

    name: str

    def count(self, text: str) -> int: ...


class ByteTokenCounter:
    """One token per UTF-8 byte."""

    name = "bytes"

    def count(self, text: str) -> int:
        return len(text.encode())


class WordTokenCounter:
    """Identifiers (``%x.addr``, ``@main``'s name), numbers and single punctuation marks.

    >>> WordTokenCounter().count("%1 = load i32, ptr %x, align 4")
    12
    """

    name = "words"

    def count(self, text: str) -> int:
        return sum(1 for _ in _WORD_RE.finditer(text))


class TokenizerFileCounter:
    """A Hugging Face fast tokenizer saved as ``tokenizer.json`` (a file, or a model directory holding one).

    Counts without special tokens, so the number is what the text itself costs inside a longer sequence.
    """

    def __init__(self, path: str | Path) -> None:
        path = Path(path).expanduser()
        file = path / "tokenizer.json" if path.is_dir() else path
        try:
            from tokenizers import Tokenizer
        except ImportError as e:
            raise ConfigError(
                f"tokenizer {str(path)!r} needs the tokenizers package, which is not installed; "
                "install it (pip install tokenizers), or use the built-in 'words' or 'bytes'"
            ) from e
        try:
            self._tokenizer: Any = Tokenizer.from_file(str(file))
        except Exception as e:  # the library raises a bare Exception for malformed files
            raise ConfigError(f"{file} is not a readable tokenizer.json: {e}") from e
        self.name = str(path)

    def count(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)


class HuggingFaceTokenCounter:
    """A Hugging Face tokenizer by local path or hub name (``transformers`` must be installed)."""

    def __init__(self, name_or_path: str) -> None:
        try:
            from transformers import AutoTokenizer
        except ImportError as e:
            raise ConfigError(
                f"tokenizer {name_or_path!r} needs the transformers package, which is not installed; "
                "install it, or use the built-in 'words' or 'bytes' tokenizer"
            ) from e
        self.name = name_or_path
        # Local directories only: llmopt never downloads from a model hub at run time.
        if not Path(name_or_path).expanduser().is_dir():
            raise ConfigError(
                f"no tokenizer at {name_or_path!r}: give a local tokenizer.json, a local Hugging Face model "
                "directory, or the built-in 'words' or 'bytes' tokenizer (nothing is downloaded)"
            )
        try:
            self._tokenizer: Any = AutoTokenizer.from_pretrained(name_or_path, local_files_only=True)
        except (OSError, ValueError) as e:
            raise ConfigError(f"cannot load the tokenizer in {name_or_path!r}: {e}") from e

    def count(self, text: str) -> int:
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])


BUILTIN_TOKENIZERS: dict[str, type[ByteTokenCounter] | type[WordTokenCounter]] = {
    "bytes": ByteTokenCounter,
    "words": WordTokenCounter,
}


def load_tokenizer(spec: str = "words") -> TokenCounter:
    """A built-in counter by name, a local ``tokenizer.json`` (file or directory), else a local Hugging Face tokenizer
    directory (never a hub download).

    Raises:
        ConfigError: the tokenizer file is unreadable, or the package it needs (tokenizers, transformers) is missing.
    """
    if spec in BUILTIN_TOKENIZERS:
        return BUILTIN_TOKENIZERS[spec]()
    path = Path(spec).expanduser()
    if (path.is_file() and path.suffix == ".json") or (path / "tokenizer.json").is_file():
        return TokenizerFileCounter(path)
    return HuggingFaceTokenCounter(spec)
