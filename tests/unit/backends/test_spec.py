"""Model spec parsing, the registry and the typed no-default-model error (no model needed, no torch imported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmopt.backends import BACKENDS, NoDefaultModelError, load_backend, parse_spec
from llmopt.backends.hf import HFOptions
from llmopt.errors import ConfigError


def test_parse_spec_forms() -> None:
    assert parse_spec("default").kind == "default"
    s = parse_spec("hf:/m/x,device=cpu,batch_size=2")
    assert (s.kind, s.target, s.options) == ("hf", "/m/x", {"device": "cpu", "batch_size": "2"})
    o = parse_spec("openai:http://127.0.0.1:8000/v1#tiny")
    assert (o.kind, o.target, o.model) == ("openai", "http://127.0.0.1:8000/v1", "tiny")
    for bad in ("hf", "hf:", "openai:http://x/v1", "hf:/x,novalue"):
        with pytest.raises(ConfigError):
            parse_spec(bad)


def test_unknown_backend_and_option_rejected() -> None:
    with pytest.raises(ConfigError, match="model backend"):
        load_backend("nosuch:/x")
    with pytest.raises(ConfigError, match="unknown option"):
        HFOptions.from_dict({"colour": "red"})
    assert HFOptions.from_dict({"batch_size": "2"}).batch_size == 2
    assert {"hf", "default"} <= set(BACKENDS.names())


def test_default_without_model_is_typed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LLMOPT_DEFAULT_MODEL", str(tmp_path))
    with pytest.raises(NoDefaultModelError, match="no default model is installed"):
        load_backend("default")
