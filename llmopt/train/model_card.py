"""The default model's card: ``README.md`` and the loss curve ``loss_curve.png`` of ``llmopt train default``.

Why separate from ``llmopt.train.default``: the card is a rendering of ``default_model.json`` (everything it states is
in that file), so it can be re-rendered or read without the training pipeline, and the pipeline stays under the
module size limit.

Limits: Markdown for GitHub and the Hugging Face hub (a relative image link); matplotlib's Agg backend only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CURVE_FILE = "loss_curve.png"
EVAL_FILE = "eval.json"
STYLE = "llm-compiler"  # the prompt style `llmopt optimize` asks in (StrategyContext.prompt_style)


def plot_loss_curve(log_history: list[dict[str, Any]], path: Path) -> bool:
    """Training and validation loss against the step, as a PNG (False: nothing logged to plot)."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a build machine
    import matplotlib.pyplot as plt

    train = [(h["step"], h["loss"]) for h in log_history if "loss" in h and "step" in h]
    valid = [(h["step"], h["eval_loss"]) for h in log_history if "eval_loss" in h and "step" in h]
    if not train and not valid:
        return False
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=100)
    for points, label in ((train, "training loss"), (valid, "validation loss")):
        if points:
            ax.plot(
                [p[0] for p in points], [p[1] for p in points], marker="." if len(points) < 30 else None, label=label
            )
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("cross-entropy (completion tokens)")
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def _round(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f} %"


def _prediction_rows(pred: dict[str, Any] | None) -> list[str]:
    """The answers' predicted counts and sizes against the measured ones (absent in cards made before them)."""
    if not pred:
        return []

    def mape(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1f} %"

    return [
        f"| instruction count after the list, predicted vs measured (MAPE) | {mape(pred['instruction_count_mape'])} "
        f"over {pred['instruction_counts_given']} answers |",
        f"| binary size after the list, predicted vs measured (MAPE) | {mape(pred['binary_size_mape'])} over "
        f"{pred['binary_sizes_given']} answers |",
    ]


