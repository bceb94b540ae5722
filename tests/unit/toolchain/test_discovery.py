import os
from pathlib import Path

import pytest

from llmopt.errors import ToolchainNotFoundError
from llmopt.settings import Settings
from llmopt.toolchain import Toolchain
from llmopt.toolchain.discovery import INSTALL_HINT, REQUIRED_TOOLS


def test_discovers_llvm_17_or_newer(toolchain):
    assert toolchain.major >= 17
    for tool in REQUIRED_TOOLS:
        assert toolchain.tool(tool).exists()
    assert toolchain.identity == f"llvm-{toolchain.version}"


def test_explicit_directory_wins(toolchain):
    found = Toolchain.discover(toolchain.bin_dir)
    assert found.bin_dir == toolchain.bin_dir


def test_env_var_reaches_discovery_through_settings(toolchain, tmp_path):
    settings = Settings.load(env={"LLMOPT_LLVM_BIN": str(toolchain.bin_dir), "LLMOPT_CONFIG": str(tmp_path / "none")})
    assert settings.llvm_bin == toolchain.bin_dir
    assert Toolchain.discover(settings.llvm_bin).version == toolchain.version


def test_config_file_is_read_and_unknown_keys_rejected(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('timeout_s = 5\ndata_dir = "/tmp/x"\n')
    assert Settings.load(env={}, config_path=cfg).timeout_s == 5
    cfg.write_text("bogus = 1\n")
    with pytest.raises(Exception, match="unknown keys"):
        Settings.load(env={}, config_path=cfg)


def test_missing_tools_give_one_error_with_install_command(tmp_path):
    with pytest.raises(ToolchainNotFoundError) as err:
        Toolchain.discover(tmp_path)
    message = str(err.value)
    assert str(tmp_path) in message and "missing" in message
    assert INSTALL_HINT in message


def test_too_old_llvm_is_rejected(tmp_path):
    # A directory that looks like LLVM 14: every tool exists, opt reports an old version.
    for tool in REQUIRED_TOOLS:
        path = tmp_path / tool
        path.write_text("#!/bin/sh\necho 'LLVM version 14.0.6'\n")
        path.chmod(0o755)
    with pytest.raises(ToolchainNotFoundError, match="older than 17"):
        Toolchain.discover(tmp_path)


def test_path_search_finds_versioned_tools(toolchain, tmp_path):
    link = tmp_path / f"opt-{toolchain.major}"
    os.symlink(toolchain.bin_dir / "opt", link)
    found = Toolchain.discover(path_env=str(tmp_path))
    assert found.major >= toolchain.major  # the versioned tool or an even newer installed LLVM
    assert Path(found.bin_dir).is_dir()
