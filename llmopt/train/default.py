"""The project's default model, reproduced end to end from a committed release: ``llmopt train default``.

Why one function: the model that ``--model default`` loads has to be rebuildable by anyone from what is in git (a
release under ``data/releases/``), on the 2-core CPU the target user has, without remembering five commands and their
options. ``train_default_model`` runs the stages in order, each into its own directory of the run, and records each
finished stage in ``default_run.json``; rerunning the same command skips the finished stages and resumes the
unfinished one (the task build resumes by chunk, SFT from its last complete checkpoint).

Stages:

1. ``data``: the flag-tuning task dataset (train + validation) from the release, through the same library call as
   ``llmopt data build flag_tuning --corpus RELEASE`` (the release's programs are the corpus, its labels the
   autotune records), in the ``llm-compiler`` prompt style, the one ``llmopt optimize`` asks in.
2. ``tokenizer``: the IR-aware BPE (``llmopt.train.tokenizer``) on the training prompts and completions, with
   characters per token measured on the validation split.
3. ``sft``: SFT from scratch with a preset (``llmopt.train.sft``), fp32. **The time budget becomes ``max_steps``**:
   before training, a few real optimizer steps on training batches are timed (seconds per step and tokens per second,
   measured on this machine), and the SFT budget (``hours`` minus the time the earlier stages took minus a reserve
   for evaluation) is divided by it, with a margin for evaluation and checkpoints. Why not a wall-clock stop
   callback: the cosine schedule is set by ``max_steps``, so a stop at an unknown step would end training at a high
   learning rate, and a resumed run could not know where it was meant to end. The planned steps are recorded, so a
   rerun resumes to the same number whatever the machine's speed is then.
4. ``eval``: greedy zero-shot answers on validation prompts through the ``hf`` backend (what ``--model`` loads): the
   share that parse as a pass list the installed LLVM's catalog holds, seconds per prompt, and on a sample of programs
   the size under the model's list against ``-Oz`` with ``llmopt.inference.scoring.score_completion`` (the scorer
   evaluation and the GRPO reward use; the ``Measurer`` compiles), both the list alone and with the ``-Oz`` backup.
5. ``card``: the final model directory ``RUN/model``: weights and tokenizer, ``README.md`` (the model card: release
   and its manifest SHA-256, preset and config, parameters, tokens seen, training time, the loss curve as
   ``loss_curve.png``, the evaluation numbers with the command that reproduces them, known limits) and
   ``default_model.json`` (version, release, settings, numbers); rendered by ``llmopt.train.model_card``.

``install_model`` copies the model directory into the package (``llmopt/models/default/``, at most 40 MB), where
``llmopt.backends`` finds it for ``--model default``.

Limits: the evaluation does not ask the acceptance gate (the numbers are what the lists do, not what ``optimize``
would accept); training time sums the invocations that finished a stage (a killed invocation's time is lost); one
process, CPU or one GPU.
"""

from __future__ import annotations

import json
import shlex
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmopt.backends.base import DEFAULT_MODEL_INFO
from llmopt.errors import ConfigError, InputError
from llmopt.toolchain import Toolchain, write_atomic
from llmopt.train.model_card import CURVE_FILE, EVAL_FILE, STYLE, plot_loss_curve, render_card

FORMAT = "llmopt-default-model"
VERSION = 1
STATE_FILE = "default_run.json"
CARD_FILE = "README.md"
INFO_FILE = DEFAULT_MODEL_INFO
MAX_MODEL_BYTES = 40_000_000  # issue 14: the shipped model, tokenizer and card fit 40 MB
STAGES = ("data", "tokenizer", "sft", "eval", "card")
DATA_DIR, TOKENIZER_DIR, SFT_DIR, MODEL_DIR = "data", "tokenizer", "sft", "model"
STEP_MARGIN = 0.85  # share of the SFT budget spent on optimizer steps (the rest: evaluation loss, checkpoints)
MIN_SFT_BUDGET_S = 60.0
CLI_FLAGS = (
    "preset",
    "hours",
    "max_steps",
    "limit",
    "optimized_ir",
    "eval_prompts",
    "eval_programs",
    "max_length",
    "winning_labels_only",
    "seed",
)


