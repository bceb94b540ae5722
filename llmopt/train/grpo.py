"""GRPO with TRL's ``GRPOTrainer``: a flag-tuning model rewarded by the compiler (``llmopt.train.rewards``).

``train_grpo`` starts from a local model directory (an SFT run's ``model/``, or any Hugging Face causal LM), samples
``num_generations`` answers per prompt, scores each with the size reward (improvement over the cached -Oz size,
measured by the engine) plus a small format reward, and updates the policy with TRL's group-relative advantage.
Before and after training it scores greedy answers on held-out prompts with the same reward, so the result says
whether training helped on prompts it never saw (``eval_reward_before`` / ``eval_reward_after``).

``task`` picks the prompts and rewards: ``flag-tuning`` (above), or LLM-VeriOpt's stages over a peephole task
dataset (``llmopt data build peephole``; ``llmopt.train.peephole_rewards``): ``peephole`` (r = t(1 + a(1 + m)) + b,
generic form: the correctness stage), ``peephole-diagnostic`` (the same on the answer plus the chain-of-thought
reward on the think block), ``peephole-latency`` (r_lat with U_max the 80th percentile of instcombine's speedups on
the training prompts, plus ``format_weight`` times the format-and-proof reward t(1 + a)).

Prompts come from a release (``llmopt.data.release``: programs + labels of one split, level and flavour) or from any
Parquet file or dataset directory with ``prompt``, ``ir``, ``flavour`` and ``oz_binary_size`` columns.

What the CPU needs is set explicitly, as in SFT: fp32 (``bf16=False``; TRL turns bf16 on by default), no dataloader
worker processes, the torch thread count, no reporting integrations, no vLLM. A run directory holds one
configuration (``grpo.json``); rerunning the same command resumes from the last complete checkpoint.

Limits: generation runs in the training process through ``transformers`` (slow on a CPU: the measured speed is in
docs/training.md); the reward's gate is off by default (see ``llmopt.train.rewards``).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from llmopt.errors import ConfigError

SETTINGS_FILE = "grpo.json"
RESULT_FILE = "grpo_result.json"
MODEL_DIR = "model"
CHECKPOINT_DIR = "checkpoints"


GRPO_TASKS: tuple[str, ...] = ("flag-tuning", "peephole", "peephole-diagnostic", "peephole-latency")


@dataclass(frozen=True)
class GRPOSettings:
    """Everything that decides the trained policy (recorded in ``grpo.json``; a resumed run must match it).

    Attributes:
        model: the starting model directory.
        data: a release directory, or a Parquet file / dataset directory of prompts (see the module docstring).
        split / eval_split / level / flavour: what of a release to use (ignored for a prompts file, which is all
            train; held-out prompts then come from ``eval_data``).
        limit / eval_limit: at most this many training / held-out prompts (smallest module hash first).
        style: the flag-tuning prompt style the model was trained on.
        num_generations: answers per prompt (the group GRPO normalizes within).
        batch_size: completions per step (a multiple of ``num_generations``).
        format_weight: weight of the format reward beside the size reward (weight 1).
    """

    model: str
    data: str
    eval_data: str | None = None
    split: str = "train"
    eval_split: str = "validation"
    level: str = "function"
    flavour: str = "size"
    limit: int | None = None
    eval_limit: int = 32
    style: str = "llm-compiler"
    max_steps: int = 100
    num_generations: int = 4
    batch_size: int = 8
    max_completion_length: int = 64
    temperature: float = 1.0
    learning_rate: float = 1e-5
    beta: float = 0.0
    format_weight: float = 0.1
    save_steps: int = 50
    seed: int = 0
    precision: str = "auto"
    threads: int | None = None
    gate: bool = False
    lora_r: int = 0
    task: str = "flag-tuning"
    latency_percentile: float = 80.0
    gamma: float = 2.0
    verify_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.task not in GRPO_TASKS:
            raise ConfigError(f"unknown GRPO task {self.task!r}; use one of: {', '.join(GRPO_TASKS)}")
        if self.num_generations < 2:
            raise ConfigError("GRPO needs num_generations >= 2 (advantages are relative within a group)")
        if self.batch_size % self.num_generations:
            raise ConfigError(
                f"batch_size ({self.batch_size}) must be a multiple of num_generations ({self.num_generations})"
            )


@dataclass(frozen=True)
class GRPOResult:
    model_dir: str
    steps: int
    resumed_from: str | None
    train_prompts: int
    eval_prompts: int
    eval_reward_before: float | None
    eval_reward_after: float | None
    reward_curve: list[tuple[int, float]]
    walltime_s: float
    log_history: list[dict[str, Any]]
    dropped_too_long: int = 0  # training prompts that leave the completion no room in the context

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def release_prompts(release: Path, split: str, level: str, flavour: str, style: str, limit: int | None) -> Any:
    """Flag-tuning prompts of one split of a release as a ``datasets.Dataset`` with the reward's columns."""
    import datasets

    from llmopt.data.release import load_release
    from llmopt.inference.model import flag_tuning_format, prompt_text
    from llmopt.prompts import FlagTuningExample
    from llmopt.prompts.ir_text import model_ir_text

    programs = load_release(release, "programs").to_pylist()
    labels = {(r["module_hash"], r["flavour"], r["level"]): r for r in load_release(release, "labels").to_pylist()}
    rows = sorted(
        (p for p in programs if p["split"] == split and p["level"] == level and p["flavour"] == flavour),
        key=lambda p: p["module_hash"],
    )[:limit]
    if not rows:
        raise ConfigError(f"{release}: no {flavour} {level} programs in split {split!r}")
    fmt = flag_tuning_format(style)
    out = []
    for row in rows:
        label = labels[(row["module_hash"], flavour, level)]
        ir = model_ir_text(row["ir"])
        example = FlagTuningExample(
            ir=ir, ir_instruction_count=label["o0_instruction_count"], ir_binary_size=label["o0_binary_size"]
        )
        out.append(
            {
                "prompt": prompt_text(fmt.render_prompt(example)),
                "ir": row["ir"],
                "flavour": flavour,
                "oz_binary_size": label["oz_binary_size"],
            }
        )
    return datasets.Dataset.from_list(out)


