"""User settings: the one place that reads environment variables and the config file.

Library code takes everything as arguments; the CLI (and ``Settings.load`` for library users who want the same
behaviour) turns the environment into a typed ``Settings`` object. Precedence: explicit argument > environment
variable > config file > default.

Environment variables:
    LLMOPT_LLVM_BIN   directory holding opt/llc/clang of the LLVM to use.
    LLMOPT_DATA_DIR   where caches, the engine build, corpora and results live (default ~/.cache/llmopt).
    LLMOPT_CONFIG     path of a TOML config file (default ~/.config/llmopt/config.toml) with the same keys in
                      lower case: llvm_bin, data_dir, use_engine, timeout_s.
    LLMOPT_NO_ENGINE  set to 1 to use the pure subprocess path instead of the persistent engine.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import tomllib

from llmopt.errors import ConfigError

DEFAULT_DATA_DIR = Path("~/.cache/llmopt")
DEFAULT_CONFIG_PATH = Path("~/.config/llmopt/config.toml")


@dataclass(frozen=True)
class Settings:
    """Typed user settings.

    Attributes:
        llvm_bin: LLVM bin directory to use; None means discover the newest LLVM >= 17.
        data_dir: root for caches, engine builds, corpora and results (git-ignored, never inside the package).
        use_engine: measure with the persistent C++ engine (fast); False uses opt/llc/llvm-size subprocesses.
        timeout_s: time limit of one measurement (passes + codegen).
    """

    llvm_bin: Path | None = None
    data_dir: Path = DEFAULT_DATA_DIR
    use_engine: bool = True
    timeout_s: float = 120.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir).expanduser())
        if self.llvm_bin is not None:
            object.__setattr__(self, "llvm_bin", Path(self.llvm_bin).expanduser())
        if self.timeout_s <= 0:
            raise ConfigError(f"timeout_s must be positive, got {self.timeout_s}; set e.g. timeout_s = 120")

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, config_path: Path | None = None, **overrides: Any) -> Settings:
        """Build settings from a config file, the environment and explicit overrides (highest precedence).

        Raises:
            ConfigError: the config file is not valid TOML or names an unknown key.
        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        path = config_path or Path(env.get("LLMOPT_CONFIG", str(DEFAULT_CONFIG_PATH))).expanduser()
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text())
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
                raise ConfigError(f"config file {path} is not valid TOML: {e}") from e
            known = {f.name for f in fields(cls)}
            unknown = set(data) - known
            if unknown:
                raise ConfigError(f"config file {path} has unknown keys {sorted(unknown)}; valid keys: {sorted(known)}")
            values.update(data)
        if env.get("LLMOPT_LLVM_BIN"):
            values["llvm_bin"] = env["LLMOPT_LLVM_BIN"]
        if env.get("LLMOPT_DATA_DIR"):
            values["data_dir"] = env["LLMOPT_DATA_DIR"]
        if env.get("LLMOPT_NO_ENGINE", "") not in ("", "0"):
            values["use_engine"] = False
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