@dataclass(frozen=True)
class DefaultModelSettings:
    """What decides the default model (recorded in ``default_run.json``; a rerun must match it to resume).

    Attributes:
        release: the release directory (``llmopt data release``), e.g. ``data/releases/flagtune-v1``.
        preset: the ``llmopt.train.presets`` size trained from scratch.
        hours: wall-clock budget of the whole run; SFT gets what the other stages leave (see the module docstring).
        max_steps: an upper bound on the planned SFT steps (None: the budget alone decides).
        flavour: IR flavour of the release's programs to train on.
        limit: at most this many programs per split for the task dataset (None: all).
        vocab_size / tokenizer_texts: BPE vocabulary and at most this many training texts for it.
        optimized_ir: whether the completion carries the optimized IR after the pass list. Off by default: with it,
            most functions' examples pass ``max_length`` (the IR twice) and the loss is spent on copying IR rather
            than on the list (run v1 of docs/training.md: 0 % of answers parsed); off, the list-only completion.
        max_length / batch_size / learning_rate: SFT settings (longer examples are dropped, never cut).
        winning_labels_only: SFT on the training rows whose label beats ``-Oz`` only (``SFTSettings``): every
            answer is then a list that can win, and ``-Oz``, the backup, covers the rest. On by default since run
            v3 (every row) learnt to answer ``default<Oz>`` to every prompt. The evaluation uses every validation
            row either way.
        eval_loss_examples: validation examples for the SFT evaluation loss (the whole split costs too much time).
        eval_prompts: validation prompts answered for the parse rate; eval_programs: how many of them (the first
            by module hash) are also compiled against ``-Oz``.
        max_new_tokens: generation limit per answer (the pass list comes first in the answer).
        eval_reserve_s: seconds of ``hours`` kept for evaluation and the card.
        model_overrides: ``LlamaConfig`` fields that change the preset (tests shrink it).
    """

    release: str
    preset: str = "2m"
    hours: float = 2.0
    max_steps: int | None = None
    flavour: str = "size"
    limit: int | None = None
    optimized_ir: bool = False
    vocab_size: int = 4096
    tokenizer_texts: int | None = 20_000
    max_length: int = 1024
    batch_size: int = 8
    learning_rate: float = 1e-3
    eval_loss_examples: int = 64
    eval_prompts: int = 200
    eval_programs: int = 200
    max_new_tokens: int = 256
    eval_reserve_s: float = 600.0  # measured: 0.5 s per prompt for the 2m preset here, 200 prompts
    seed: int = 0
    winning_labels_only: bool = True
    model_overrides: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.hours <= 0 or self.eval_prompts < 1 or self.eval_programs < 0 or self.batch_size < 1:
            raise ConfigError("hours must be > 0, eval_prompts >= 1, eval_programs >= 0 and batch_size >= 1")
        if self.max_steps is not None and self.max_steps < 1:
            raise ConfigError(f"max_steps must be >= 1 (or None to let the budget decide), got {self.max_steps}")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def command(self, out: str | Path, *, install: bool = False) -> str:
        """The ``llmopt train default`` command line that makes this model (for the card); settings that have no
        flag and differ from the defaults (library callers, e.g. tests) are named after it."""
        parts = ["llmopt", "train", "default", "--release", self.release, "--out", str(out)]
        defaults, others = DefaultModelSettings(release=self.release).to_json(), {}
        for key, value in self.to_json().items():
            if key in ("preset", "hours") or (key in CLI_FLAGS and value != defaults[key]):
                flag = "--" + key.replace("_", "-")
                if isinstance(value, bool):
                    parts.append(flag if value else "--no-" + flag[2:])
                else:
                    parts += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
            elif key != "release" and value != defaults[key]:
                others[key] = value
        line = shlex.join(parts + ["--install"] * install)
        return line + (f"  (library call, also: {json.dumps(others, sort_keys=True)})" if others else "")


