"""The shared registry helper: lazy entries, dotted paths, base-type checks and messages that list valid names."""

from __future__ import annotations

import collections

import pytest

from llmopt.errors import ConfigError
from llmopt.registry import Registry, load_dotted


def test_lazy_entry_is_imported_on_first_get_only() -> None:
    reg: Registry[type] = Registry("thing")
    reg.register("od", "collections:OrderedDict")
    assert reg.get("od") is collections.OrderedDict
    assert reg.names() == ["od"] and "od" in reg


def test_unknown_name_lists_valid_ones() -> None:
    reg: Registry[type] = Registry("model backend")
    reg.register("hf", "builtins:int")
    reg.register("openai", "builtins:str")
    with pytest.raises(ConfigError, match=r"unknown model backend 'vlm'; valid names: hf, openai"):
        reg.get("vlm")


def test_dotted_path_escape_hatch_and_base_check() -> None:
    reg: Registry[type] = Registry("mapping", base=dict)
    assert reg.get("collections:OrderedDict") is collections.OrderedDict
    assert reg.get("collections.OrderedDict") is collections.OrderedDict
    with pytest.raises(ConfigError, match=r"not a builtins\.dict"):
        reg.get("collections:deque")


def test_register_twice_needs_replace_and_unregister_removes() -> None:
    reg: Registry[int] = Registry("number")
    reg.register("one", 1)
    with pytest.raises(ConfigError, match="already registered"):
        reg.register("one", 2)
    reg.register("one", 2, replace=True)
    assert reg.get("one") == 2
    reg.unregister("one")
    reg.unregister("never-there")
    assert reg.names() == []


def test_bad_dotted_paths_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="cannot import"):
        load_dotted("no_such_module_xyz:thing")
    with pytest.raises(ConfigError, match="has no attribute"):
        load_dotted("collections:NoSuchThing")
