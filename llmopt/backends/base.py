"""Model backends (layer 6): one batch ``generate`` method, an optional teacher-forced ``score``, capability flags
checked centrally, typed options that reject unknown keys, and ONE model spec parser (``default``, ``hf:PATH``,
``vllm:PATH``, ``openai:URL#NAME``).

Why one batch method: strategies ask for many samples of many prompts at once; a backend batches them the way its
engine likes (padding on CPU, continuous batching on vLLM, concurrent requests over HTTP).

Backends: ``hf`` and ``default`` (local, ``llmopt.backends.hf``), ``openai`` (any OpenAI-compatible server,
``llmopt.backends.openai_compat``; ``llmopt serve`` is one), ``vllm`` (vLLM's offline engine on a GPU, an optional
extra: ``llmopt.backends.vllm_offline``).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from llmopt.errors import ConfigError, LlmoptError
from llmopt.registry import Registry


class BackendError(LlmoptError, RuntimeError):
    """A backend could not answer (model failed to load, server gone)."""


class ContextOverflowError(BackendError, ValueError):
    """A prompt is longer than the model's context; never truncated silently."""

    def __init__(self, index: int, length: int, limit: int) -> None:
        super().__init__(f"prompt {index} is {length} tokens, over the model's context of {limit} tokens")
        self.index, self.length, self.limit = index, length, limit


class NoDefaultModelError(ConfigError):
    """No default model is installed (a later issue ships one); set LLMOPT_DEFAULT_MODEL to a model dir."""


@dataclass(frozen=True)
class Completion:
    """One sampled answer. ``token_logprobs``/``logprob`` are None where the backend has no log-probabilities."""

    text: str
    finish_reason: str  # "stop" (EOS or a stop string) or "length"
    prompt_tokens: int
    completion_tokens: int
    token_logprobs: tuple[float, ...] | None = None
    logprob: float | None = None