def peephole_prompts(path: str, split: str, form: str, limit: int | None) -> Any:
    """A peephole task dataset's pairs of ``split`` (``data.tasks.peephole.load_pairs``) as GRPO prompts in ``form``:
    columns ``prompt``, ``ir`` (the unoptimized function) and ``reference_ir`` (instcombine's output)."""
    import datasets

    from llmopt.data.tasks.peephole import load_pairs
    from llmopt.inference.peephole import peephole_prompt

    pairs = load_pairs(path, split, limit)
    return datasets.Dataset.from_list(
        [{"prompt": peephole_prompt(src, form), "ir": src, "reference_ir": ref} for src, ref in pairs]
    )


def load_prompts(path: str, split: str, settings: GRPOSettings, limit: int | None) -> Any:
    """A release's split, or a prompts file/dataset (every row), as a dataset with the reward's columns; for the
    peephole tasks, a peephole task dataset's split (``peephole_prompts``)."""
    import datasets

    if settings.task != "flag-tuning":
        return peephole_prompts(
            path, split, "diagnostic" if settings.task == "peephole-diagnostic" else "generic", limit
        )
    p = Path(path)
    if (p / "manifest.json").is_file():
        return release_prompts(p, split, settings.level, settings.flavour, settings.style, limit)
    files = [str(p)] if p.is_file() else sorted(str(f) for f in p.glob("**/*.parquet"))
    if not files:
        raise ConfigError(
            f"{path}: neither a release nor Parquet prompts (columns prompt, ir, flavour, oz_binary_size)"
        )
    rows = datasets.load_dataset("parquet", data_files=files, split="train")
    missing = {"prompt", "ir"} - set(rows.column_names)
    if missing:
        raise ConfigError(f"{path}: prompts need columns {sorted(missing)}")
    return rows.select(range(min(len(rows), limit))) if limit else rows


