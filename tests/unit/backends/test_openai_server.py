"""The ``openai`` backend against ``llmopt serve``'s server, for real: HTTP on 127.0.0.1 in front of the tiny model
through ``hf``. Answers over HTTP equal the local backend's, ``n`` is honoured (and emulated for a server that
ignores it), and an unreachable, refusing or dying server is one BackendError line, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmopt.backends import Backend, BackendError, Completion, load_backend
from llmopt.backends.server import ModelServer
from tests.tiny_model import flag_tuning_pairs

pytestmark = pytest.mark.slow  # trains the tiny model once per session


@pytest.fixture(scope="module")
def local(tiny_model_dir: Path) -> Backend:
    return load_backend(f"hf:{tiny_model_dir},device=cpu")


def _serve(backend: Backend, name: str = "tiny") -> tuple[ModelServer, threading.Thread]:
    server = ModelServer(backend, name, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(scope="module")
def served(local: Backend) -> Iterator[ModelServer]:
    server, thread = _serve(local)
    yield server
    server.shutdown()
    server.server_close()
    thread.join(10)


def test_greedy_answers_over_http_equal_the_local_backends(local: Backend, served: ModelServer) -> None:
    prompts = [p for p, _ in flag_tuning_pairs()]
    remote = load_backend(f"openai:{served.url}#tiny")
    here = local.generate(prompts, max_tokens=40)
    there = remote.generate(prompts, max_tokens=40)
    assert [[c.text for c in row] for row in there] == [[c.text for c in row] for row in here]
    assert [row[0].text for row in there] == [c for _, c in flag_tuning_pairs()]  # real pass lists
    assert all(row[0].prompt_tokens > 0 and row[0].completion_tokens > 0 for row in there)
    chat = load_backend(f"openai:{served.url}#tiny,chat=true").generate(prompts[:1], max_tokens=40)
    assert chat[0][0].text == here[0][0].text  # one user message: the same plain-text prompt
    models = json.loads(urllib.request.urlopen(f"{served.url}/models", timeout=10).read())
    assert models["data"][0]["id"] == "tiny"


def test_n_samples_and_seeded_repeats_for_a_server_that_ignores_n(local: Backend) -> None:
    class OneAnswer(Backend):  # a server's model that always answers once, whatever n says
        name = "one-answer"

        def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:  # type: ignore[override]
            return local.generate(prompts, **{**kwargs, "n": 1})  # type: ignore[arg-type]

    server, thread = _serve(OneAnswer())
    try:
        remote = load_backend(f"openai:{server.url}#tiny")
        answers = remote.generate([flag_tuning_pairs()[0][0]], n=3, temperature=1.0, max_tokens=20, seed=5)
        assert len(answers) == 1 and len(answers[0]) == 3
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_refusing_and_dying_servers_are_one_line(served: ModelServer) -> None:
    port = _free_port()
    gone = load_backend(f"openai:http://127.0.0.1:{port}/v1#tiny,retries=1,backoff_s=0.05,timeout_s=5")
    with pytest.raises(BackendError, match="unreachable") as error:
        gone.generate(["x"], max_tokens=4)
    assert "\n" not in str(error.value)
    long_prompt = "define " * 2000  # over the tiny model's context: the server answers 400, not retried
    with pytest.raises(BackendError, match=r"refused the request \(400\).*context"):
        load_backend(f"openai:{served.url}#tiny").generate([long_prompt], max_tokens=4)

    class Dies(Backend):  # the model process dies mid-batch: the connection drops without an answer
        name = "dies"

        def generate(self, prompts: list[str], **kwargs: object) -> list[list[Completion]]:  # type: ignore[override]
            raise ConnectionResetError("model process died")

    server, thread = _serve(Dies())
    try:
        remote = load_backend(f"openai:{server.url}#tiny,retries=1,backoff_s=0.05,timeout_s=5")
        with pytest.raises(BackendError, match="after 2 attempts"):
            remote.generate(["a", "b"], max_tokens=4)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_llmopt_serve_answers_and_stops_on_sigterm(tiny_model_dir: Path) -> None:
    port = _free_port()
    env = {**os.environ, "LLMOPT_DEFAULT_MODEL": str(tiny_model_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "llmopt.cli.main", "serve", "default", "--port", str(port), "--name", "tiny"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        remote = load_backend(f"openai:http://127.0.0.1:{port}/v1#tiny,retries=0,timeout_s=10")
        deadline = time.monotonic() + 120
        while True:  # the model loads first
            try:
                answer = remote.generate([flag_tuning_pairs()[1][0]], max_tokens=40)
                break
            except BackendError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "llmopt serve did not answer within 120 s"
                time.sleep(0.5)
        assert answer[0][0].text == flag_tuning_pairs()[1][1]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "serving default" in err and "Traceback" not in err
