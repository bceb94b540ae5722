"""The ``llmopt`` command: one Typer app; each command group lives in its own module and registers itself here.

Errors raised by the library (``LlmoptError``) are turned into one red line and exit code 1 in ``main``; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys

import typer

from llmopt.errors import LlmoptError

app = typer.Typer(
    name="llmopt",
    help="Language models steer LLVM to make programs smaller; the compiler and a verifier keep them honest.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    # Each module defines `register(app)`; heavy imports stay inside command bodies so `llmopt --help` is instant.
    from llmopt.cli import autotune_cmd, compiler_cmds, data_cmd, verify_cmd

    for module in (compiler_cmds, verify_cmd, data_cmd, autotune_cmd):
        module.register(app)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, converting library errors into one-line messages.

    Usage errors (unknown option, missing argument) are printed by click itself in standalone mode and arrive here as
    ``SystemExit``; ``LlmoptError`` from the library becomes ``error: <message>`` on stderr and exit code 1.
    """
    try:
        app(args=argv, prog_name="llmopt")
    except LlmoptError as e:
        typer.secho(f"error: {e}", err=True, fg=typer.colors.RED)
        return 1
    except SystemExit as e:
        if e.code is None:
            return 0
        return e.code if isinstance(e.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
