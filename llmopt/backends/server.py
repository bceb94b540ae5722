"""``llmopt serve``: any local backend behind an OpenAI-compatible HTTP API.

Why: many autotune, evaluation or training-reward workers can share one model process (one copy of the weights in
memory) by talking to it over HTTP with the ``openai`` backend, and that backend is tested for real against this
server rather than a mock. Endpoints: ``GET /v1/models``, ``POST /v1/completions`` (``prompt`` a string or a list,
``n``, ``temperature``, ``top_p``, ``max_tokens``, ``stop``, ``seed``, ``logprobs``) and ``POST /v1/chat/completions``
(the messages' contents joined in order as one plain-text prompt: the local backends are plain-text models).

Requests are answered one at a time (a lock around the backend: torch on a small CPU gains nothing from running two
generations at once, and the hf backend is not thread-safe). Errors are JSON ``{"error": {"message", "type"}}`` with
400 for a bad request (including a prompt over the context) and 500 for a backend failure.

Limits: stdlib ``http.server`` (threaded), no authentication, no streaming; meant for 127.0.0.1 or a trusted network.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from llmopt.backends.base import Backend, BackendError, Completion, ContextOverflowError
from llmopt.errors import ConfigError


class ModelServer(ThreadingHTTPServer):
    """The HTTP server; ``serve_forever`` runs it, ``shutdown`` (from another thread) stops it."""

    daemon_threads = True

    def __init__(self, backend: Backend, model_name: str, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.backend = backend
        self.model_name = model_name
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that died (the backend crashed, the client went away): one line on stderr, not the stdlib's
        traceback; the connection is closed, which clients see as a dropped answer and retry."""
        import sys

        error = sys.exc_info()[1]
        print(f"llmopt serve: request from {client_address[0]} failed: {error!r}", file=sys.stderr)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/v1"


def _prompt_of(body: dict[str, Any], chat: bool) -> list[str]:
    if chat:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise ConfigError("'messages' must be a non-empty list")
        return ["\n".join(str(m.get("content", "")) for m in messages if isinstance(m, dict))]
    prompt = body.get("prompt")
    if isinstance(prompt, str):
        return [prompt]
    if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        return list(prompt)
    raise ConfigError("'prompt' must be a string or a non-empty list of strings")


def _choice(c: Completion, index: int, chat: bool, want_logprobs: bool) -> dict[str, Any]:
    choice: dict[str, Any] = {"index": index, "finish_reason": c.finish_reason}
    if chat:
        choice["message"] = {"role": "assistant", "content": c.text}
    else:
        choice["text"] = c.text
    if want_logprobs and c.token_logprobs is not None:
        choice["logprobs"] = {"token_logprobs": list(c.token_logprobs)}
    return choice


def answer(server: ModelServer, body: dict[str, Any], chat: bool) -> dict[str, Any]:
    """The OpenAI-style response to one request body.

    Raises:
        ConfigError: a malformed request (answered 400).
        BackendError: the backend failed (400 for a context overflow, else 500).
    """
    prompts = _prompt_of(body, chat)
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else list(stop or [])
    try:
        kwargs = {
            "n": int(body.get("n", 1)),
            "temperature": float(body.get("temperature", 1.0)),
            "top_p": float(body.get("top_p", 1.0)),
            "max_tokens": int(body.get("max_tokens", 16)),
            "stop": stops,
            "seed": int(body.get("seed", 0) or 0),
        }
    except (TypeError, ValueError) as error:
        raise ConfigError(f"bad sampling argument: {error}") from error
    with server.lock:
        answers = server.backend.generate(prompts, **kwargs)  # type: ignore[arg-type]
    want = bool(body.get("logprobs"))
    choices, index, prompt_tokens, completion_tokens = [], 0, 0, 0
    for row in answers:
        if row:
            prompt_tokens += row[0].prompt_tokens
        for c in row:
            choices.append(_choice(c, index, chat, want))
            completion_tokens += c.completion_tokens
            index += 1
    return {
        "id": f"llmopt-{time.time_ns()}",
        "object": "chat.completion" if chat else "text_completion",
        "created": int(time.time()),
        "model": server.model_name,
        "choices": choices,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


class _Handler(BaseHTTPRequestHandler):
    server: ModelServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet: one line per request would drown the CLI's output

    def _send(self, status: int, data: dict[str, Any]) -> None:
        raw = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _error(self, status: int, message: str, kind: str) -> None:
        self._send(status, {"error": {"message": message, "type": kind}})

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": self.server.model_name, "object": "model"}]})
        else:
            self._error(404, f"no such endpoint {self.path}", "not_found")

    def do_POST(self) -> None:
        path = self.path.rstrip("/")
        if path not in ("/v1/completions", "/v1/chat/completions"):
            self._error(404, f"no such endpoint {self.path}", "not_found")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ConfigError("the request body must be a JSON object")
            self._send(200, answer(self.server, body, chat=path.endswith("chat/completions")))
        except (ConfigError, json.JSONDecodeError, ContextOverflowError) as error:
            self._error(400, str(error), "invalid_request_error")
        except BackendError as error:
            self._error(500, str(error), "backend_error")


__all__ = ["ModelServer", "answer"]
