"""The exception hierarchy of llmopt.

Exceptions are for misuse and configuration problems only. Expected failures of the compiler (a pass that crashes,
an invalid pipeline, a timeout while measuring) are *results* with a status field, never exceptions, so that one bad
candidate never kills a batch. Each class also inherits the matching built-in, so callers that only know Python's
built-ins still catch the right thing (a missing tool is also a ``FileNotFoundError``, a timeout a ``TimeoutError``).
"""

from __future__ import annotations


class LlmoptError(Exception):
    """Base class of every error llmopt raises on purpose."""


class ConfigError(LlmoptError, ValueError):
    """A setting or argument is invalid; the message says which and what to set instead."""


class ToolchainNotFoundError(LlmoptError, FileNotFoundError):
    """No usable LLVM installation (17 or newer) was found."""


class ToolError(LlmoptError, RuntimeError):
    """An LLVM tool failed where the caller cannot continue (e.g. compiling the user's own input)."""

    def __init__(self, message: str, stderr_tail: str = "") -> None:
        super().__init__(message)
        self.stderr_tail = stderr_tail


class ToolTimeoutError(ToolError, TimeoutError):
    """An LLVM tool ran past its time limit where the caller cannot continue."""


class InputError(LlmoptError, ValueError):
    """The user's input (file, IR, source code) is unusable: missing, not text, not valid IR, does not compile."""


class PassListError(LlmoptError, ValueError):
    """A pass list is malformed or names passes that are not in the catalog."""


class EngineError(LlmoptError, RuntimeError):
    """The persistent evaluation engine could not be built or started."""
