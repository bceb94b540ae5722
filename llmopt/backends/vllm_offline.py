"""The ``vllm`` backend: a local model through vLLM's offline engine, for users with a GPU.

Why a backend of its own rather than ``openai:`` against ``vllm serve``: in one process the engine batches every
prompt of a strategy's call continuously, returns the sampled tokens' log-probabilities (priority sampling and the
LM ranker need them) and scores continuations by their prompt log-probabilities, with no HTTP in between.

vLLM is an optional extra (``pip install 'llmopt[vllm]'``): its wheel brings ~200 packages and its own CUDA torch,
which would replace the pinned CPU torch, so it never enters the default install. It is imported only when this
backend is constructed; without it the spec is one clear ``ConfigError``.

Semantics match ``hf``: ``n`` completions per prompt, greedy at temperature 0, seeded sampling, stop strings cut the
text (``finish_reason`` "stop"), a prompt at or over the context is a ``ContextOverflowError`` (never truncated),
``max_tokens`` is cut to what the context leaves. ``score`` is teacher forcing: the log-probability vLLM assigns to
the continuation's tokens as part of the prompt (``prompt_logprobs``), with the prompt and continuation tokenized
separately, as ``hf`` does.

Options (``vllm:PATH,key=value``): ``dtype`` (auto), ``gpu_memory_utilization`` (0.85), ``max_model_len`` (0: the
model's), ``tensor_parallel_size`` (1), ``adapter`` (a PEFT LoRA dir; needs ``enable_lora`` in vLLM, set here).

Tested only where a GPU and vLLM are present (tests marked ``gpu``); this machine has neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmopt.backends.base import (
    Backend,
    BackendError,
    BackendOptions,
    Completion,
    ModelSpec,
)
from llmopt.errors import ConfigError


@dataclass(frozen=True)
class VLLMOptions(BackendOptions):
    """Options of the vllm backend."""

    dtype: str = "auto"
    gpu_memory_utilization: float = 0.85
    max_model_len: int = 0  # 0: the model's own context length
    tensor_parallel_size: int = 1
    adapter: str = ""  # a PEFT LoRA adapter dir applied to every request


class VLLMBackend(Backend):
    """A local model on vLLM's offline ``LLM`` engine."""

    name = "vllm"
    options_type = VLLMOptions
    supports_logprobs = True
    supports_score = True

    def __init__(self, path: str | Path, options: VLLMOptions | None = None) -> None:
        self.options = options or VLLMOptions()
        try:
            import vllm
        except ImportError as e:
            raise ConfigError(
                "the vllm backend needs vLLM (a GPU extra: pip install 'llmopt[vllm]'); on CPU use hf:PATH"
            ) from e
        if not Path(path).is_dir():
            raise ConfigError(f"vllm:{path}: no such model directory")
        kwargs: dict[str, Any] = {
            "model": str(path),
            "dtype": self.options.dtype,
            "gpu_memory_utilization": self.options.gpu_memory_utilization,
            "tensor_parallel_size": self.options.tensor_parallel_size,
        }
        if self.options.max_model_len:
            kwargs["max_model_len"] = self.options.max_model_len
        self._lora: Any = None
        if self.options.adapter:
            from vllm.lora.request import LoRARequest

            kwargs["enable_lora"] = True
            self._lora = LoRARequest("adapter", 1, self.options.adapter)
        try:
            self.llm = vllm.LLM(**kwargs)
        except Exception as e:  # vLLM raises many types (ValueError, RuntimeError, CUDA errors) for a bad model
            raise BackendError(f"vLLM cannot load {path}: {e}") from e
        self._vllm = vllm
        self.tokenizer = self.llm.get_tokenizer()
        self.context_length = int(self.llm.llm_engine.model_config.max_model_len)

    @classmethod
    def from_spec(cls, spec: ModelSpec, options: BackendOptions) -> VLLMBackend:
        """Construct from a parsed ``vllm:PATH`` spec."""
        assert isinstance(options, VLLMOptions)
        return cls(spec.target, options)

    def count_tokens(self, text: str) -> int | None:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def _encode(self, prompts: list[str]) -> list[list[int]]:
        return self.fitting_prompts([list(self.tokenizer.encode(p, add_special_tokens=True)) for p in prompts])

    def _run(self, token_prompts: list[list[int]], params: Any) -> list[Any]:
        prompts = [{"prompt_token_ids": ids} for ids in token_prompts]
        try:
            return list(self.llm.generate(prompts, params, use_tqdm=False, lora_request=self._lora))
        except Exception as e:
            raise BackendError(f"vLLM failed while generating: {e}") from e

    def generate(
        self,
        prompts: list[str],
        *,
        n: int = 1,
        temperature: float = 0.0,
        top_p: float = 1.0,
        max_tokens: int = 256,
        stop: list[str] | None = None,
        seed: int = 0,
    ) -> list[list[Completion]]:
        """``n`` completions per prompt; max_tokens is cut to what the context leaves (never the prompt)."""
        self.check_args(n, temperature, top_p, max_tokens)
        ids = self._encode(prompts)
        longest = max((len(x) for x in ids), default=0)
        room = max(1, min(max_tokens, self.context_length - longest)) if self.context_length else max_tokens
        params = self._vllm.SamplingParams(
            n=n,
            temperature=temperature,
            top_p=top_p if temperature > 0 else 1.0,
            max_tokens=room,
            stop=list(stop or []) or None,
            seed=seed,
            logprobs=0,  # the sampled token's log-probability only
        )
        result: list[list[Completion]] = []
        for prompt_ids, request in zip(ids, self._run(ids, params), strict=True):
            row: list[Completion] = []
            for out in request.outputs:
                token_ids = list(out.token_ids)
                lps: tuple[float, ...] | None = None
                if out.logprobs is not None:
                    lps = tuple(float(step[tok].logprob) for step, tok in zip(out.logprobs, token_ids, strict=False))
                finish = "length" if out.finish_reason == "length" else "stop"
                row.append(
                    Completion(
                        out.text,
                        finish,
                        len(prompt_ids),
                        len(token_ids),
                        lps,
                        sum(lps) if lps is not None else None,
                    )
                )
            result.append(row)
        return result

    def _score(self, prompt: str, continuations: list[str]) -> list[float]:
        (p_ids,) = self._encode([prompt])
        fulls = self.teacher_forced(
            p_ids, [list(self.tokenizer.encode(c, add_special_tokens=False)) for c in continuations]
        )
        start = len(p_ids)
        params = self._vllm.SamplingParams(max_tokens=1, temperature=0.0, prompt_logprobs=0)
        scores: list[float] = []
        for full, request in zip(fulls, self._run(fulls, params), strict=True):
            steps = request.prompt_logprobs or []
            total = 0.0
            for pos in range(start, len(full)):
                step = steps[pos] if pos < len(steps) else None
                if step is None or full[pos] not in step:
                    raise BackendError(f"vLLM returned no prompt log-probability at token {pos}")
                total += float(step[full[pos]].logprob)
            scores.append(total)
        return scores


__all__ = ["VLLMBackend", "VLLMOptions"]
