"""The ``hf`` backend: any local Hugging Face causal LM directory through ``transformers`` (CPU fp32, GPU when
present), batched with left padding, n samples per prompt, greedy or seeded sampling, stop strings, per-token
log-probabilities, teacher-forced ``score``, and PEFT adapter dirs (``adapter_config.json``: base + adapter).

``default`` is the same backend on the project's shipped model dir (see ``default_model_dir``).

torch and transformers are imported only when a model is loaded.
"""

from __future__ import annotations

import dataclasses
import inspect
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


# Continuation tokens packed into one forward pass when scoring on a cached prompt (bounds the block-causal mask).
PACKED_TOKENS = 512


class HFBackend(Backend):
    """A local transformers causal LM."""

    name = "hf"
    options_type = HFOptions
    supports_logprobs = True
    supports_score = True

    def __init__(self, path: str | Path, options: HFOptions | None = None) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

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
        # Loading a local model is quick; transformers' per-load "Loading weights" bar only cluttered every log and
        # progress display that loads one (each eval worker does), so it is off while loading.
        bar = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
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
        finally:
            if bar:
                hf_logging.enable_progress_bar()
        self.model = model.to(device).eval()
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        # The last scored prompt's token ids, key/value cache and last log-probabilities (see _prompt_state).
        self._last_prompt: tuple[list[int], Any, Any] | None = None
        # The forward argument that takes a key/value cache: ``cache`` (transformers 5.25 on), else the older
        # ``past_key_values`` (a PEFT model is asked of its base model).
        base = self.model.get_base_model() if hasattr(self.model, "get_base_model") else self.model
        self._cache_arg = "cache" if "cache" in inspect.signature(base.forward).parameters else "past_key_values"
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
        (p_ids,) = self._encode([prompt])
        cont_ids = [self.tokenizer(c, add_special_tokens=False)["input_ids"] for c in continuations]
        fulls = self.teacher_forced(p_ids, cont_ids)
        if not p_ids or any(not c for c in cont_ids):
            return self._score_whole(p_ids, fulls)
        prefix = self._prompt_state(p_ids)
        if prefix is None:
            return self._score_whole(p_ids, fulls)
        return self._score_cached(prefix, cont_ids)

    def _prompt_state(self, p_ids: list[int]) -> tuple[Any, Any] | None:
        """The prompt's key/value cache and its last position's log-probabilities, computed once per prompt.

        Why: ranking answers scores many short continuations (priority sampling: one per pass of the catalog, at
        every element of every list) after one long prompt; running the prompt again for each of them made one
        ``score`` call of 120 continuations after a 1,600-token prompt take 25 s with the shipped model. The state of
        the last prompt is kept, and a prompt that extends it (the next level of the same tree) runs only its new
        tokens. None when the model gives no reusable cache (then every sequence is run whole).
        """
        import torch
        from transformers.cache_utils import Cache

        cached = self._last_prompt
        start, past = 0, None
        if cached is not None:
            ids, state, _ = cached
            same = 0
            for a, b in zip(ids, p_ids, strict=False):
                if a != b:
                    break
                same += 1
            if same == len(p_ids) == len(ids):
                return state, cached[2]
            self._last_prompt = None  # its cache is extended in place below (and replaced when that succeeds)
            if same > 0:
                start, past = min(same, len(p_ids) - 1), state
                if past.get_seq_length() > start:
                    past.crop(start - past.get_seq_length())
        x = torch.tensor([p_ids[start:]], device=self.device)
        with torch.no_grad():
            out = self.model(input_ids=x, use_cache=True, **self._cache_kwarg(past))
        state = getattr(out, "cache", None) or getattr(out, "past_key_values", None)
        if not isinstance(state, Cache) or state.get_seq_length() != len(p_ids):
            self._last_prompt = None
            return None
        last = torch.log_softmax(out.logits[0, -1].float(), dim=-1)
        self._last_prompt = (list(p_ids), state, last)
        return state, last

    def _cache_kwarg(self, past: Any) -> dict[str, Any]:
        """The forward argument that passes a key/value cache (its name is read once, at load)."""
        return {self._cache_arg: past}

    def _score_cached(self, prefix: tuple[Any, Any], cont_ids: list[list[int]]) -> list[float]:
        """Scores of continuations on the prompt's cache, packed into one sequence per chunk.

        A continuation's first token is scored from the prompt's last position; its other tokens come from one
        forward pass over all continuations side by side after the prompt, each at the positions it would have
        alone and seeing only the prompt and its own earlier tokens (a block-causal mask). So the prompt's cache is
        read once per chunk instead of copied per continuation (copying it for a batch of 32 continuations was most
        of the time), and each score equals the continuation run whole after the prompt.
        """
        import copy

        state, last = prefix
        plen = state.get_seq_length()
        scores = [float(last[c[0]]) for c in cont_ids]
        chunks: list[list[int]] = []  # continuations (2+ tokens) per forward pass, up to PACKED_TOKENS inputs each
        width = 0
        for i, c in enumerate(cont_ids):
            if len(c) < 2:
                continue
            if not chunks or width + len(c) - 1 > PACKED_TOKENS:
                chunks.append([])
                width = 0
            chunks[-1].append(i)
            width += len(c) - 1
        for chunk in chunks:
            self._score_packed(copy.deepcopy(state), plen, [cont_ids[k] for k in chunk], chunk, scores)
        return scores

    def _score_packed(
        self, past: Any, plen: int, conts: list[list[int]], where: list[int], scores: list[float]
    ) -> None:
        """Adds to ``scores[where[k]]`` the log-probability of ``conts[k][1:]`` given the prompt and ``conts[k][0]``
        (one forward pass; see ``_score_cached``)."""
        import torch

        inputs = [t for c in conts for t in c[:-1]]
        n = len(inputs)
        positions = [plen + j for c in conts for j in range(len(c) - 1)]
        allowed = torch.zeros((n, plen + n), dtype=torch.bool)
        allowed[:, :plen] = True
        at = 0
        for c in conts:
            k = len(c) - 1
            allowed[at : at + k, plen + at : plen + at + k] = torch.tril(torch.ones((k, k), dtype=torch.bool))
            at += k
        mask = torch.zeros((1, 1, n, plen + n), dtype=torch.float32)
        mask.masked_fill_(~allowed, torch.finfo(torch.float32).min)
        x = torch.tensor([inputs], device=self.device)
        pos = torch.tensor([positions], device=self.device)
        with torch.no_grad():
            logits = self.model(
                input_ids=x,
                attention_mask=mask.to(self.device),
                position_ids=pos,
                use_cache=True,
                **self._cache_kwarg(past),
            ).logits[0]
        lp = torch.log_softmax(logits.float(), dim=-1)
        at = 0
        for c, i in zip(conts, where, strict=True):
            k = len(c) - 1
            idx = torch.arange(at, at + k, device=self.device)
            tgt = torch.tensor(c[1:], device=self.device)
            scores[i] += float(lp[idx, tgt].sum())
            at += k

    def _score_whole(self, p_ids: list[int], fulls: list[list[int]]) -> list[float]:
        """Scores by running each prompt + continuation whole (models without a reusable cache)."""
        import torch

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