@dataclass(frozen=True)
class DefaultModelResult:
    """Where the model is, what ran this time, and the recorded numbers."""

    model_dir: str
    stages_run: list[str]
    stages_skipped: list[str]
    evaluation: dict[str, Any]
    sft: dict[str, Any]
    model_bytes: int
    installed: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def checked_release(path: str | Path) -> tuple[Path, dict[str, Any], str]:
    """The release directory, its manifest and the manifest's SHA-256, after the release checker passed.

    Raises:
        InputError: no such directory, or it is not a release.
        ConfigError: the release fails its check (a tampered, missing or extra file).
    """
    from llmopt.data.release import MANIFEST, check_release, is_release

    release = Path(path).expanduser()
    if not release.is_dir():
        raise InputError(
            f"release {release} does not exist: give the committed one (--release data/releases/flagtune-v1) or "
            "write one with `llmopt data release`"
        )
    if not is_release(release):
        raise InputError(f"{release} is not a release (no {MANIFEST} in the llmopt-release format)")
    problems = check_release(release)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ConfigError(
            f"release {release} fails its check: {problems[0]}{more}; restore it (git checkout -- {release}) "
            "before training"
        )
    manifest_path = release / MANIFEST
    return release.resolve(), json.loads(manifest_path.read_text()), _sha256(manifest_path)


