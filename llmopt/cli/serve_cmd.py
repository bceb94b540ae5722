"""``llmopt serve MODEL``: a local model behind an OpenAI-compatible HTTP API (``llmopt.backends.server``)."""

from __future__ import annotations

import typer


def serve(
    model: str = typer.Argument(..., help="Model spec of a local backend: default, hf:DIR[,key=value...]."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on (0: any free port, printed)."),
    name: str = typer.Option("", "--name", help="Model name clients use in openai:URL#NAME (default: the spec)."),
) -> None:
    """Serve MODEL over HTTP (/v1/completions, /v1/chat/completions, /v1/models) until Ctrl-C, so many workers
    share one model process through --model openai:http://HOST:PORT/v1#NAME."""
    import signal
    import threading

    from llmopt.backends import load_backend
    from llmopt.backends.server import ModelServer
    from llmopt.cli.common import progress

    with progress(f"loading model {model}"):
        backend = load_backend(model)
    server = ModelServer(backend, name or model, host, port)
    typer.echo(f"serving {model} at {server.url} (model name {server.model_name!r}); Ctrl-C stops", err=True)

    def stop(signum: int, frame: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()  # shutdown waits for serve_forever: not here

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    typer.echo("stopped", err=True)


def register(app: typer.Typer) -> None:
    app.command()(serve)
