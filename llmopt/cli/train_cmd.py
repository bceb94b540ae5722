"""``llmopt train``: train the project's models from its datasets.

Commands: ``tokenizer`` (the IR-aware BPE of ``llmopt.train.tokenizer``, measured on the validation split against
the GPT-2 pre-tokenizer), ``sft`` (supervised fine-tuning on task datasets, ``llmopt.train.sft``), ``grpo``
(``llmopt.train.grpo``), ``default`` (the default language model from a release, ``llmopt.train.default``) and
``ranker`` (the neighbour ranker of the ranked coreset from a release, ``llmopt.inference.neighbours``).
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


@train_app.command("sft")
def sft_command(
    data: list[str] = typer.Option(..., "--data", help="Task dataset dir (llmopt data build), optionally DIR=WEIGHT."),
    out: Path = typer.Option(..., "--out", "-o", help="Run directory: checkpoints, model/, sft_result.json."),
    preset: str = typer.Option("5m", "--preset", help="Model size from scratch: 2m, 5m, 10m, 40m, 150m, 1b."),
    base_model: str | None = typer.Option(None, "--base-model", help="Fine-tune this local HF model instead."),
    tokenizer: str | None = typer.Option(None, "--tokenizer", help="Tokenizer dir (default: base's, or trained)."),
    lora_r: int = typer.Option(0, "--lora-r", help="LoRA rank (0: full fine-tuning)."),
    max_length: int = typer.Option(1024, "--max-length", help="Longest example in tokens (longer are dropped)."),
    max_steps: int = typer.Option(1000, "--max-steps", help="Optimizer steps."),
    examples: int | None = typer.Option(None, "--examples", help="Training examples after mixing."),
    batch_size: int = typer.Option(8, "--batch-size"),
    learning_rate: float = typer.Option(1e-3, "--lr"),
    eval_steps: int = typer.Option(100, "--eval-steps"),
    save_steps: int = typer.Option(100, "--save-steps", help="Checkpoint every N steps (a rerun resumes)."),
    seed: int = typer.Option(0, "--seed"),
    precision: str = typer.Option("auto", "--precision", help="auto (bf16 on a capable GPU), fp32, bf16."),
    threads: int | None = typer.Option(None, "--threads", help="torch CPU threads."),
    winning_only: bool = typer.Option(
        False, "--winning-only", help="Train only on flag-tuning rows whose label beats -Oz (validation unfiltered)."
    ),
    as_json: bool = JsonOpt,
) -> None:
    """Supervised fine-tuning on task datasets; rerun the same command to resume from the last checkpoint."""
    from llmopt.train.sft import SFTSettings, TaskMix, train_sft

    settings = SFTSettings(
        data=tuple(TaskMix.parse(d) for d in data),
        preset=preset,
        base_model=base_model,
        tokenizer=tokenizer,
        lora_r=lora_r,
        max_length=max_length,
        max_steps=max_steps,
        examples=examples,
        batch_size=batch_size,
        learning_rate=learning_rate,
        eval_steps=eval_steps,
        save_steps=save_steps,
        seed=seed,
        precision=precision,
        threads=threads,
        winning_labels_only=winning_only,
    )
    result = train_sft(settings, out, progress=not as_json)
    if as_json:
        data_out = result.to_json()
        data_out.pop("log_history")
        print_json(data_out)
        return
    typer.echo(
        f"trained {result.parameters:,} parameters for {result.steps} steps on {result.train_examples} examples "
        f"({result.dropped_too_long} too long, dropped) in {result.walltime_s:.0f} s: train loss "
        f"{result.train_loss if result.train_loss is None else round(result.train_loss, 4)}, eval loss "
        f"{result.eval_loss if result.eval_loss is None else round(result.eval_loss, 4)}"
        + (f" (resumed from {result.resumed_from})" if result.resumed_from else "")
    )
    typer.echo(f"model: {result.model_dir}")


@train_app.command("grpo")
def grpo_command(
    model: str = typer.Option(..., "--model", help="Starting model dir (e.g. an SFT run's model/)."),
    data: str = typer.Option(..., "--data", help="A release dir, or Parquet prompts (prompt, ir, flavour, ...)."),
    out: Path = typer.Option(..., "--out", "-o", help="Run directory: checkpoints, model/, grpo_result.json."),
    eval_data: str | None = typer.Option(None, "--eval-data", help="Held-out prompts (default: the release's)."),
    split: str = typer.Option("train", "--split"),
    eval_split: str = typer.Option("validation", "--eval-split"),
    level: str = typer.Option("function", "--level", help="function or module programs of a release."),
    limit: int | None = typer.Option(None, "--limit", help="At most N training prompts."),
    eval_limit: int = typer.Option(32, "--eval-limit", help="At most N held-out prompts."),
    style: str = typer.Option("llm-compiler", "--style", help="Prompt style the model was trained on."),
    max_steps: int = typer.Option(100, "--max-steps"),
    num_generations: int = typer.Option(4, "--num-generations", help="Answers per prompt (the GRPO group)."),
    batch_size: int = typer.Option(8, "--batch-size", help="Completions per step (multiple of the group)."),
    max_completion_length: int = typer.Option(64, "--max-completion-length"),
    temperature: float = typer.Option(1.0, "--temperature"),
    learning_rate: float = typer.Option(1e-5, "--lr"),
    beta: float = typer.Option(0.0, "--beta", help="KL weight against the starting model."),
    save_steps: int = typer.Option(50, "--save-steps", help="Checkpoint every N steps (a rerun resumes)."),
    gate: bool = typer.Option(False, "--gate", help="Reward asks the PassListEval gate (slow; sound)."),
    lora_r: int = typer.Option(0, "--lora-r", help="LoRA rank (0: full fine-tuning)."),
    seed: int = typer.Option(0, "--seed"),
    precision: str = typer.Option("auto", "--precision", help="auto (bf16 on a capable GPU), fp32, bf16."),
    threads: int | None = typer.Option(None, "--threads", help="torch CPU threads."),
    task: str = typer.Option(
        "flag-tuning",
        "--task",
        help="flag-tuning (size reward), or LLM-VeriOpt's stages over a peephole task dataset: peephole, "
        "peephole-diagnostic, peephole-latency.",
    ),
    format_weight: float = typer.Option(0.1, "--format-weight", help="Weight of the second (format) reward."),
    gamma: float = typer.Option(2.0, "--gamma", help="peephole-latency: the reward's convex shaping exponent."),
    latency_percentile: float = typer.Option(
        80.0, "--latency-percentile", help="peephole-latency: U_max is this percentile of instcombine's speedups."
    ),
    verify_timeout: float = typer.Option(10.0, "--verify-timeout", help="peephole: verifier seconds per answer."),
    as_json: bool = JsonOpt,
) -> None:
    """GRPO with the compiler in the reward (size for flag tuning; the verifier for the peephole stages); rerun the
    same command to resume from the last checkpoint."""
    from llmopt.train.grpo import GRPOSettings, train_grpo

    settings = GRPOSettings(
        model=model,
        data=data,
        eval_data=eval_data,
        split=split,
        eval_split=eval_split,
        level=level,
        limit=limit,
        eval_limit=eval_limit,
        style=style,
        max_steps=max_steps,
        num_generations=num_generations,
        batch_size=batch_size,
        max_completion_length=max_completion_length,
        temperature=temperature,
        learning_rate=learning_rate,
        beta=beta,
        save_steps=save_steps,
        gate=gate,
        lora_r=lora_r,
        seed=seed,
        precision=precision,
        threads=threads,
        task=task,
        format_weight=format_weight,
        gamma=gamma,
        latency_percentile=latency_percentile,
        verify_timeout=verify_timeout,
    )
    result = train_grpo(settings, out, progress=not as_json)
    if as_json:
        data_out = result.to_json()
        data_out.pop("log_history")
        print_json(data_out)
        return

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:+.4f}"

    typer.echo(
        f"GRPO: {result.steps} steps on {result.train_prompts} prompts in {result.walltime_s:.0f} s; held-out mean "
        f"reward {fmt(result.eval_reward_before)} -> {fmt(result.eval_reward_after)} ({result.eval_prompts} prompts)"
    )
    typer.echo(f"model: {result.model_dir}")


@train_app.command("default")
def default_command(
    release: str = typer.Option(
        "data/releases/flagtune-v1", "--release", help="The committed release to train from (llmopt data release)."
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Run directory (stages, checkpoints, model/); rerun resumes."),
    preset: str = typer.Option("2m", "--preset", help="Model size from scratch: 2m, 5m, 10m, ..."),
    hours: float = typer.Option(2.0, "--hours", help="Wall-clock budget of the whole run; SFT gets the rest."),
    max_steps: int | None = typer.Option(None, "--max-steps", help="At most this many SFT steps (default: budget)."),
    limit: int | None = typer.Option(None, "--limit", help="At most N release programs per split."),
    optimized_ir: bool = typer.Option(
        False, "--optimized-ir/--no-optimized-ir", help="Completions carry the optimized IR (default: list only)."
    ),
    eval_prompts: int = typer.Option(200, "--eval-prompts", help="Validation prompts answered (parse rate)."),
    eval_programs: int = typer.Option(200, "--eval-programs", help="Of those, compiled against -Oz."),
    max_length: int = typer.Option(1024, "--max-length", help="Longest SFT example in tokens (longer are dropped)."),
    winning_labels_only: bool = typer.Option(
        True,
        "--winning-labels-only/--no-winning-labels-only",
        help="SFT only on rows whose label beats -Oz (the backup covers the rest).",
    ),
    seed: int = typer.Option(0, "--seed"),
    install: bool = typer.Option(False, "--install", help="Copy the model into the package (llmopt/models/default)."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="Task-build worker processes (default: all cores)."),
    # 1, not torch's default of every core: with other jobs on a 2-core machine, two threads trained 1.25x slower and
    # generated 13x slower than one (measured, docs/training.md).
    threads: int = typer.Option(1, "--threads", help="torch CPU threads (1: fastest on a busy 2-core machine)."),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Caches and engine build (default: settings)."),
    as_json: bool = JsonOpt,
) -> None:
    """Reproduce the default model from a release: task data, tokenizer, SFT, zero-shot evaluation, model card."""
    from llmopt.cli.common import settings_from, toolchain_from
    from llmopt.train.default import DefaultModelSettings, train_default_model

    config = DefaultModelSettings(
        release=release,
        preset=preset,
        hours=hours,
        max_steps=max_steps,
        limit=limit,
        optimized_ir=optimized_ir,
        eval_prompts=eval_prompts,
        eval_programs=eval_programs,
        max_length=max_length,
        winning_labels_only=winning_labels_only,
        seed=seed,
    )
    settings = settings_from(llvm_bin, data_dir)
    result = train_default_model(
        config,
        out,
        toolchain_from(settings),
        settings.data_dir,
        install=install,
        workers=jobs,
        threads=threads,
        progress=not as_json,
        log=None if as_json else typer.echo,
    )
    if as_json:
        print_json(result.to_json())
        return
    ev = result.evaluation
    change = ev["with_oz_backup"]["change_pct"]
    typer.echo(
        f"default model: {result.sft['parameters']:,} parameters, {result.sft['steps']} steps, "
        f"{result.model_bytes / 1e6:.1f} MB; zero-shot on {ev['prompts']} validation prompts: "
        f"{ev['parse_rate'] * 100:.0f} % parse, {ev['single_prompt_s']:.2f} s/prompt alone; with -Oz backup "
        f"{'n/a' if change is None else f'{change:+.2f} %'} vs -Oz on {ev['programs']} programs"
    )
    typer.echo(f"model: {result.model_dir} (card: {Path(result.model_dir) / 'README.md'})")
    if result.installed:
        typer.echo(f"installed: {result.installed}")


@train_app.command("ranker")
def ranker_command(
    release: str = typer.Option(
        "data/releases/flagtune-v2", "--release", help="The committed release to fit on (its size matrix)."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the ranker here (.npz)."),
    install: bool = typer.Option(False, "--install", help="Write it where ranked-coreset finds it (the package)."),
    flavour: Flavour = typer.Option(Flavour.SIZE, "--flavour", help="IR flavour of the release's programs."),
    split: str = typer.Option("train", "--split", help="Release split to fit on."),
    k: int = typer.Option(400, "--k", help="Neighbours per ranking."),
    llvm_bin: Path | None = typer.Option(None, "--llvm-bin", help="LLVM bin directory (default: discover)."),
    as_json: bool = JsonOpt,
) -> None:
    """Fit the neighbour ranker (the coreset order refitted per program on its nearest training programs)."""
    from llmopt.cli.common import settings_from, toolchain_from
    from llmopt.errors import ConfigError
    from llmopt.inference.neighbours import DATA_DIR, fit_from_release, ranker_file_name

    if (out is None) == (not install):
        raise ConfigError("give exactly one of --out FILE and --install")
    ranker = fit_from_release(Path(release), flavour=flavour, split=split, k=k)
    toolchain = toolchain_from(settings_from(llvm_bin, None))
    target = out if out is not None else DATA_DIR / ranker_file_name(toolchain.major, flavour)
    ranker.save(target)
    info = {"path": str(target), "bytes": target.stat().st_size, "lists": len(ranker.lists), **ranker.provenance}
    if as_json:
        print_json(info)
        return
    levels = ", ".join(f"{n} {level}" for level, n in ranker.provenance["levels"].items())
    typer.echo(f"neighbour ranker: {levels} programs x {len(ranker.lists)} lists, k={k}; {info['bytes']:,} bytes")
    typer.echo(f"written: {target}")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
