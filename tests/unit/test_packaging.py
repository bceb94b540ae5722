"""Packaging metadata that setuptools will stop accepting: the licence must be an SPDX string (PEP 639)."""

from pathlib import Path

import tomllib

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def test_license_is_an_spdx_string_and_setuptools_is_new_enough_for_it():
    data = tomllib.loads(PYPROJECT.read_text())
    assert data["project"]["license"] == "Apache-2.0"  # a table is deprecated (setuptools breaks it from 2027-02-18)
    assert "setuptools>=77" in data["build-system"]["requires"]