def render_card(info: dict[str, Any], has_curve: bool) -> str:
    """The model card (``README.md``) from ``default_model.json``'s content."""
    ev, sft, tok, plan = info["evaluation"], info["sft"], info["tokenizer"], info["sft_plan"]
    rel, config, stages = info["release"], info["config"], info["stage_seconds"]
    share = "n/a" if ev["parse_rate"] is None else f"{ev['parse_rate'] * 100:.1f} %"
    per_prompt = "n/a" if ev["seconds_per_prompt"] is None else f"{ev['seconds_per_prompt']:.2f} s"
    lines = [
        f"# llmopt default model (v{info['version']})",
        "",
        f"A {info['parameters'] / 1e6:.2f} M-parameter Llama-style model trained from scratch on the flag-tuning task "
        f"(unoptimized LLVM IR in the `{STYLE}` prompt, the pass list that made it smallest out), on CPU, by "
        "`llmopt train default`. `llmopt optimize --model default` loads it.",
        "",
        "## Training data",
        "",
        f"- release: `{rel['name']}` (`{rel['path']}`), manifest SHA-256 `{rel['manifest_sha256']}`",
        f"- examples: {info['data']['counts'].get('train', 0)} train, {info['data']['counts'].get('validation', 0)} "
        f"validation (flag_tuning, {info['settings']['flavour']} flavour); {sft['train_examples']} trained on after "
        f"dropping {sft['dropped_too_long']} longer than {info['settings']['max_length']} tokens",
        f"- task build: `{info['data']['command']}`",
        f"- tokenizer: IR-aware BPE, {tok['vocab_size']} tokens, {tok['chars_per_token']:.2f} characters per token on "
        f"the validation split",
        "",
        "## Model and training",
        "",
        f"- preset `{info['settings']['preset']}`: hidden {config.get('hidden_size')}, "
        f"{config.get('num_hidden_layers')} layers, {config.get('num_attention_heads')} heads, MLP "
        f"{config.get('intermediate_size')}, context {config.get('max_position_embeddings')}, vocabulary "
        f"{config.get('vocab_size')}",
        f"- parameters: {info['parameters']:,}; files: {info['model_bytes'] / 1e6:.1f} MB",
        f"- SFT (TRL, fp32, loss on the completion only): {sft['steps']} steps of {info['settings']['batch_size']} "
        f"examples, learning rate {info['settings']['learning_rate']}, cosine; {sft['train_tokens']:,} tokens seen",
        f"- budget: {info['settings']['hours']:g} h in all; measured {plan['seconds_per_step']:.3f} s/step "
        f"({plan['tokens_per_second']:.0f} tokens/s) before training, so {plan['max_steps']} steps for an SFT "
        f"budget of {plan['budget_s'] / 60:.1f} min",
        f"- final loss: training {_round(sft['train_loss'])}, validation {_round(sft['eval_loss'])} "
        f"({sft['eval_examples']} validation examples)",
        "- time per stage (s): "
        + ", ".join(f"{k} {v:.0f}" for k, v in stages.items())
        + f"; total {sum(stages.values()) / 60:.1f} min",
        "",
    ]
    if has_curve:
        lines += [f"![training and validation loss]({CURVE_FILE})", ""]
    lines += [
        "## Evaluation (zero-shot, validation split)",
        "",
        f"Greedy answers, at most {ev['max_new_tokens']} new tokens, through the `hf` backend on CPU.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| prompts answered (skipped as longer than the context) | {ev['prompts']} ({ev.get('too_long', 0)}) |",
        f"| answers that parse as a valid pass list | {ev['parsed']} ({share}) |",
        f"| seconds per prompt (CPU), batched by 8 / one prompt per call (median of 5) | {per_prompt} / "
        f"{'n/a' if ev.get('single_prompt_s') is None else format(ev['single_prompt_s'], '.2f') + ' s'} |",
        f"| programs compiled against -Oz | {ev['programs']} |",
        f"| answer statuses | {', '.join(f'{k} {v}' for k, v in sorted(ev['statuses'].items())) or 'none'} |",
        f"| model's list alone vs -Oz (geomean size, where it ran) | {_pct(ev['model_list']['change_pct'])} over "
        f"{ev['model_list']['compared']} programs; {ev['model_list']['improved']} smaller, "
        f"{ev['model_list']['regressed']} larger |",
        f"| with the -Oz backup (2 compilations) | {_pct(ev['with_oz_backup']['change_pct'])} over "
        f"{ev['with_oz_backup']['compared']} programs |",
        f"| the release's labels on the same programs (the autotuner) | {_pct(ev['release_labels']['change_pct'])} |",
        *_prediction_rows(ev.get("predictions")),
        "",
        "Negative is smaller than -Oz. Reproduce with the command below (it resumes: finished stages are "
        f"skipped; delete `{EVAL_FILE}` in the run directory to re-measure the evaluation and rewrite this card):",
        "",
        "```",
        info["command"],
        "```",
        "",
        "## Known limits",
        "",
        "- Tiny model, CPU budget: it learns the answer's layout and the common lists; expect few wins over -Oz.",
        "- The numbers above do not ask the acceptance gate; `llmopt optimize` does, and falls back to -Oz when a "
        "list is refused, so it never does worse than -Oz.",
        f"- Trained on `{info['settings']['flavour']}`-flavour functions of one release with one LLVM "
        f"(`{info['toolchain']}`); other LLVM versions may reject or mis-measure its lists.",
        f"- Examples over {info['settings']['max_length']} tokens were dropped: long functions are out of "
        "distribution (the context is the preset's).",
        "",
    ]
    return "\n".join(lines)


__all__ = ["CURVE_FILE", "EVAL_FILE", "STYLE", "plot_loss_curve", "render_card"]
