"""``openai:URL#NAME``: any OpenAI-compatible server (``llmopt serve``, vLLM, llama.cpp's server, TGI...).

Why stdlib ``urllib`` and not the ``openai`` package: four JSON POSTs do not justify a dependency tree, and the
retry, timeout and ``n`` behaviour must be ours anyway (servers differ). Prompts are sent concurrently (``concurrency``
requests in flight), each request retried with exponential backoff on connection errors, timeouts and 5xx answers;
4xx answers are the caller's mistake and are not retried. Some servers ignore ``n``: when fewer answers come back,
the missing ones are asked for again with seeds ``seed + 1``, ``seed + 2``, ...

Limits: no teacher-forced ``score`` (the completions API cannot score a given continuation on most servers), so
priority sampling and model ranking of the coreset need a local backend; log-probabilities are read when the server
returns ``logprobs.token_logprobs``; no streaming.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ClassVar

from llmopt.backends.base import Backend, BackendError, BackendOptions, Completion, ModelSpec
from llmopt.errors import ConfigError


@dataclass(frozen=True)
class OpenAIOptions(BackendOptions):
    """Options of ``openai:URL#NAME,key=value``.

    Attributes:
        chat: use ``/chat/completions`` (one user message) instead of ``/completions``.
        timeout_s: seconds per request.
        retries: attempts after the first on connection errors, timeouts and 5xx.
        backoff_s: first wait between attempts (doubled each time).
        concurrency: requests in flight at once.
        api_key_env: environment variable holding a bearer token (empty: none sent).
        context_length: the model's context in tokens, if known (0: the server decides).
    """

    chat: bool = False
    timeout_s: float = 120.0
    retries: int = 3
    backoff_s: float = 0.5
    concurrency: int = 4
    api_key_env: str = ""
    context_length: int = 0


class OpenAIBackend(Backend):
    """Completions over HTTP from an OpenAI-compatible server."""

    name: ClassVar[str] = "openai"
    options_type: ClassVar[type[BackendOptions]] = OpenAIOptions
    supports_logprobs: ClassVar[bool] = False  # servers differ; strategies needing them use local backends
    supports_score: ClassVar[bool] = False

    def __init__(self, url: str, model: str, options: OpenAIOptions | None = None) -> None:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"openai backend URL {url!r} must start with http:// or https://")
        self.url = url.rstrip("/")
        self.model = model
        self.options = options or OpenAIOptions()
        if self.options.concurrency < 1 or self.options.retries < 0 or self.options.timeout_s <= 0:
            raise ConfigError(f"bad openai backend options: {self.options}")
        self.context_length = self.options.context_length

    @classmethod
    def from_spec(cls, spec: ModelSpec, options: BackendOptions) -> OpenAIBackend:
        assert isinstance(options, OpenAIOptions)
        return cls(spec.target, spec.model, options)

    def _post(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        """One request with retries. Raises BackendError with one line saying what went wrong."""
        import os

        headers = {"Content-Type": "application/json"}
        if self.options.api_key_env and os.environ.get(self.options.api_key_env):
            headers["Authorization"] = f"Bearer {os.environ[self.options.api_key_env]}"
        data = json.dumps(body).encode()
        wait, last = self.options.backoff_s, ""
        for attempt in range(self.options.retries + 1):
            if attempt:
                time.sleep(wait)
                wait *= 2
            request = urllib.request.Request(f"{self.url}/{endpoint}", data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.options.timeout_s) as response:
                    parsed = json.loads(response.read())
                if not isinstance(parsed, dict) or not isinstance(parsed.get("choices"), list):
                    raise BackendError(f"server at {self.url} answered without a 'choices' list")
                return parsed
            except urllib.error.HTTPError as error:
                detail = _error_message(error)
                if error.code < 500:
                    raise BackendError(f"server at {self.url} refused the request ({error.code}): {detail}") from None
                last = f"HTTP {error.code}: {detail}"
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
                reason = getattr(error, "reason", error)
                last = f"unreachable ({reason})"
            except json.JSONDecodeError:
                last = "answered with something that is not JSON"
        raise BackendError(f"server at {self.url} {last}, after {self.options.retries + 1} attempts")

    def _one(self, prompt: str, n: int, seed: int, sampling: dict[str, Any]) -> list[Completion]:
        endpoint = "chat/completions" if self.options.chat else "completions"
        body: dict[str, Any] = {"model": self.model, "n": n, "seed": seed, **sampling}
        if self.options.chat:
            body["messages"] = [{"role": "user", "content": prompt}]
        else:
            body["prompt"] = prompt
        reply = self._post(endpoint, body)
        usage = reply.get("usage") or {}
        prompt_tokens = int(usage.get("prompt_tokens", 0) or 0)
        out = []
        for choice in reply["choices"]:
            text = choice.get("message", {}).get("content", "") if self.options.chat else choice.get("text", "")
            lps = (choice.get("logprobs") or {}).get("token_logprobs")
            token_lps = tuple(float(x) for x in lps if x is not None) if isinstance(lps, list) else None
            count = len(token_lps) if token_lps is not None else 0
            if not count and reply["choices"]:
                count = int(usage.get("completion_tokens", 0) or 0) // len(reply["choices"])
            finish = "length" if choice.get("finish_reason") == "length" else "stop"
            logprob = sum(token_lps) if token_lps else None
            out.append(Completion(str(text or ""), finish, prompt_tokens, count, token_lps, logprob))
        return out

    def _answers(self, prompt: str, n: int, seed: int, sampling: dict[str, Any]) -> list[Completion]:
        got = self._one(prompt, n, seed, sampling)
        extra = 1
        while len(got) < n and extra <= n:  # a server that ignores n: seeded repeats
            got += self._one(prompt, n - len(got), seed + extra, sampling)
            extra += 1
        if len(got) < n:
            raise BackendError(f"server at {self.url} gave {len(got)} of {n} answers")
        return got[:n]

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
        """``n`` completions per prompt, the prompts sent concurrently. Raises BackendError (one line) when the server
        is unreachable, dies, times out past the retries, or refuses a request."""
        self.check_args(n, temperature, top_p, max_tokens)
        sampling: dict[str, Any] = {"temperature": temperature, "top_p": top_p, "max_tokens": max_tokens}
        if stop:
            sampling["stop"] = stop
        with ThreadPoolExecutor(max_workers=min(self.options.concurrency, max(1, len(prompts)))) as pool:
            futures = [pool.submit(self._answers, p, n, seed, sampling) for p in prompts]
            return [f.result() for f in futures]


def _error_message(error: urllib.error.HTTPError) -> str:
    try:
        data = json.loads(error.read())
        return str(data.get("error", {}).get("message", data))
    except (ValueError, OSError, AttributeError):  # an unreadable error body: report the status alone
        return error.reason if isinstance(error.reason, str) else "no detail"


__all__ = ["OpenAIBackend", "OpenAIOptions"]
