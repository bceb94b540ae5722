"""The runnable examples in the prompts package's docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["llmopt.prompts.flag_tuning", "llmopt.prompts.feedback", "llmopt.prompts.scoring", "llmopt.prompts.registry"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
