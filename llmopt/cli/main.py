"""The ``llmopt`` command: one Typer app; each command group lives in its own module and registers itself here.

Errors raised by the library (``LlmoptError``) and I/O errors are turned into one red line (or, with ``--json``, a
JSON object) and exit code 1 in ``main``; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import sys

import typer

from llmopt.errors import LlmoptError

app = typer.Typer(
    name="llmopt",
    help="Language models steer LLVM to make programs smaller; the compiler and a verifier keep them honest.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help prints "<bool>" after every flag (--json <bool>), which reads as if the flag took
    # a value (`--json true` is then rejected).
    rich_markup_mode=None,
)


def _register_commands() -> None:
    # Each module defines `register(app)`; heavy imports stay inside command bodies so `llmopt --help` is instant.
    from llmopt.cli import autotune_cmd, compiler_cmds, data_cmd, eval_cmd, serve_cmd, train_cmd, verify_cmd

    for module in (compiler_cmds, verify_cmd, data_cmd, autotune_cmd, train_cmd, eval_cmd, serve_cmd):
        module.register(app)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, converting library errors into one-line messages.

    Usage errors (unknown option, missing argument) are printed by click itself in standalone mode and arrive here as
    ``SystemExit`` (with ``--json`` they are a JSON object too, see ``_main_json``);
    ``LlmoptError`` from the library becomes ``error: <message>`` on stderr and exit code 1, and so
    does an ``OSError`` (an output path that cannot be written, a full disk). With ``--json`` the error is a JSON
    object on stdout instead (``{"error": ..., "kind": ...}``), with the same exit code.
    """
    args = sys.argv[1:] if argv is None else argv
    try:
        if "--json" in args:
            return _main_json(args)
        app(args=args, prog_name="llmopt")
    except LlmoptError as e:
        return report_error(str(e), type(e).__name__, "--json" in args)
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        return report_error(f"{where}{e.strerror or e}", type(e).__name__, "--json" in args)
    except SystemExit as e:
        if e.code is None:
            return 0
        return e.code if isinstance(e.code, int) else 1
    return 0


def _main_json(args: list[str]) -> int:
    """Run with ``--json``: click's usage errors (unknown option, bad value, missing argument) and Ctrl-C become one
    JSON object on stdout like every other error, instead of click's text usage block (which a caller parsing stdout
    cannot read)."""
    try:
        code = app(args=args, prog_name="llmopt", standalone_mode=False)
    except typer.Abort:
        return report_error("interrupted", "Interrupted", True, 130)
    except typer.TyperException as e:  # typer's click: usage errors (exit code 2) and other click exceptions
        exit_code = int(getattr(e, "exit_code", 1))
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        return report_error(message, "UsageError" if exit_code == 2 else type(e).__name__, True, exit_code)
    return code if isinstance(code, int) else 0


def report_error(message: str, kind: str, as_json: bool, code: int = 1) -> int:
    """Print one error (a red line on stderr, or a JSON object on stdout with ``--json``); return the exit code.
    A message that spans lines (a library's text, e.g. transformers' tokenizer error) is joined into one."""
    message = " ".join(message.split())
    if as_json:
        typer.echo(json.dumps({"error": message, "kind": kind, "exit_code": code}))
    else:
        typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return code


if __name__ == "__main__":
    sys.exit(main())
