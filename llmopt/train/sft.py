"""Supervised fine-tuning on task datasets with TRL's ``SFTTrainer``: from a preset (from scratch) or a local base.

One function, ``train_sft``, serves the laptop and the GPU: it reads the prompt/completion columns that
``llmopt data build`` writes, mixes tasks by weight, computes the loss on the completion only, evaluates on the
validation split, checkpoints, and resumes from the last checkpoint when the same command runs again.

What the CPU needs is set here explicitly instead of trusting library defaults: fp32 (``bf16=False``: bf16 was 9x
slower on this CPU, and TRL turns it on by default), no dataloader worker processes, the torch thread count, and no
reporting integrations. On a GPU the same settings train in bf16 when the device supports it (``precision="auto"``).

Examples longer than ``max_length`` tokens are dropped, never truncated: a truncated completion would teach the model
to stop in the middle of a pass list. How many were dropped is in the result.

Limits: one process (no distributed launch); a tokenizer may merge the prompt's last characters with the completion's
first (TRL then warns and trains from where the two tokenizations diverge), which ending prompts on a line break
avoids; a run directory holds one configuration (``sft.json``): a different one
is refused rather than mixed into the same checkpoints.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError

SETTINGS_FILE = "sft.json"
RESULT_FILE = "sft_result.json"
MODEL_DIR = "model"
CHECKPOINT_DIR = "checkpoints"
TOKENIZER_DIR = "tokenizer"


@dataclass(frozen=True)
class TaskMix:
    """One task dataset (a ``llmopt data build`` output) and its share of the training examples."""

    path: str
    weight: float = 1.0

    @classmethod
    def parse(cls, text: str) -> TaskMix:
        """``DIR`` or ``DIR=WEIGHT``."""
        path, _, weight = text.partition("=")
        try:
            value = float(weight) if weight else 1.0
        except ValueError:
            raise ConfigError(f"{text!r}: the weight after '=' must be a number") from None
        if value <= 0:
            raise ConfigError(f"{text!r}: the weight must be positive")
        return cls(path=path, weight=value)


@dataclass(frozen=True)
class SFTSettings:
    """Everything that decides the trained model (recorded in ``sft.json``; a resumed run must match it).

    Attributes:
        data: task datasets and their weights.
        preset: a ``llmopt.train.presets`` name, for a model from scratch (ignored with ``base_model``).
        base_model: a local Hugging Face model directory to fine-tune instead.
        tokenizer: tokenizer directory; None: the base model's, or (from scratch) one trained on the training text.
        lora_r: LoRA rank through ``peft`` (0: train every weight).
        max_length: longest example in tokens (longer ones are dropped).
        max_steps: optimizer steps; examples: training examples after mixing (None: every example once per task
            weight unit).
        eval_examples: at most this many validation examples for the evaluation loss (None: the whole split; a
            large split evaluated every ``eval_steps`` can cost more time than the training steps between).
        precision: ``auto`` (bf16 on a GPU that has it, else fp32), ``fp32`` or ``bf16``.
        activation_checkpointing: recompute activations in the backward pass (memory for time: for large models on
            a GPU; TRL turns it on by default, which only slows the small CPU models down).
        model_overrides: ``LlamaConfig`` fields that change the preset (e.g. a smaller context for tests).
        winning_labels_only: train only on the flag-tuning rows whose label is smaller than ``-Oz``
            (``best_binary_size < oz_binary_size``; rows of datasets without those columns are all kept; the
            validation split is never filtered). Why: ``-Oz`` is the backup of every strategy, so a list equal to
            ``-Oz`` buys nothing, yet it is the label of most functions, and a small model trained on every row
            learns to answer ``default<Oz>`` to everything (docs/training.md, run v3).
    """

    data: tuple[TaskMix, ...]
    preset: str = "5m"
    base_model: str | None = None
    tokenizer: str | None = None
    lora_r: int = 0
    lora_alpha: int = 16
    max_length: int = 1024
    max_steps: int = 1000
    examples: int | None = None
    eval_examples: int | None = None
    batch_size: int = 8
    gradient_accumulation: int = 1
    learning_rate: float = 1e-3
    warmup_steps: int = 20
    eval_steps: int = 100
    save_steps: int = 100
    seed: int = 0
    precision: str = "auto"
    threads: int | None = None
    activation_checkpointing: bool = False
    model_overrides: dict[str, Any] = field(default_factory=dict)
    winning_labels_only: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["data"] = [asdict(t) for t in self.data]
        return data


@dataclass(frozen=True)
class SFTResult:
    """What a run produced: where the model is, its size, and the measured curve."""

    model_dir: str
    parameters: int
    train_examples: int
    eval_examples: int
    dropped_too_long: int
    steps: int
    resumed_from: str | None
    train_loss: float | None
    eval_loss: float | None
    train_tokens: int
    walltime_s: float
    log_history: list[dict[str, Any]]
    trainable_parameters: int = 0  # with LoRA, the adapter's (merged into the saved model); else every weight

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _check_settings(out: Path, settings: SFTSettings) -> None:
    """Refuse a run directory made with other settings (its checkpoints would silently mix two runs)."""
    path = out / SETTINGS_FILE
    wanted = settings.to_json()
    if path.is_file():
        recorded = json.loads(path.read_text())
        if recorded != wanted:
            # A key missing on one side equals None (a field added later with default None does not break resume).
            changed = sorted(k for k in set(recorded) | set(wanted) if recorded.get(k) != wanted.get(k))
            if not changed:
                return
            raise ConfigError(
                f"{out} holds an SFT run with other settings ({', '.join(changed)}); use another --out or the same "
                "options to resume"
            )
        return
    from llmopt.toolchain import write_atomic

    out.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(wanted, indent=1, sort_keys=True) + "\n")


WINNING_COLUMNS = ("best_binary_size", "oz_binary_size")


def _winning(rows: Any) -> Any:
    """The rows whose label beats ``-Oz`` (all rows when the dataset has no label sizes: not a flag-tuning task)."""
    if not set(WINNING_COLUMNS) <= set(rows.column_names):
        return rows
    best, oz = WINNING_COLUMNS
    return rows.filter(lambda r: r[best] is not None and r[oz] is not None and r[best] < r[oz])


def _load_split(mix: Sequence[TaskMix], split: str, *, winning_only: bool = False) -> list[Any]:
    import datasets

    from llmopt.data.tasks.runner import task_data_files

    parts = []
    for task in mix:
        files = task_data_files(task.path)
        if split in files:
            rows = datasets.load_dataset("parquet", data_files={split: files[split]}, split=split)
            if winning_only:
                rows = _winning(rows)
                if len(rows) == 0:
                    raise ConfigError(f"task dataset {task.path} has no {split} row whose label beats -Oz")
            parts.append(rows)
        elif split == "train":
            raise ConfigError(f"task dataset {task.path} has no training rows")
        else:
            parts.append(None)
    return parts


def _mixed(parts: list[Any], mix: Sequence[TaskMix], total: int | None, seed: int) -> Any:
    """Concatenate tasks with ``weight`` shares: each task is sampled (with repeats when it is too small) to
    ``total * weight / sum(weights)`` rows, then shuffled together."""
    import datasets

    weights = [t.weight for t in mix]
    total = total if total is not None else sum(len(p) for p in parts)
    chosen = []
    for part, weight in zip(parts, weights, strict=True):
        want = max(1, round(total * weight / sum(weights)))
        reps = math.ceil(want / len(part))
        indices = [i % len(part) for i in range(reps * len(part))][:want]
        chosen.append(part.shuffle(seed=seed).select(indices).select_columns(["prompt", "completion"]))
    return datasets.concatenate_datasets(chosen).shuffle(seed=seed)


def _filter_length(rows: Any, tokenizer: Any, max_length: int) -> tuple[Any, int]:
    def fits(example: dict[str, Any]) -> bool:
        ids = tokenizer(example["prompt"] + example["completion"], add_special_tokens=True)["input_ids"]
        return len(ids) + 1 <= max_length  # +1: the end-of-sequence token TRL appends

    kept = rows.filter(fits)
    return kept, len(rows) - len(kept)


def _tokenizer_for(settings: SFTSettings, train_rows: Any, out: Path) -> Any:
    from transformers import AutoTokenizer

    if settings.tokenizer:
        return AutoTokenizer.from_pretrained(settings.tokenizer)
    if settings.base_model:
        tok = AutoTokenizer.from_pretrained(settings.base_model)
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        return tok
    target = out / TOKENIZER_DIR
    if not (target / "tokenizer.json").is_file():
        from llmopt.train.tokenizer import save_tokenizer, train_tokenizer

        texts = [p + c for p, c in zip(train_rows["prompt"], train_rows["completion"], strict=True)]
        save_tokenizer(train_tokenizer(texts, vocab_size=4096, clean=False), target)
    return AutoTokenizer.from_pretrained(str(target))


def _model_for(settings: SFTSettings, tokenizer: Any) -> Any:
    import torch
    from transformers import AutoModelForCausalLM

    if settings.base_model:
        return AutoModelForCausalLM.from_pretrained(settings.base_model, torch_dtype=torch.float32)
    from llmopt.train.presets import scratch_model

    return scratch_model(settings.preset, tokenizer, seed=settings.seed, **settings.model_overrides)


def _bf16(precision: str) -> bool:
    import torch

    if precision == "fp32":
        return False
    has_bf16 = torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    if precision == "bf16" and not has_bf16:
        raise ConfigError("precision bf16 needs a GPU that supports it; use fp32 on CPU (bf16 is ~9x slower there)")
    if precision not in ("auto", "bf16"):
        raise ConfigError(f"unknown precision {precision!r}; use auto, fp32 or bf16")
    return has_bf16


def _state_is_whole(path: Path) -> bool:
    try:
        return isinstance(json.loads(path.read_text()), dict)
    except (OSError, ValueError):
        return False


def last_complete_checkpoint(checkpoints: Path) -> str | None:
    """The newest checkpoint that was written to the end (its ``trainer_state.json`` exists and parses: the Trainer
    writes it after the weights and optimizer state, not atomically, so a kill can leave it empty or cut), so a run
    killed in the middle of saving resumes from the one before."""
    if not checkpoints.is_dir():
        return None
    complete = [p for p in checkpoints.glob("checkpoint-*") if _state_is_whole(p / "trainer_state.json")]
    steps = [(int(p.name.rsplit("-", 1)[1]), p) for p in complete if p.name.rsplit("-", 1)[1].isdigit()]
    return str(max(steps)[1]) if steps else None


def train_sft(settings: SFTSettings, out_dir: str | Path, *, progress: bool = True) -> SFTResult:
    """Train (or resume) one SFT run into ``out_dir``; the final model is ``out_dir/model`` (with its tokenizer).

    Raises:
        ConfigError: no data, unknown preset, other settings in ``out_dir``, or nothing fits ``max_length``.
    """
    import torch
    from trl import SFTConfig, SFTTrainer

    if not settings.data:
        raise ConfigError("no task dataset given (build one with `llmopt data build TASK`)")
    out = Path(out_dir)
    _check_settings(out, settings)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    start = time.monotonic()
    train_parts = _load_split(settings.data, "train", winning_only=settings.winning_labels_only)
    train = _mixed(train_parts, settings.data, settings.examples, settings.seed)
    validation_parts = [p for p in _load_split(settings.data, "validation") if p is not None]
    tokenizer = _tokenizer_for(settings, train, out)
    train, dropped = _filter_length(train, tokenizer, settings.max_length)
    if len(train) == 0:
        raise ConfigError(f"no training example fits max_length={settings.max_length} tokens")
    evaluation = None
    if validation_parts:
        import datasets

        evaluation = datasets.concatenate_datasets(
            [p.select_columns(["prompt", "completion"]) for p in validation_parts]
        )
        evaluation, _ = _filter_length(evaluation, tokenizer, settings.max_length)
        if settings.eval_examples is not None:
            evaluation = evaluation.select(range(min(len(evaluation), settings.eval_examples)))
        evaluation = evaluation if len(evaluation) else None
    model = _model_for(settings, tokenizer)
    peft_config = None
    if settings.lora_r > 0:
        from peft import LoraConfig

        peft_config = LoraConfig(
            r=settings.lora_r, lora_alpha=settings.lora_alpha, target_modules="all-linear", task_type="CAUSAL_LM"
        )
    checkpoints = out / CHECKPOINT_DIR
    bf16 = _bf16(settings.precision)
    args = SFTConfig(
        output_dir=str(checkpoints),
        max_steps=settings.max_steps,
        per_device_train_batch_size=settings.batch_size,
        per_device_eval_batch_size=settings.batch_size,
        gradient_accumulation_steps=settings.gradient_accumulation,
        learning_rate=settings.learning_rate,
        lr_scheduler_type="cosine",
        warmup_steps=settings.warmup_steps,
        weight_decay=0.01,
        logging_steps=max(1, min(10, settings.max_steps // 10)),
        eval_strategy="steps" if evaluation is not None else "no",
        eval_steps=settings.eval_steps,
        save_strategy="steps",
        save_steps=settings.save_steps,
        save_total_limit=2,
        seed=settings.seed,
        data_seed=settings.seed,
        bf16=bf16,  # explicit: TRL defaults it on, which is wrong (and 9x slower) on a CPU
        fp16=False,
        activation_checkpointing=settings.activation_checkpointing,
        use_cpu=not torch.cuda.is_available(),
        dataloader_num_workers=0,
        report_to="none",
        disable_tqdm=not progress,
        max_length=settings.max_length,
        packing=False,
        completion_only_loss=True,
        include_num_input_tokens_seen="all",
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=train,
        eval_dataset=evaluation,
        processing_class=tokenizer,
        peft_config=peft_config,
    )
    last = last_complete_checkpoint(checkpoints)
    outcome = trainer.train(resume_from_checkpoint=last)
    eval_loss = None
    if evaluation is not None:
        eval_loss = float(trainer.evaluate()["eval_loss"])
    final = out / MODEL_DIR
    staging = out / f".{MODEL_DIR}.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    trained: Any = trainer.model
    trainable = sum(int(p.numel()) for p in trained.parameters() if p.requires_grad)
    if peft_config is not None:
        trainer.model = trained = trained.merge_and_unload()  # one plain model dir that `hf:DIR` loads without peft
    trainer.save_model(str(staging))
    tokenizer.save_pretrained(str(staging))
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    history = list(trainer.state.log_history)
    train_losses = [h["loss"] for h in history if "loss" in h]
    result = SFTResult(
        model_dir=str(final),
        parameters=sum(int(p.numel()) for p in trained.parameters()),
        trainable_parameters=trainable,
        train_examples=len(train),
        eval_examples=0 if evaluation is None else len(evaluation),
        dropped_too_long=dropped,
        steps=int(trainer.state.global_step),
        resumed_from=last,
        train_loss=train_losses[-1] if train_losses else float(outcome.training_loss),
        eval_loss=eval_loss,
        train_tokens=int(getattr(trainer.state, "num_input_tokens_seen", 0) or 0),
        walltime_s=time.monotonic() - start,
        log_history=history,
    )
    from llmopt.toolchain import write_atomic

    write_atomic(out / RESULT_FILE, json.dumps(result.to_json(), indent=1) + "\n")
    return result


__all__ = ["SFTResult", "SFTSettings", "TaskMix", "last_complete_checkpoint", "train_sft"]