def _check_settings(out: Path, settings: GRPOSettings) -> None:
    path = out / SETTINGS_FILE
    wanted = asdict(settings)
    if path.is_file():
        found = json.loads(path.read_text())
        if found != wanted:
            changed = sorted(k for k in wanted if found.get(k) != wanted[k])
            raise ConfigError(
                f"{out} holds a GRPO run with other settings ({', '.join(changed)}); choose another --out"
            )
        return
    from llmopt.toolchain import write_atomic

    out.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(wanted, indent=1, sort_keys=True))


def fitting_prompts(rows: Any, tokenizer: Any, room: int) -> tuple[Any, int]:
    """The prompts that leave the completion its tokens in the model's context, and how many were dropped. Why: a
    longer prompt is not cut by TRL, and the model cannot answer it (``optimize`` keeps -Oz for it); ``room`` <= 0
    (a context the config does not state) keeps every prompt."""
    if room <= 0 or rows is None:
        return rows, 0
    kept = rows.filter(lambda r: len(tokenizer(r["prompt"])["input_ids"]) + 1 <= room)  # +1: a BOS token
    return kept, len(rows) - len(kept)


def held_out_reward(model_dir: str, prompts: Any, reward: Any, max_tokens: int) -> float | None:
    """Mean size reward of greedy answers on ``prompts`` (through the ``hf`` backend, as inference runs it)."""
    if prompts is None or len(prompts) == 0:
        return None
    from llmopt.backends import load_backend

    backend = load_backend(f"hf:{model_dir}")
    answers = backend.generate(list(prompts["prompt"]), n=1, temperature=0.0, max_tokens=max_tokens)
    texts = [a[0].text for a in answers]
    columns = {k: list(prompts[k]) for k in prompts.column_names if k != "prompt"}
    values = reward(list(prompts["prompt"]), texts, **columns)
    return sum(values) / len(values)


def make_rewards(settings: GRPOSettings, train: Any) -> tuple[list[Any], list[float]]:
    """The reward functions of ``settings.task`` and their weights (the first is the one held-out prompts report)."""
    if settings.task == "flag-tuning":
        from llmopt.train.rewards import FormatReward, SizeReward

        return [SizeReward(style=settings.style, gate=settings.gate), FormatReward(style=settings.style)], [
            1.0,
            settings.format_weight,
        ]
    from llmopt.train.peephole_rewards import (
        ChainOfThoughtReward,
        EquivalenceReward,
        LatencyReward,
        VerifiedRewriteReward,
        instcombine_speedup_ceiling,
    )

    timeout = settings.verify_timeout
    if settings.task == "peephole":
        return [VerifiedRewriteReward(timeout_s=timeout)], [1.0]
    if settings.task == "peephole-diagnostic":
        return [VerifiedRewriteReward(form="diagnostic", timeout_s=timeout), ChainOfThoughtReward(timeout_s=timeout)], [
            1.0,
            1.0,
        ]
    probe = LatencyReward(ceiling=2.0, timeout_s=timeout)
    ceiling = instcombine_speedup_ceiling(
        probe, list(train["ir"]), list(train["reference_ir"]), settings.latency_percentile
    )
    probe.close()
    latency = LatencyReward(ceiling=ceiling, gamma=settings.gamma, timeout_s=timeout)
    return [latency, EquivalenceReward(timeout_s=timeout)], [1.0, settings.format_weight]


