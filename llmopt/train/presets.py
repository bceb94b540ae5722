"""From-scratch model sizes, named by parameter count: the same Llama-style architecture at 2M to 1B parameters.

Why Llama-style: it is what LLM Compiler fine-tunes (Code Llama), ``transformers`` runs it on CPU and GPU alike, and
vLLM serves it, so a model trained here on a laptop and one trained on a GPU differ only in size. The names are the
parameter count at the default 4,096-token vocabulary of ``llmopt.train.tokenizer`` (input and output embeddings
tied), checked by ``parameter_count`` against the real model in the tests.

Measured on this project's 2-core CPU: a 5M model trains at ~4M tokens/hour on one core, a 2M one at ~9M, so the two
small presets are the ones a laptop trains in an hour or two; the others are for a GPU.

Limits: sizes other than these are a ``custom`` config away (``model_config(..., **overrides)``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from llmopt.errors import ConfigError

DEFAULT_CONTEXT = 2048


@dataclass(frozen=True)
class ModelPreset:
    """One architecture size (the ``LlamaConfig`` fields that set it)."""

    name: str
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int = DEFAULT_CONTEXT
    num_key_value_heads: int | None = None  # None: as many as attention heads (no grouped-query attention)
    tie_word_embeddings: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


PRESETS: dict[str, ModelPreset] = {
    p.name: p
    for p in (
        ModelPreset("2m", hidden_size=160, num_hidden_layers=4, num_attention_heads=4, intermediate_size=432),
        ModelPreset("5m", hidden_size=256, num_hidden_layers=5, num_attention_heads=4, intermediate_size=688),
        ModelPreset("10m", hidden_size=320, num_hidden_layers=7, num_attention_heads=5, intermediate_size=864),
        ModelPreset("40m", hidden_size=512, num_hidden_layers=12, num_attention_heads=8, intermediate_size=1376),
        ModelPreset(
            "150m",
            hidden_size=768,
            num_hidden_layers=21,
            num_attention_heads=12,
            intermediate_size=2048,
            max_position_embeddings=4096,
        ),
        ModelPreset(
            "1b",
            hidden_size=2048,
            num_hidden_layers=21,
            num_attention_heads=16,
            intermediate_size=5632,
            max_position_embeddings=4096,
            num_key_value_heads=8,
        ),
    )
}


def get_preset(name: str) -> ModelPreset:
    """The preset called ``name``.

    Raises:
        ConfigError: unknown name (the message lists the known ones).
    """
    try:
        return PRESETS[name.lower()]
    except KeyError:
        raise ConfigError(f"unknown model preset {name!r}; known: {', '.join(PRESETS)}") from None


def parameter_count(preset: ModelPreset, vocab_size: int) -> int:
    """Parameters of the Llama model this preset builds (embeddings, attention, MLP, RMS norms; tied output)."""
    h, layers, inter = preset.hidden_size, preset.num_hidden_layers, preset.intermediate_size
    kv_heads = preset.num_key_value_heads or preset.num_attention_heads
    kv_dim = h * kv_heads // preset.num_attention_heads
    attention = 2 * h * h + 2 * h * kv_dim  # q, o and k, v projections (no biases)
    mlp = 3 * h * inter  # gate, up, down
    per_layer = attention + mlp + 2 * h  # two RMS norms
    embeddings = vocab_size * h * (1 if preset.tie_word_embeddings else 2)
    return layers * per_layer + embeddings + h  # final norm


def model_config(
    preset: ModelPreset | str,
    *,
    vocab_size: int,
    bos_token_id: int,
    eos_token_id: int,
    pad_token_id: int,
    **overrides: Any,
) -> Any:
    """A ``transformers.LlamaConfig`` for ``preset`` and a tokenizer's vocabulary and special tokens.

    Raises:
        ConfigError: unknown preset, or a head count that does not divide the hidden size.
    """
    from transformers import LlamaConfig

    p = get_preset(preset) if isinstance(preset, str) else preset
    if overrides:
        known = {k: v for k, v in overrides.items() if k in ModelPreset.__dataclass_fields__}
        p = replace(p, **known)
        overrides = {k: v for k, v in overrides.items() if k not in known}
    if p.hidden_size % p.num_attention_heads:
        raise ConfigError(
            f"preset {p.name}: hidden_size {p.hidden_size} not divisible by {p.num_attention_heads} heads"
        )
    return LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=p.hidden_size,
        intermediate_size=p.intermediate_size,
        num_hidden_layers=p.num_hidden_layers,
        num_attention_heads=p.num_attention_heads,
        num_key_value_heads=p.num_key_value_heads or p.num_attention_heads,
        max_position_embeddings=p.max_position_embeddings,
        tie_word_embeddings=p.tie_word_embeddings,
        bos_token_id=bos_token_id,
        eos_token_id=eos_token_id,
        pad_token_id=pad_token_id,
        **overrides,
    )


def scratch_model(preset: ModelPreset | str, tokenizer: Any, *, seed: int, **overrides: Any) -> Any:
    """A new, randomly initialised ``LlamaForCausalLM`` of ``preset`` for ``tokenizer`` (its vocabulary and special
    tokens), seeded so that SFT and the step-time measurement of ``llmopt train default`` start from the same
    weights."""
    import torch
    from transformers import LlamaForCausalLM

    config = model_config(
        preset,
        vocab_size=len(tokenizer),
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        **overrides,
    )
    torch.manual_seed(seed)
    return LlamaForCausalLM(config)


__all__ = [
    "DEFAULT_CONTEXT",
    "PRESETS",
    "ModelPreset",
    "get_preset",
    "model_config",
    "parameter_count",
    "scratch_model",
]