class _RunState:
    """``default_run.json``: the settings, the release it started from, and each finished stage's record."""

    def __init__(self, out: Path, settings: DefaultModelSettings, release: dict[str, Any]) -> None:
        self.path = out / STATE_FILE
        wanted = settings.to_json()
        if self.path.is_file():
            self.data: dict[str, Any] = json.loads(self.path.read_text())
            recorded = self.data.get("settings", {})
            # The release is compared by its manifest's SHA-256 below, not by how its path was spelled.
            keys = (set(recorded) | set(wanted)) - {"release"}
            changed = sorted(k for k in keys if recorded.get(k) != wanted.get(k))
            if changed:
                raise ConfigError(
                    f"{out} holds a default-model run with other settings ({', '.join(changed)}); use the same "
                    "options to resume, or another --out"
                )
            if self.data.get("release", {}).get("manifest_sha256") != release["manifest_sha256"]:
                raise ConfigError(
                    f"{out} was started from another version of the release (manifest SHA-256 "
                    f"{self.data.get('release', {}).get('manifest_sha256', '?')[:12]}, now "
                    f"{release['manifest_sha256'][:12]}); use another --out"
                )
        else:
            out.mkdir(parents=True, exist_ok=True)
            self.data = {"format": FORMAT, "version": VERSION, "settings": wanted, "release": release, "stages": {}}
            self.save()

    def save(self) -> None:
        write_atomic(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")

    def done(self, stage: str) -> dict[str, Any] | None:
        record: dict[str, Any] | None = self.data["stages"].get(stage)
        return record

    def finish(self, stage: str, record: dict[str, Any]) -> None:
        self.data["stages"][stage] = record
        self.save()


def _build_data(
    settings: DefaultModelSettings,
    release: Path,
    out: Path,
    toolchain: Toolchain,
    data_dir: Path,
    workers: int | None,
    progress: bool,
) -> dict[str, Any]:
    """Stage 1: ``llmopt data build flag_tuning --corpus RELEASE`` as a library call (train and validation)."""
    from llmopt.data.release import release_corpus
    from llmopt.data.tasks import TaskContext
    from llmopt.data.tasks.runner import build_task_dataset

    corpus = release_corpus(release, data_dir / "release-corpora")
    ctx = TaskContext(
        bin_dir=str(toolchain.bin_dir),
        version=toolchain.version,
        data_dir=str(data_dir),
        seed=settings.seed,
        options={"autotune": str(release), "optimized_ir": settings.optimized_ir},
    )
    target = out / DATA_DIR
    flags = f"--flavour {settings.flavour} --split train,validation --style {STYLE}".split()
    flags += [] if settings.limit is None else ["--limit", str(settings.limit)]
    flags += [] if settings.optimized_ir else ["--option", "optimized_ir=false"]
    command = shlex.join(
        ["llmopt", "data", "build", "flag_tuning", "--corpus", str(release), "--out", str(target), *flags]
    )
    summary = build_task_dataset(
        "flag_tuning",
        corpus,
        target,
        ctx,
        flavour=settings.flavour,
        splits=("train", "validation"),
        limit=settings.limit,
        workers=workers,
        style=STYLE,
        progress=progress,
        command=command,
    )
    for split in ("train", "validation"):
        if not summary.counts.get(split):
            reasons = ", ".join(f"{r} {n}" for r, n in summary.skipped.get(split, {}).items()) or "no programs"
            raise ConfigError(
                f"release {release} gives no {split} examples for this LLVM ({toolchain.identity}; skipped: "
                f"{reasons}); the release must hold {settings.flavour} function programs of both splits labelled "
                "with this LLVM"
            )
    return {"path": str(summary.path), "counts": dict(summary.counts), "skipped": summary.skipped, "command": command}


def _texts(data: Path, split: str, limit: int | None) -> list[str]:
    from llmopt.data.tasks.runner import load_task_dataset

    rows = load_task_dataset(data, split)
    texts = [p + c for p, c in zip(rows["prompt"], rows["completion"], strict=True)]
    return texts if limit is None else texts[:limit]


def _train_tokenizer(settings: DefaultModelSettings, out: Path) -> dict[str, Any]:
    """Stage 2: the IR BPE on the training prompts and completions (already cleaned by the task builder, so not
    cleaned again: the prompt's wrapper text would not survive ``model_ir_text``)."""
    from llmopt.train.tokenizer import PreTokenizer, TokenizerReport, count_tokens, save_tokenizer, train_tokenizer

    train = _texts(out / DATA_DIR, "train", settings.tokenizer_texts)
    validation = _texts(out / DATA_DIR, "validation", None)
    tok = train_tokenizer(train, vocab_size=settings.vocab_size, clean=False)
    chars, tokens = count_tokens(tok, validation, clean=False)
    report = TokenizerReport(
        pre_tokenizer=PreTokenizer.IR.value,
        vocab_size=tok.get_vocab_size(),
        train_texts=len(train),
        train_chars=sum(len(t) for t in train),
        eval_texts=len(validation),
        eval_chars=chars,
        eval_tokens=tokens,
    )
    save_tokenizer(tok, out / TOKENIZER_DIR, report)
    return report.to_json()


def measure_step_time(
    settings: DefaultModelSettings, tokenizer_dir: Path, data: Path, *, steps: int = 3
) -> dict[str, float]:
    """Seconds per optimizer step of this preset on real training batches, measured here (one untimed warm-up step,
    then ``steps`` timed ones, each on the next ``batch_size`` examples that fit ``max_length``, padded to the
    longest as the trainer pads)."""
    import torch
    from transformers import AutoTokenizer

    from llmopt.train.presets import scratch_model

    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    model = scratch_model(settings.preset, tok, seed=settings.seed, **settings.model_overrides)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate)
    encoded = [tok(t)["input_ids"] + [tok.eos_token_id] for t in _texts(data, "train", 256)]
    fitting = [ids for ids in encoded if len(ids) <= settings.max_length] or [encoded[0][: settings.max_length]]
    timings, tokens = [], 0
    for i in range(steps + 1):
        batch = [fitting[(i * settings.batch_size + j) % len(fitting)] for j in range(settings.batch_size)]
        padded = tok.pad({"input_ids": batch}, return_tensors="pt")
        start = time.perf_counter()
        loss = model(**padded, labels=padded["input_ids"]).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if i:  # the first step pays for allocation and kernel selection
            timings.append(time.perf_counter() - start)
            tokens += int(padded["attention_mask"].sum())
    seconds = sum(timings) / len(timings)
    return {"seconds_per_step": seconds, "tokens_per_second": tokens / sum(timings), "timed_steps": steps}