@dataclass(frozen=True)
class BackendOptions:
    """Options every backend takes; subclasses add fields. Unknown keys are rejected by ``from_dict``."""

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> BackendOptions:
        """Options from ``key=value`` strings, converting each to its field's type (int, float, bool, str)."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise ConfigError(f"unknown option(s) {unknown} for {cls.__name__}; valid: {sorted(fields)}")
        out: dict[str, Any] = {}
        for key, raw in values.items():
            kind = str(fields[key].type)
            try:
                if "bool" in kind:
                    out[key] = raw.lower() in ("1", "true", "yes", "on")
                elif "int" in kind:
                    out[key] = int(raw)
                elif "float" in kind:
                    out[key] = float(raw)
                else:
                    out[key] = raw
            except ValueError as e:
                raise ConfigError(f"option {key}={raw!r}: {e}") from e
        return cls(**out)


class Backend:
    """A language model that answers batches of prompts.

    Capability flags are class attributes; ``check_generate``/``score`` check them centrally, so a strategy that
    needs log-probabilities fails with one clear ConfigError on a backend without them.
    """

    name: ClassVar[str] = "backend"
    options_type: ClassVar[type[BackendOptions]] = BackendOptions
    supports_logprobs: ClassVar[bool] = False
    supports_score: ClassVar[bool] = False
    chat: ClassVar[bool] = False
    context_length: int = 0  # tokens; 0 = unknown

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
        """``n`` completions for each prompt (greedy when ``temperature`` is 0)."""
        raise NotImplementedError

    def score(self, prompt: str, continuations: list[str]) -> list[float]:
        """Log-probability of each continuation after ``prompt`` by teacher forcing."""
        if not self.supports_score:
            raise ConfigError(f"the {self.name} backend cannot score continuations (no teacher forcing)")
        return self._score(prompt, continuations)

    def _score(self, prompt: str, continuations: list[str]) -> list[float]:
        raise NotImplementedError

    def count_tokens(self, text: str) -> int | None:
        """Tokens ``text`` takes in this model's prompt (None: the backend cannot tell; remote servers). What the
        main job needs to pick a view of a program that fits the context (``llmopt.inference.whole_program``)."""
        return None

    def fitting_prompts(self, ids: list[list[int]]) -> list[list[int]]:
        """``ids`` unchanged when every prompt leaves room for at least one new token in the context; else the
        ContextOverflowError of the first that does not (a prompt is never truncated)."""
        for i, seq in enumerate(ids):
            if self.context_length and len(seq) >= self.context_length:
                raise ContextOverflowError(i, len(seq), self.context_length)
        return ids

    def teacher_forced(self, prompt_ids: list[int], continuation_ids: list[list[int]]) -> list[list[int]]:
        """The sequences ``score`` runs: the prompt followed by each continuation, each within the context (else the
        ContextOverflowError of the first that is not)."""
        fulls = [prompt_ids + c for c in continuation_ids]
        for i, full in enumerate(fulls):
            if self.context_length and len(full) > self.context_length:
                raise ContextOverflowError(i, len(full), self.context_length)
        return fulls

    @staticmethod
    def check_args(n: int, temperature: float, top_p: float, max_tokens: int) -> None:
        """Reject nonsense sampling arguments before any model work."""
        if n < 1 or max_tokens < 1 or temperature < 0 or not 0 < top_p <= 1:
            raise ConfigError(f"bad sampling arguments n={n} temperature={temperature} top_p={top_p} max={max_tokens}")


BACKENDS: Registry[type[Backend]] = Registry("model backend", base=Backend)
BACKENDS.register("hf", "llmopt.backends.hf:HFBackend")
BACKENDS.register("default", "llmopt.backends.hf:DefaultBackend")
BACKENDS.register("openai", "llmopt.backends.openai_compat:OpenAIBackend")
BACKENDS.register("vllm", "llmopt.backends.vllm_offline:VLLMBackend")


@dataclass(frozen=True)
class ModelSpec:
    """A parsed model spec: ``kind`` (registry name), ``target`` (path or URL), ``model`` (openai NAME), options."""

    kind: str
    target: str = ""
    model: str = ""
    options: dict[str, str] = field(default_factory=dict)


def parse_spec(spec: str) -> ModelSpec:
    """Parse ``default``, ``hf:PATH``, ``vllm:PATH`` or ``openai:URL#NAME``, each optionally followed by
    ``,key=value,...`` options (e.g. ``hf:/models/x,device=cpu``)."""
    head, *opts = spec.strip().split(",")
    options: dict[str, str] = {}
    for opt in opts:
        key, eq, value = opt.partition("=")
        if not eq or not key:
            raise ConfigError(f"model option {opt!r} in {spec!r} is not key=value")
        options[key.strip()] = value.strip()
    if head == "default":
        return ModelSpec("default", options=options)
    kind, colon, target = head.partition(":")
    if not colon or not target:
        raise ConfigError(f"model spec {spec!r}: expected default, hf:PATH, vllm:PATH or openai:URL#NAME")
    model = ""
    if kind == "openai":
        target, _, model = target.partition("#")
        if not model:
            raise ConfigError(f"model spec {spec!r}: openai needs URL#NAME")
    return ModelSpec(kind, target, model, options)


def load_backend(spec: str | ModelSpec) -> Backend:
    """The backend a spec names, constructed with its typed options."""
    parsed = parse_spec(spec) if isinstance(spec, str) else spec
    cls = BACKENDS.get(parsed.kind)
    options = cls.options_type.from_dict(parsed.options)
    return cls.from_spec(parsed, options)  # type: ignore[attr-defined]


def packaged_model_dir() -> Path:
    """Where the package keeps its default model (``llmopt/models/default/``; ``llmopt train default --install``)."""
    return Path(__file__).resolve().parent.parent / "models" / "default"


DEFAULT_MODEL_INFO = "default_model.json"  # what ``llmopt train default`` wrote: settings, data, evaluation


def default_model_flavour() -> str | None:
    """The IR flavour the default model was trained on (its ``default_model.json``), None when there is no default
    model or it does not say (a model put there by hand). The main job asks this before loading it: the shipped model
    saw only one flavour's IR, and its answers on the other were never measured."""
    try:
        info = json.loads((default_model_dir() / DEFAULT_MODEL_INFO).read_text())
    except (NoDefaultModelError, OSError, ValueError):
        return None
    flavour = info.get("settings", {}).get("flavour") if isinstance(info, dict) else None
    return flavour if isinstance(flavour, str) else None


def default_model_mismatch(model: str | None, flavour: str) -> str | None:
    """Why ``model`` should not be trusted on ``flavour`` IR: it names the default model (with or without options)
    and that model was trained on the other flavour; None otherwise (a model named by path is the user's call)."""
    if not model or parse_spec(model).kind != "default":
        return None
    trained_on = default_model_flavour()
    if trained_on is None or trained_on == flavour:
        return None
    return f"the default model was trained on {trained_on}-flavour IR, not {flavour}"


def default_model_dir() -> Path:
    """The default model dir: ``LLMOPT_DEFAULT_MODEL``, else the package's ``llmopt/models/default/``."""
    env = os.environ.get("LLMOPT_DEFAULT_MODEL")
    path = Path(env) if env else packaged_model_dir()
    if not (path / "config.json").is_file():
        raise NoDefaultModelError(
            f"no default model is installed (looked in {path}); set LLMOPT_DEFAULT_MODEL or pass --model hf:PATH"
        )
    return path
