"""``llmopt train``: train the project's models from its datasets.

Commands: ``tokenizer`` (the IR-aware BPE of ``llmopt.train.tokenizer``, measured on the validation split against
the GPT-2 pre-tokenizer). Model training commands join this group as they land.
"""

from __future__ import annotations

from pathlib import Path

import typer

from llmopt.cli.common import JsonOpt, print_json, print_table
from llmopt.toolchain.flavour import Flavour

train_app = typer.Typer(help="Train tokenizers and models on llmopt datasets.", no_args_is_help=True)


def _texts(dataset: Path, flavour: Flavour, level: str, split: str, limit: int | None) -> list[str]:
    """IR texts of one split, refusing rows from held-out packages (they are for evaluation suites only)."""
    from llmopt.data.assemble import load_corpus
    from llmopt.data.heldout import is_heldout
    from llmopt.errors import ConfigError

    rows = load_corpus(dataset, flavour=flavour.value, level=level, split=split)
    packages = sorted({p for p in rows.unique("package") if p and is_heldout(p)})
    if packages:
        raise ConfigError(
            f"{dataset} holds held-out packages ({', '.join(packages[:5])}): they are for evaluation only, "
            "never for training a tokenizer or a model"
        )
    texts = list(rows["ir"])
    return texts if limit is None else texts[:limit]


@train_app.command("tokenizer")
def tokenizer_command(
    dataset: Path = typer.Argument(..., help="An llmopt dataset (llmopt data corpus): train split in, validation out."),
    out: Path = typer.Option(..., "--out", "-o", help="Directory for tokenizer.json and the Hugging Face files."),
    vocab_size: int = typer.Option(4096, "--vocab-size", help="BPE vocabulary size (special tokens included)."),
    flavour: Flavour = typer.Option(Flavour.SIZE, "--flavour", help="IR flavour of the rows to read."),
    level: str = typer.Option("function", "--level", help="function or module rows."),
    max_texts: int | None = typer.Option(None, "--max-texts", help="Use at most this many training rows."),
    compare_gpt2: bool = typer.Option(True, "--compare-gpt2/--no-compare-gpt2", help="Measure the GPT-2 baseline."),
    as_json: bool = JsonOpt,
) -> None:
    """Train the IR-aware BPE on DATASET's train split and report characters per token on its validation split."""
    from llmopt.train.tokenizer import build_tokenizer, save_tokenizer

    train = _texts(dataset, flavour, level, "train", max_texts)
    validation = _texts(dataset, flavour, level, "validation", None)
    tokenizer, report = build_tokenizer(train, validation, vocab_size=vocab_size, compare_gpt2=compare_gpt2)
    save_tokenizer(tokenizer, out, report)
    if as_json:
        print_json({**report.to_json(), "out": str(out)})
        return
    rows = [["ir (llmopt)", report.vocab_size, f"{report.chars_per_token:.3f}"]]
    if report.baseline_chars_per_token is not None:
        rows.append(["gpt2 pre-tokenizer", vocab_size, f"{report.baseline_chars_per_token:.3f}"])
    print_table(
        f"tokenizer: {report.train_texts} train rows, {report.eval_texts} validation rows",
        ["pre-tokenizer", "vocab", "chars/token (validation)"],
        rows,
    )
    typer.echo(f"wrote {out}")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
