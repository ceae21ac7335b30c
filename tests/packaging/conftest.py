"""Shared for the packaging tests: the repository's packaging scripts, loaded by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_script(name: str) -> ModuleType:
    """packaging/ is not a package (its scripts run by path), so import a script by file."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    return load_script("make_icons")


@pytest.fixture(scope="session")
def packaging_dir() -> Path:
    return PACKAGING


@pytest.fixture(scope="session")
def contents() -> ModuleType:
    """packaging/bundle_contents.py: what the spec puts in the bundle and what it drops."""
    return load_script("bundle_contents")