def _plan_sft(settings: DefaultModelSettings, out: Path, spent_s: float) -> dict[str, Any]:
    """How many SFT steps fit the budget (see the module docstring); recorded so that a rerun keeps the plan."""
    timing = measure_step_time(settings, out / TOKENIZER_DIR, out / DATA_DIR)
    budget = max(MIN_SFT_BUDGET_S, settings.hours * 3600.0 - spent_s - settings.eval_reserve_s)
    steps = max(1, int(budget * STEP_MARGIN / timing["seconds_per_step"]))
    if settings.max_steps is not None:
        steps = min(steps, settings.max_steps)
    return {**timing, "budget_s": budget, "max_steps": steps}


def _sft_settings(settings: DefaultModelSettings, out: Path, steps: int) -> Any:
    from llmopt.train.sft import SFTSettings, TaskMix

    # A checkpoint every ~5 % of the steps (a kill loses little), the validation loss every ~10 % (each costs
    # eval_loss_examples forward passes: about a third of a training step per batch).
    save, evaluate = max(1, steps // 20), max(1, steps // 10)
    return SFTSettings(
        data=(TaskMix(str(out / DATA_DIR)),),
        preset=settings.preset,
        tokenizer=str(out / TOKENIZER_DIR),
        max_length=settings.max_length,
        max_steps=steps,
        batch_size=settings.batch_size,
        learning_rate=settings.learning_rate,
        warmup_steps=min(20, max(1, steps // 10)),
        eval_steps=evaluate,
        save_steps=save,
        eval_examples=settings.eval_loss_examples,
        seed=settings.seed,
        precision="fp32",  # the default model is a CPU model: trained in what it runs in
        model_overrides=dict(settings.model_overrides),
        winning_labels_only=settings.winning_labels_only,
    )


def _programs(release: Path, module_hashes: set[str]) -> dict[str, Any]:
    """``IRModule``s of the release's programs with these hashes (the task rows hold only the prompt)."""
    from llmopt.data.release import load_release
    from llmopt.toolchain import Flavour, IRModule

    out = {}
    for row in load_release(release, "programs").to_pylist():
        if row["module_hash"] in module_hashes and row["module_hash"] not in out:
            out[row["module_hash"]] = IRModule(
                text=row["ir"], name=row.get("name") or "module", flavour=Flavour(row["flavour"])
            )
    return out


def evaluate_zero_shot(
    settings: DefaultModelSettings, model_dir: Path, data: Path, release: Path, toolchain: Toolchain, data_dir: Path
) -> dict[str, Any]:
    """Stage 4: greedy answers on the first ``eval_prompts`` validation prompts (by module hash) that leave
    ``max_new_tokens`` of the model's context (longer ones are counted as ``too_long``: ``optimize`` keeps -Oz for
    them), the parse rate, seconds per prompt, and for the first ``eval_programs`` the size of the model's list
    against ``-Oz``."""
    from llmopt.backends import load_backend
    from llmopt.data.tasks.runner import load_task_dataset
    from llmopt.errors import PassListError
    from llmopt.inference.model import flag_tuning_format
    from llmopt.inference.scoring import score_completion
    from llmopt.metrics import Measurer
    from llmopt.metrics.compare import SizeComparison

    backend = load_backend(f"hf:{model_dir}")
    room = backend.context_length - settings.max_new_tokens if backend.context_length else None
    rows: list[dict[str, Any]] = []
    too_long = 0
    for row in sorted(load_task_dataset(data, "validation").to_list(), key=lambda r: r["module_hash"]):
        if len(rows) == settings.eval_prompts:
            break
        if room is not None and (backend.count_tokens(row["prompt"]) or 0) + 1 > room:  # +1: the BOS token
            too_long += 1
        else:
            rows.append(row)
    start = time.perf_counter()
    answers = backend.generate([r["prompt"] for r in rows], n=1, temperature=0.0, max_tokens=settings.max_new_tokens)
    seconds = time.perf_counter() - start
    texts = [a[0].text for a in answers]
    # One prompt per call, as `llmopt optimize` asks: the latency a user waits for (issue 14: under 1 s).
    latencies: list[float] = []
    for row in rows[:5]:
        start = time.perf_counter()
        backend.generate([row["prompt"]], n=1, temperature=0.0, max_tokens=settings.max_new_tokens)
        latencies.append(time.perf_counter() - start)
    fmt = flag_tuning_format(STYLE)
    measurer = Measurer(toolchain, data_dir=data_dir)
    try:
        valid = 0
        for text in texts:
            parse = fmt.parse(text)
            if parse.pass_pipeline is None:
                valid += parse.no_improvement
                continue
            try:
                measurer.parse_passes(parse.pass_pipeline)
                valid += 1
            except PassListError:
                pass
        sample = rows[: settings.eval_programs]
        modules = _programs(release, {r["module_hash"] for r in sample})
        scores = [
            score_completion(measurer, modules[r["module_hash"]], t, style=STYLE)
            for r, t in zip(sample, texts[: len(sample)], strict=True)
        ]
        predictions = _predictions(measurer, fmt, [modules[r["module_hash"]] for r in sample], texts, scores)
    finally:
        measurer.close()
    listed = SizeComparison.of([(s.size, s.oz_size) for s in scores])
    backup = SizeComparison.of(
        [(min(s.size, s.oz_size) if s.size and s.oz_size else s.oz_size, s.oz_size) for s in scores]
    )
    labels = SizeComparison.of(
        [(r.get("best_binary_size") or r.get("oz_binary_size"), r.get("oz_binary_size")) for r in sample]
    )
    return {
        "prompts": len(rows),
        "too_long": too_long,
        "parsed": valid,
        "parse_rate": valid / len(rows) if rows else None,
        "seconds_per_prompt": seconds / len(rows) if rows else None,
        "single_prompt_s": sorted(latencies)[len(latencies) // 2] if latencies else None,
        "distinct_lists": len({s.pipeline for s in scores if s.pipeline is not None}),
        "programs": len(scores),
        "statuses": dict(Counter(s.status for s in scores)),
        "model_list": asdict(listed) | {"change_pct": listed.change_pct},
        "with_oz_backup": asdict(backup) | {"change_pct": backup.change_pct},
        "release_labels": asdict(labels) | {"change_pct": labels.change_pct},
        "predictions": predictions,
        "max_new_tokens": settings.max_new_tokens,
        "answers": [
            {"module_hash": r["module_hash"], "text": t[:300]} for r, t in zip(rows[:5], texts[:5], strict=True)
        ],
    }


def _predictions(measurer: Any, fmt: Any, modules: list[Any], texts: list[str], scores: list[Any]) -> dict[str, Any]:
    """What the answers predicted (the instruction count and binary size after their list) against what the list
    measures: the MAPE of Cummins et al. (instruction counts) and of LLM Compiler (binary size). Measured through
    the same cached measurer the scores used, so it costs no compilation."""
    from llmopt.metrics.compare import mean_absolute_percentage_error

    counts: list[tuple[int | None, int | None]] = []
    sizes: list[tuple[int | None, int | None]] = []
    for module, text, score in zip(modules, texts, scores, strict=False):
        if score.pipeline is None or score.status != "ok":
            continue
        parse = fmt.parse(text)
        evaluation = measurer.measure_pipeline(module, score.pipeline)
        counts.append((parse.target_instruction_count, evaluation.instruction_count))
        sizes.append((parse.target_binary_size, evaluation.binary_size))
    return {
        "answers": len(counts),
        "instruction_count_mape": mean_absolute_percentage_error([p for p, _ in counts], [a for _, a in counts]),
        "instruction_counts_given": sum(p is not None for p, _ in counts),
        "binary_size_mape": mean_absolute_percentage_error([p for p, _ in sizes], [a for _, a in sizes]),
        "binary_sizes_given": sum(p is not None for p, _ in sizes),
    }


def model_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def install_model(model_dir: str | Path, target: str | Path | None = None, *, max_bytes: int = MAX_MODEL_BYTES) -> Path:
    """Copy a finished model directory to ``target`` (default: the package's ``llmopt/models/default/``), replacing
    what was there only once the copy is complete.

    Raises:
        ConfigError: not a finished default model (no config, tokenizer, card or ``default_model.json``), or larger
            than ``max_bytes`` (the package ships it: 40 MB at most).
    """
    from llmopt.backends.base import packaged_model_dir

    source = Path(model_dir)
    missing = [n for n in ("config.json", "tokenizer.json", CARD_FILE, INFO_FILE) if not (source / n).is_file()]
    if missing:
        raise ConfigError(f"{source} is not a finished default model (missing {', '.join(missing)}); run it to the end")
    size = model_bytes(source)
    if size > max_bytes:
        raise ConfigError(
            f"{source} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB the package may ship; train a "
            "smaller --preset"
        )
    dest = Path(target) if target is not None else packaged_model_dir()
    staging = dest.with_name(f".{dest.name}.installing")
    shutil.rmtree(staging, ignore_errors=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, staging)
    old = dest.with_name(f".{dest.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.rename(old)
    staging.rename(dest)
    shutil.rmtree(old, ignore_errors=True)
    return dest


def _write_model_dir(out: Path, info: dict[str, Any], log_history: list[dict[str, Any]]) -> int:
    """Stage 5: ``RUN/model`` = the SFT model + card + ``default_model.json`` + curve, swapped in whole."""
    staging = out / f".{MODEL_DIR}.staging"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(out / SFT_DIR / "model", staging)
    (staging / "training_args.bin").unlink(missing_ok=True)  # a pickle the Trainer leaves: nothing to load, unsafe
    for file in staging.iterdir():
        file.chmod(0o644)  # safetensors come out 0600; installed package data must be readable by every user
    has_curve = plot_loss_curve(log_history, staging / CURVE_FILE)
    info["model_bytes"] = model_bytes(staging)  # before the card: the card states it; the card adds a few kB
    write_atomic(staging / INFO_FILE, json.dumps(info, indent=1, sort_keys=True) + "\n")
    write_atomic(staging / CARD_FILE, render_card(info, has_curve))
    final = out / MODEL_DIR
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    return model_bytes(final)


def train_default_model(
    settings: DefaultModelSettings,
    out_dir: str | Path,
    toolchain: Toolchain,
    data_dir: str | Path,
    *,
    install: bool = False,
    install_dir: str | Path | None = None,
    workers: int | None = None,
    threads: int | None = None,
    progress: bool = True,
    log: Callable[[str], None] | None = None,
) -> DefaultModelResult:
    """Run (or resume) every stage into ``out_dir``; the model is ``out_dir/model`` (see the module docstring).

    Args:
        settings: what decides the model (a rerun with other settings is refused).
        out_dir: the run directory (stage outputs, ``default_run.json``).
        toolchain / data_dir: the LLVM and the llmopt data directory (engine, measurement cache, release views).
        install: copy the model into the package (``install_model``) at the end; install_dir: elsewhere instead.
        workers: task-build worker processes; threads: torch CPU threads (neither changes the model).
        log: called with one line per stage.

    Raises:
        InputError: no release at ``settings.release``.
        ConfigError: the release fails its check, another run's settings in ``out_dir``, no examples, or a model
            over 40 MB to install.
    """
    say = log or (lambda _line: None)
    release, manifest, sha = checked_release(settings.release)
    out = Path(out_dir)
    release_info = {"name": manifest.get("name", release.name), "path": settings.release, "manifest_sha256": sha}
    state = _RunState(out, settings, release_info)
    if threads:
        import torch

        torch.set_num_threads(threads)
    ran: list[str] = []
    skipped: list[str] = []
    stage_seconds: dict[str, float] = {s: float((state.done(s) or {}).get("seconds", 0.0)) for s in STAGES}

    def run(stage: str, done: bool, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        record = state.done(stage)
        if record is not None and done and not ran:  # once a stage reruns, the ones after it are stale
            skipped.append(stage)
            say(f"{stage}: done before, skipped")
            return record
        say(f"{stage}: running")
        start = time.monotonic()
        record = {**work(), "seconds": time.monotonic() - start}
        state.finish(stage, record)
        stage_seconds[stage] = record["seconds"]
        ran.append(stage)
        return record

    from llmopt.data.tasks.runner import MANIFEST as TASK_MANIFEST
    from llmopt.train.sft import RESULT_FILE, train_sft

    data = run(
        "data",
        (out / DATA_DIR / "dataset" / TASK_MANIFEST).is_file(),
        lambda: _build_data(settings, release, out, toolchain, Path(data_dir), workers, progress),
    )
    tokenizer = run(
        "tokenizer", (out / TOKENIZER_DIR / "tokenizer.json").is_file(), lambda: _train_tokenizer(settings, out)
    )
    plan = state.data.get("sft_plan")
    if plan is None:
        plan = _plan_sft(settings, out, stage_seconds["data"] + stage_seconds["tokenizer"])
        state.data["sft_plan"] = plan
        state.save()
        say(f"sft: {plan['seconds_per_step']:.3f} s/step measured; {plan['max_steps']} steps planned")
    sft_settings = _sft_settings(settings, out, int(plan["max_steps"]))

    def sft_stage() -> dict[str, Any]:
        result = train_sft(sft_settings, out / SFT_DIR, progress=progress).to_json()
        result.pop("log_history")
        return result

    sft = run(
        "sft",
        (out / SFT_DIR / RESULT_FILE).is_file() and (out / SFT_DIR / "model" / "config.json").is_file(),
        sft_stage,
    )
    evaluation = run(
        "eval",
        (out / EVAL_FILE).is_file(),
        lambda: _eval_stage(settings, out, release, toolchain, Path(data_dir)),
    )

    def card_stage() -> dict[str, Any]:
        config = json.loads((out / SFT_DIR / "model" / "config.json").read_text())
        history = json.loads((out / SFT_DIR / RESULT_FILE).read_text())["log_history"]
        info = {
            "format": FORMAT,
            "version": VERSION,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "release": release_info,
            "toolchain": toolchain.identity,
            "prompt_style": STYLE,
            "settings": settings.to_json(),
            "sft_settings": sft_settings.to_json(),
            "sft_plan": plan,
            "sft": sft,
            "data": {k: data[k] for k in ("counts", "command")},
            "tokenizer": tokenizer,
            "config": {k: v for k, v in config.items() if isinstance(v, (int, float, str, bool))},
            "parameters": sft["parameters"],
            "evaluation": {k: v for k, v in evaluation.items() if k != "seconds"},
            "stage_seconds": {s: stage_seconds[s] for s in ("data", "tokenizer", "sft", "eval")},
            "command": settings.command(out, install=install),
        }
        return {"bytes": _write_model_dir(out, info, history)}

    card = run("card", (out / MODEL_DIR / CARD_FILE).is_file() and (out / MODEL_DIR / INFO_FILE).is_file(), card_stage)
    installed = None
    if install:
        installed = str(install_model(out / MODEL_DIR, install_dir))
        say(f"installed: {installed}")
    return DefaultModelResult(
        model_dir=str(out / MODEL_DIR),
        stages_run=ran,
        stages_skipped=skipped,
        evaluation={k: v for k, v in evaluation.items() if k != "answers"},
        sft=sft,
        model_bytes=int(card["bytes"]),
        installed=installed,
    )


def _eval_stage(
    settings: DefaultModelSettings, out: Path, release: Path, toolchain: Toolchain, data_dir: Path
) -> dict[str, Any]:
    numbers = evaluate_zero_shot(settings, out / SFT_DIR / "model", out / DATA_DIR, release, toolchain, data_dir)
    write_atomic(out / EVAL_FILE, json.dumps(numbers, indent=1) + "\n")
    return numbers


__all__ = [
    "MAX_MODEL_BYTES",
    "DefaultModelResult",
    "DefaultModelSettings",
    "checked_release",
    "evaluate_zero_shot",
    "install_model",
    "measure_step_time",
    "train_default_model",
]