def train_grpo(settings: GRPOSettings, out_dir: str | Path, *, progress: bool = True) -> GRPOResult:
    """Train (or resume) one GRPO run into ``out_dir``; the final policy is ``out_dir/model`` (with its tokenizer).

    Raises:
        ConfigError: missing model or prompts, or other settings in ``out_dir``.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    from llmopt.train.sft import _bf16, last_complete_checkpoint

    if not (Path(settings.model) / "config.json").is_file():
        raise ConfigError(
            f"{settings.model}: not a model directory (no config.json); train one with `llmopt train sft`"
        )
    out = Path(out_dir)
    _check_settings(out, settings)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    start = time.monotonic()
    tokenizer = AutoTokenizer.from_pretrained(settings.model)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"
    model = AutoModelForCausalLM.from_pretrained(settings.model, torch_dtype=torch.float32)
    room = int(getattr(model.config, "max_position_embeddings", 0) or 0) - settings.max_completion_length
    train, dropped = fitting_prompts(
        load_prompts(settings.data, settings.split, settings, settings.limit), tokenizer, room
    )
    if len(train) == 0:
        raise ConfigError(f"no training prompt leaves {settings.max_completion_length} tokens of the model's context")
    held = None
    if settings.eval_data or (Path(settings.data) / "manifest.json").is_file():
        loaded = load_prompts(settings.eval_data or settings.data, settings.eval_split, settings, settings.eval_limit)
        held, _ = fitting_prompts(loaded, tokenizer, room)
    rewards, weights = make_rewards(settings, train)
    size_reward = rewards[0]  # the held-out score is the first (main) reward
    before = held_out_reward(settings.model, held, size_reward, settings.max_completion_length)
    size_reward.close()  # its engine would idle through training; the reward reopens one when called
    peft_config = None
    if settings.lora_r > 0:
        from peft import LoraConfig

        peft_config = LoraConfig(r=settings.lora_r, target_modules="all-linear", task_type="CAUSAL_LM")
    checkpoints = out / CHECKPOINT_DIR
    args = GRPOConfig(
        output_dir=str(checkpoints),
        max_steps=settings.max_steps,
        per_device_train_batch_size=settings.batch_size,
        num_generations=settings.num_generations,
        max_completion_length=settings.max_completion_length,
        temperature=settings.temperature,
        learning_rate=settings.learning_rate,
        beta=settings.beta,
        reward_weights=weights,
        logging_steps=1,
        save_strategy="steps",
        save_steps=settings.save_steps,
        save_total_limit=2,
        seed=settings.seed,
        data_seed=settings.seed,
        bf16=_bf16(settings.precision),  # explicit: TRL defaults it on, which is wrong (and 9x slower) on a CPU
        fp16=False,
        activation_checkpointing=False,  # TRL's default recomputes activations: time lost on small models
        use_cpu=not torch.cuda.is_available(),
        use_vllm=False,
        dataloader_num_workers=0,
        report_to="none",
        disable_tqdm=not progress,
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=rewards,
        args=args,
        train_dataset=train,
        processing_class=tokenizer,
        peft_config=peft_config,
    )
    last = last_complete_checkpoint(checkpoints)
    try:
        trainer.train(resume_from_checkpoint=last)
    finally:
        for reward in rewards:
            reward.close()
    final = out / MODEL_DIR
    staging = out / f".{MODEL_DIR}.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    if peft_config is not None:
        policy: Any = trainer.model
        trainer.model = policy.merge_and_unload()  # one plain model dir, loadable without peft
    trainer.save_model(str(staging))
    tokenizer.save_pretrained(str(staging))
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    after = held_out_reward(str(final), held, size_reward, settings.max_completion_length)
    size_reward.close()
    history = list(trainer.state.log_history)
    curve = [(int(h["step"]), float(h["reward"])) for h in history if "reward" in h and "step" in h]
    result = GRPOResult(
        model_dir=str(final),
        steps=int(trainer.state.global_step),
        resumed_from=last,
        train_prompts=len(train),
        eval_prompts=0 if held is None else len(held),
        dropped_too_long=dropped,
        eval_reward_before=before,
        eval_reward_after=after,
        reward_curve=curve,
        walltime_s=time.monotonic() - start,
        log_history=history,
    )
    from llmopt.toolchain import write_atomic

    write_atomic(out / RESULT_FILE, json.dumps(result.to_json(), indent=1) + "\n")
    return result


__all__ = [
    "GRPO_TASKS",
    "GRPOResult",
    "GRPOSettings",
    "fitting_prompts",
    "held_out_reward",
    "load_prompts",
    "make_rewards",
    "peephole_prompts",
    "release_prompts",
    "train_grpo",
]
