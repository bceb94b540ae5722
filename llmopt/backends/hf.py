"""The ``hf`` backend: any local Hugging Face causal LM directory through ``transformers`` (CPU fp32, GPU when
present), batched with left padding, n samples per prompt, greedy or seeded sampling, stop strings, per-token
log-probabilities, teacher-forced ``score``, and PEFT adapter dirs (``adapter_config.json``: base + adapter).

``default`` is the same backend on the project's shipped model dir (see ``default_model_dir``).

torch and transformers are imported only when a model is loaded.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmopt.backends.base import (
    Backend,
    BackendError,
    BackendOptions,
    Completion,
    ModelSpec,
    default_model_dir,
)
from llmopt.errors import ConfigError


@dataclass(frozen=True)
class HFOptions(BackendOptions):
    """Options of the hf backend."""

    device: str = "auto"  # "auto" (cuda when present, else cpu), "cpu" or "cuda"
    batch_size: int = 8  # prompts per forward batch
    # torch CPU threads of this process; 0: torch's choice (all cores), except for the default model, which takes 1:
    # its decode steps are tiny, and more threads wait on each other (docs/training.md, "Threads": greedy generation
    # after a 1,000-token prompt took 1.2 s on one thread against 15 s on two on the busy 2-core machine).
    threads: int = 0


class HFBackend(Backend):
    """A local transformers causal LM."""

    name = "hf"
    options_type = HFOptions
    supports_logprobs = True
    supports_score = True

    def __init__(self, path: str | Path, options: HFOptions | None = None) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.options = options or HFOptions()
        path = Path(path)
        if not path.is_dir():
            raise ConfigError(f"model dir {path} does not exist")
        device = self.options.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.device = device
        if self.options.threads > 0 and device == "cpu":
            torch.set_num_threads(self.options.threads)
        adapter = path / "adapter_config.json"
        try:
            if adapter.is_file():
                from peft import PeftModel

                base = json.loads(adapter.read_text())["base_model_name_or_path"]
                self.tokenizer = AutoTokenizer.from_pretrained(base)
                model: Any = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
                model = PeftModel.from_pretrained(model, str(path))
            else:
                self.tokenizer = AutoTokenizer.from_pretrained(str(path))
                model = AutoModelForCausalLM.from_pretrained(str(path), dtype=torch.float32)
        except (OSError, ValueError, KeyError) as e:
            raise BackendError(f"cannot load model from {path}: {e}") from e
        self.model = model.to(device).eval()
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        cfg = self.model.config
        self.context_length = int(getattr(cfg, "max_position_embeddings", 0) or 0)

    @classmethod
    def from_spec(cls, spec: ModelSpec, options: BackendOptions) -> HFBackend:
        """Construct from a parsed ``hf:PATH`` spec."""
        assert isinstance(options, HFOptions)
        return cls(spec.target, options)

    def count_tokens(self, text: str) -> int | None:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _encode(self, prompts: list[str]) -> list[list[int]]:
        return self.fitting_prompts([self.tokenizer(p, add_special_tokens=True)["input_ids"] for p in prompts])

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
        import torch

        self.check_args(n, temperature, top_p, max_tokens)
        ids = self._encode(prompts)
        out: list[list[Completion]] = []
        torch.manual_seed(seed)
        for start in range(0, len(prompts), self.options.batch_size):
            batch = ids[start : start + self.options.batch_size]
            out.extend(self._generate_batch(batch, n, temperature, top_p, max_tokens, stop or []))
        return out

    def _generate_batch(
        self, batch: list[list[int]], n: int, temperature: float, top_p: float, max_tokens: int, stop: list[str]
    ) -> list[list[Completion]]:
        import torch

        enc = self.tokenizer.pad({"input_ids": batch}, return_tensors="pt").to(self.device)
        width = enc["input_ids"].shape[1]
        room = max_tokens
        if self.context_length:
            room = max(1, min(max_tokens, self.context_length - width))
        kwargs: dict[str, Any] = {
            "max_new_tokens": room,
            "num_return_sequences": n,
            "output_scores": True,
            "return_dict_in_generate": True,
            "pad_token_id": self.tokenizer.pad_token_id,
        }
        if temperature > 0:
            kwargs.update(do_sample=True, temperature=temperature, top_p=top_p)
        else:
            kwargs.update(do_sample=False)
        with torch.no_grad():
            gen = self.model.generate(**enc, **kwargs)
        seqs = gen.sequences[:, width:]
        logp = torch.stack([torch.log_softmax(s.float(), dim=-1) for s in gen.scores], dim=1)
        tok_lp = torch.gather(logp, 2, seqs[:, : logp.shape[1]].unsqueeze(-1)).squeeze(-1)
        eos = self.tokenizer.eos_token_id
        result: list[list[Completion]] = []
        for i, prompt_ids in enumerate(batch):
            row: list[Completion] = []
            for j in range(n):
                k = i * n + j
                toks = seqs[k].tolist()
                length = len(toks)
                finish = "length"
                if eos in toks:
                    length, finish = toks.index(eos), "stop"
                text = str(self.tokenizer.decode(toks[:length], skip_special_tokens=True))
                for s in stop:
                    if s in text:
                        text, finish = text[: text.index(s)], "stop"
                        length = len(self.tokenizer(text, add_special_tokens=False)["input_ids"])
                lps = tuple(float(x) for x in tok_lp[k, :length].tolist())
                row.append(Completion(text, finish, len(prompt_ids), length, lps, sum(lps)))
            result.append(row)
        return result

    def _score(self, prompt: str, continuations: list[str]) -> list[float]:
        import torch

        (p_ids,) = self._encode([prompt])
        fulls = self.teacher_forced(
            p_ids, [self.tokenizer(c, add_special_tokens=False)["input_ids"] for c in continuations]
        )
        scores: list[float] = []
        start = len(p_ids)
        # Batched teacher forcing: one forward pass per batch of continuations (right-padded: positions before the
        # padding see exactly the unpadded sequence, so each score equals the one-at-a-time score).
        for first in range(0, len(fulls), self.options.batch_size):
            batch = fulls[first : first + self.options.batch_size]
            width = max(len(f) for f in batch)
            pad = self.tokenizer.pad_token_id or 0
            x = torch.tensor([f + [pad] * (width - len(f)) for f in batch], device=self.device)
            mask = torch.tensor([[1] * len(f) + [0] * (width - len(f)) for f in batch], device=self.device)
            with torch.no_grad():
                logits = self.model(input_ids=x, attention_mask=mask).logits.float()
            lp = torch.log_softmax(logits[:, :-1], dim=-1)
            for row, full in enumerate(batch):
                idx = torch.arange(start - 1, len(full) - 1, device=self.device)
                tgt = torch.tensor(full[start:], device=self.device)
                scores.append(float(lp[row, idx, tgt].sum()))
        return scores


class DefaultBackend(HFBackend):
    """The project's shipped model through hf on CPU; a clear NoDefaultModelError until one is installed."""

    name = "default"

    @classmethod
    def from_spec(cls, spec: ModelSpec, options: BackendOptions) -> HFBackend:
        """Construct on ``default_model_dir()`` (LLMOPT_DEFAULT_MODEL or llmopt/models/default/), on one CPU thread
        unless ``threads`` says otherwise (the shipped model is a small one)."""
        assert isinstance(options, HFOptions)
        if options.threads == 0:
            options = dataclasses.replace(options, threads=1)
        return cls(default_model_dir(), options)
